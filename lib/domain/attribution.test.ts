import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";

/** speaker and attribution of each figure (or of the figureless claim) in an invented text. */
const who = (text: string) => extractClaims(text).map((c) => [c.quantity?.value ?? null, c.speaker, c.attribution]);

describe("organisation names with inner connectors", () => {
  it("keeps 'for the' and 'of the' inside a name", () => {
    expect(who("The European Office for the Protection of Lakes said 14 lakes were polluted.")).toEqual([
      [14, "European Office for the Protection of Lakes", "paraphrase"],
    ]);
  });

  it("keeps a closing 'in <Place>' after an organisation name", () => {
    expect(who('"We counted 300 empty beds," the Federation of Nurses in Norland said.')).toEqual([
      [300, "Federation of Nurses in Norland", "direct_quote"],
    ]);
  });
});
