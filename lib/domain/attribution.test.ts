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

describe("outlets and organisation references", () => {
  it("counts a news-agency witness as the outlet's observation", () => {
    expect(who("A Reuters witness saw 12 burned cars on the bridge.")).toEqual([[12, "Reuters", "observation"]]);
    expect(who("An AP cameraman counted about 40 tents.")).toEqual([[40, "Associated Press", "observation"]]);
  });

  it("does not let the outlet become the referent of a later 'it'", () => {
    const text =
      "The operator, Northline Railway, said 9 wagons left the rails. An AP photographer saw 3 damaged wagons. It said repairs would take 48 hours.";
    expect(who(text)).toEqual([
      [9, "Northline Railway", "paraphrase"],
      [3, "Associated Press", "observation"],
      [48, "Northline Railway", "paraphrase"],
    ]);
  });

  it("makes the common noun of '<the noun>, <Name>, said' a short reference to the body", () => {
    const text = "The regulator, Coastal Water Commission, said 4 beaches were closed. Swimmers were turned away. The regulator said 2 more would close.";
    expect(who(text)).toEqual([
      [4, "Coastal Water Commission", "paraphrase"],
      [2, "Coastal Water Commission", "paraphrase"],
    ]);
  });
});
