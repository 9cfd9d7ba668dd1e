// Figures a slip of the copy splits in two or joins to the next words: a grouped number with a space after its last
// comma, a money amount slipped the same way before a clause, and a scale amount followed by "and a" noun.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("an amount in a scale word followed by 'and a'", () => {
  it("does not add the article to the amount", () => {
    expect(all("The plan shows a revenue gap of Rs 12,381 crore and a fiscal gap of Rs 30,112 crore.")).toEqual([
      [123810000000, "rupee"],
      [301120000000, "rupee"],
    ]);
  });
  it("still adds a number written after 'and' (near-miss)", () => {
    expect(all("It cost 3 hundred and 21 dollars.")).toEqual([[321, "dollar"]]);
  });
});
