import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract";

const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker]);

describe("a bare plural source after a conjunction opening the sentence", () => {
  it("is the subject without the conjunction", () => {
    expect(who("Birds return\n\nWhile biologists said 14 species had returned, they urged caution.")).toEqual([[14, "biologists"]]);
    expect(who("Birds return\n\nAlthough rangers said 6 nests were found, the count is incomplete.")[0][1]).toBe("rangers");
  });

  it("leaves a figure before the conjunction to nobody", () => {
    expect(who("Toll rises\n\nThe toll rose to 40 as officials said more bodies were found.")).toEqual([[40, null]]);
  });
});
