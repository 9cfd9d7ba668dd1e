import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("a change between two figures is not a range", () => {
  it("a revision with a word of direction before from", () => {
    expect(all("The agency revised its March estimate upward, from 12,000 to 19,000 jobs.")).toEqual([
      [12000, "exact", "job"],
      [19000, "exact", "job"],
    ]);
  });
  it("an updated running count", () => {
    expect(all("Officials updated the toll from nine to 14 overnight.").map(([v, q]) => [v, q])).toEqual([
      [9, "exact"],
      [14, "exact"],
    ]);
  });
  it("a change in percent, then the new level", () => {
    expect(all("The index jumped 4.1 percent to 1,930.5 on Monday.").map(([v, q, u]) => [v, q, u === "percent"])).toEqual([
      [4.1, "exact", true],
      [1930.5, "exact", false],
    ]);
  });
  it("keeps a range that is a spread, with or without a verb of change", () => {
    expect(all("Estimates ranged from 300 to 450 homes.")).toEqual([[[300, 450], "range", "home"]]);
    expect(all("Fares will be 5 percent to 8 percent higher.")).toEqual([[[5, 8], "range", "percent"]]);
  });
});
