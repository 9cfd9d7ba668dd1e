// A range whose second end carries a ceiling's words: "5 inches to as much as 15 inches", "between 200 and as many as 900".
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("ranges ending in a ceiling", () => {
  it("reads 'N units to as much as M units' as one range", () => {
    expect(all("Forecasters expect 4 inches to as much as 10 inches of snow.")).toEqual([[[4, 10], "range", "inch"]]);
  });
  it("reads 'between N and as many as M' as one range", () => {
    expect(all("Between 200 and as many as 900 families left the valley.")).toEqual([[[200, 900], "range", "family"]]);
  });
  it("keeps a change to a new level as two figures, the ceiling on the level", () => {
    expect(all("Tolls went from 60 cents to as much as 95 cents.")).toEqual([[60, "exact", "cent"], [95, "at_most", "cent"]]);
  });
});

describe("a ceiling before two alternatives", () => {
  it.each([
    ["The new pump lifts up to five or six times more water.", [[6, "at_most", "time"]]],
    ["As many as 30 or 40 fishermen gathered at the quay.", [[40, "at_most", "fisherman"]]],
    ["Up to 20 or 25 barges were lost in the gale.", [[25, "at_most", "barge"]]],
  ])("%s is one figure, the higher at most", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["At least 24 or 25 hostages were held in the wing.", [[24, "at_least", "hostage"]]],
    ["At least two or three boats sank.", [[2, "at_least", "boat"]]],
  ])("%s is one figure, the lower at least", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["Fares rose five or six times last year.", [[[5, 6], "range", "time"]]],
    ["About 30 or 40 fishermen gathered at the quay.", [[[30, 40], "range", "fisherman"]]],
    ["Fares went up to 5 or 6 dollars.", [[[5, 6], "range", "dollar"]]],
    ["Between 30 and 40 fishermen gathered at the quay.", [[[30, 40], "range", "fisherman"]]],
    ["Crews called a mayday within two or three minutes of entering.", [[[2, 3], "range", "minute"]]],
  ])("keeps %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});
