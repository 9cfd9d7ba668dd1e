// Score lines after a word a match shares with a vote, and ranking labels ("outside the top 50"), are no claims.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("score lines and vote tallies", () => {
  it("reads the sets after 'defeated' as a score line", () => {
    expect(all("Petrova defeated Lindqvist 6-1, 7-5 in the final.")).toEqual([]);
  });
  it("keeps a single tally after 'defeated' and a tally after 'voted' as votes", () => {
    expect(all("The amendment was defeated 211-204.")).toEqual([[211, "exact", "vote"], [204, "exact", "vote"]]);
    expect(all("The council voted 9-4, 2 members abstaining.")).toEqual([[9, "exact", "vote"], [4, "exact", "vote"], [2, "exact", "member"]]);
  });
});

describe("ranking labels", () => {
  it("drops 'the top N' as a rank when nothing counted follows", () => {
    expect(all("She climbed into the top 20 after beating 3 seeded players.")).toEqual([[3, "exact", "player"]]);
    expect(all("He is ranked outside the top 100.")).toEqual([]);
  });
  it("keeps a share, a measure or a counted noun after 'the top'", () => {
    expect(all("The top 5 scorers each won a car.")).toEqual([[5, "exact", "scorer"]]);
    expect(all("The top 1 percent hold 30 percent of the wealth.")).toEqual([[1, "exact", "percent"], [30, "exact", "percent"]]);
  });
  it("keeps 'top' as a verb of passing after a plural subject", () => {
    expect(all("Infections top 5,000 in the province.")).toEqual([[5000, "more_than", "infection"]]);
  });
});

describe("two shares joined by a dash", () => {
  it("reads 'up 47%-45%' as both shares, not a minus", () => {
    expect(findQuantities("A poll last week showed Moreno up 47%-45%.").map((m) => [m.value, m.unit])).toEqual([[47, "percent"], [45, "percent"]]);
  });
  it("keeps a minus written apart from the share before it", () => {
    expect(findQuantities("Growth swung from 3% to -2% in a year.").map((m) => [m.value, m.unit])).toEqual([[3, "percent"], [-2, "percent"]]);
  });
});
