import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";
import { pluralNounBefore } from "./unit-fallback";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("a count after a state and a noun written the same in the plural", () => {
  it.each([
    ["Wardens counted 31 dead trout and 12 dead salmon along the bank.", [[31, "trout"], [12, "salmon"]]],
    ["The survey found 40 sick deer, most of them young.", [[40, "deer"]]],
    ["Farmers reported 220 dead sheep; the frost lasted a week.", [[220, "sheep"]]],
  ])("%s", (s, want) => {
    expect(all(s).slice(0, want.length)).toEqual(want);
  });

  it.each([
    // "dead" alone counts people, also before a word of time or place.
    ["The blast left 12 dead yesterday.", [[12, "person"]]],
    ["Five injured overnight, police said.", [[5, "person"]]],
    ["The clashes left 30 dead and 70 injured.", [[30, "person"], [70, "person"]]],
  ])("keeps today's reading of %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("the period of a change lends no unit", () => {
  it("leaves the levels of a change over a period without the period's unit", () => {
    expect(all("The herd has grown by 8 percent in the last three years, from 2,400 to 2,590.").slice(2).map(([, u]) => u)).not.toContain("year");
    expect(all("Output rose 4% over the past two years, from 1,200 in 2019 to 1,250.").slice(2).map(([, u]) => u)).not.toContain("year");
  });
  it("keeps a span compared with a span", () => {
    expect(all("The strike lasted 12 days, down from 15.")).toEqual([[12, "day"], [15, "day"]]);
    expect(all("It took 3 weeks, and 4 in May.")).toEqual([[3, "week"], [4, "week"]]);
  });
});

describe("words that describe a figure are not what it counts", () => {
  it("skips 'ranges' and 'scenarios' as a figure's noun", () => {
    const before = (s: string, figure: string) => pluralNounBefore(s, s.indexOf(figure));
    expect(before("It is looking at ranges of 2 to 4 million", "2 to")).toBeNull();
    expect(before("Planners drew up scenarios of up to 5 million", "up to 5")).toBe("planner");
    expect(before("The agency expects arrivals of up to 5 million", "up to 5")).toBe("arrival");
  });
});
