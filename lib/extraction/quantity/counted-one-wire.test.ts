import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("a lone 'one' beside another count of the same noun", () => {
  it.each([
    ["Halvorsen admitted four counts of bribery and one count of perjury.", [[4, "count"], [1, "count"]]],
    ["The striker has two goals and one assist this season.", [[2, "goal"], [1, "assist"]]],
    ["Inspectors found six leaks in May and one leak in June.", [[6, "leak"], [1, "leak"]]],
    ["Mr Okafor pleaded guilty to one count each of theft and forgery.", [[1, "count"]]],
    ["The twins were given one vote each on the panel.", [[1, "vote"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    ["It rained for two days, and one day the bridge closed.", [[2, "day"]]],
    ["Two guards were hurt and one guard said the alarm failed.", [[2, "guard"]]],
    ["She has three sisters and one of them lives in Perth.", [[3, "sister"]]],
  ])("leaves the reference alone in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("'one more', 'one single', 'one extra' before a noun", () => {
  it.each([
    ["Ferreira still has one more title than his brother.", [[1, "title"]]],
    ["The scooter covers up to 90 km on one single charge.", [[90, "kilometer"], [1, "charge"]]],
    ["The council hired one additional inspector last year.", [[1, "inspector"]]],
    ["Each pupil gets one extra lesson a week.", [[1, "lesson"]]],
    ["Dubois has one more Davis Cup trophy than Moreau.", [[1, "trophy"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    "He asked the judge for one more chance.",
    "Let us try one more time before dawn.",
    "One more thing: the ferry is late.",
    "Not one single vote went to the mayor.",
    "The one extra thing they need is patience.",
    "Ministers want one single market for the islands.",
    "She took one more look at the map.",
    "It was one of the wettest springs in years.",
    "No one was hurt in the blaze.",
    "The neighbours helped one another after the storm.",
  ])("is no figure in %s", (s) => {
    expect(all(s)).toEqual([]);
  });
});

describe("a capitalised name between 'one' and its noun", () => {
  it("takes the lower-case noun after the name", () => {
    expect(all("Two militants and one Kurdish soldier were killed.")).toEqual([[2, "militant"], [1, "soldier"]]);
    expect(all("Police seized two shotguns and one Beretta pistol.")).toEqual([[2, "shotgun"], [1, "pistol"]]);
  });
  it("keeps the name when no lower-case noun follows", () => {
    expect(all("Police seized two shotguns and one Beretta.")).toEqual([[2, "shotgun"], [1, "beretta"]]);
  });
});
