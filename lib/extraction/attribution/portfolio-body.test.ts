import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("a body named in lower case by a portfolio of two words joined by 'and'", () => {
  it("is the closing source of the sentence, and a later 'the ministry' is the same body", () => {
    const text =
      "Visitor numbers climb\n\n" +
      "Foreign visitors to Veldia rose 3.8% in June, with spending up 5.2%, the culture and heritage ministry said on Tuesday.\n\n" +
      "In the first half, visitor numbers rose 2.1%, the ministry said.";
    expect(who(text)).toEqual([
      [3.8, "culture and heritage ministry", "paraphrase"],
      [5.2, "culture and heritage ministry", "paraphrase"],
      [2.1, "culture and heritage ministry", "paraphrase"],
    ]);
  });

  it("keeps two sources joined by 'and' with their own article as two, and a capitalised name as written", () => {
    expect(who("Rates rise\n\nFares rose 4 percent, the police and the ministry said.")[0][1]).toBe("police and the ministry");
    expect(who("Rates rise\n\nFares rose 4 percent, the Culture and Heritage Ministry said.")[0][1]).toBe("Culture and Heritage Ministry");
  });
});
