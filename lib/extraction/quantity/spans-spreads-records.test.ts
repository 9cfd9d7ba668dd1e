import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("'over' a span of time", () => {
  it.each([
    // A capitalised word in -ly is a name, not an adverb of a verb of occurring.
    ["He married Emily over 30 years ago.", [[30, "more_than", "year"]]],
    ["They visited Italy over 30 years ago.", [[30, "more_than", "year"]]],
    // "ago" after the span: always more than.
    ["The dam was built over 40 years ago.", [[40, "more_than", "year"]]],
  ])("%s", (s, want) => expect(all(s)).toEqual(want));

  it("keeps the span after a lower-case adverb and a verb of occurring (near-miss)", () => {
    expect(all("It rained heavily over 3 days.")).toEqual([[3, "exact", "day"]]);
  });
});

describe("a spread after 'worth', 'priced', 'aged' stays a range even after a word of change", () => {
  it.each([
    ["The government hiked taxes on homes worth from $1 million to $2 million.", [[[1_000_000, 2_000_000], "range", "dollar"]]],
    ["The bank lifted its cap on loans worth from $5,000 to $10,000.", [[[5_000, 10_000], "range", "dollar"]]],
    ["The city raised fees on permits priced from $50 to $90.", [[[50, 90], "range", "dollar"]]],
  ])("%s", (s, want) => expect(all(s)).toEqual(want));

  it("still reads a change of a level as two figures (near-miss)", () => {
    expect(all("The council hiked the fine from $500 to $1,000.")).toEqual([[500, "exact", "dollar"], [1000, "exact", "dollar"]]);
  });
});

describe("'for a decade' after a superlative, 'first' or 'record' frames a record", () => {
  it.each([
    "Inflation hit its highest level for a decade in March.",
    "It was the first rate cut for a decade.",
    "Sales fell at the fastest pace for a decade.",
  ])("%s", (s) => expect(all(s)).toEqual([]));

  it("keeps a span that lasted (near-miss)", () => {
    expect(all("He served as mayor for a decade.")).toEqual([[1, "exact", "decade"]]);
  });
});
