// Indian scale words as wire copy prints them, a second amount after "and", singular measures, and "the number of X ... is N".
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("Indian scale words", () => {
  it.each([
    ["Gold worth Rs 3 crores was recovered.", 30000000],
    ["The fine was Rs 2.5 cr.", 25000000],
    ["He was paid Rs 6 lakhs.", 600000],
    ["The shop lost Rs 40 lacs.", 4000000],
  ])("%s", (s, value) => {
    expect(all(s)).toEqual([[value, "rupee"]]);
  });
  it("keeps a compound amount in whole crores and lakhs as one", () => {
    expect(all("The land sold for Rs 2 crore 40 lakh.")).toEqual([[24000000, "rupee"]]);
  });
  it("reads an amount glued to the currency's full stop with its scale word", () => {
    expect(all("Net profit was Rs.512.40 crore against Rs.498.15 crore.")).toEqual([[5124000000, "rupee"], [4981500000, "rupee"]]);
    expect(all("The bill came to Tk.350 lakh.")).toEqual([[35000000, "taka"]]);
  });
  it("still reads a bare leading decimal after a space", () => {
    expect(all("Inflation eased .4 percent.")).toEqual([[0.4, "percent"]]);
  });
  it("starts a second amount at a decimal with its own scale", () => {
    expect(all("Cash of Rs 12 crore and 2.5 lakh capsules were found.")).toEqual([[120000000, "rupee"], [250000, "capsule"]]);
  });
});

describe("measures printed in the singular", () => {
  it("reads quintal as the measure, not a noun from elsewhere", () => {
    expect(all("Traders said 12 quintal wheat and 3 quintals rice were lost.")).toEqual([[12, "quintal"], [3, "quintal"]]);
  });
});

describe("the number of a noun, then its figure", () => {
  it("counts the noun after 'number of', not a noun of the clause between", () => {
    expect(all("The total number of patients moved to city hospitals this week was 312.")).toEqual([[312, "patient"]]);
    expect(all("The number of bus passengers who were hurt was 31.")).toEqual([[31, "passenger"]]);
  });
  it("counts the noun for a change of the number, not the unit of an earlier figure", () => {
    expect(all("Turnout slid from 61 percent to 58 percent and the number of councillors dropped from 40 to 33.")).toEqual([
      [61, "percent"], [58, "percent"], [40, "councillor"], [33, "councillor"],
    ]);
  });
  it("leaves a figure that is not the count's value alone", () => {
    expect(all("The number of deaths fell after 3 hospitals opened.")).toEqual([[3, "hospital"]]);
  });
  it("counts the noun past another figure of its phrase", () => {
    expect(all("The number of passengers on 14 ferry routes was 2.6 million last year.")).toEqual([[14, "route"], [2_600_000, "passenger"]]);
    expect(all("The number of foreign visitors to Tarsa, battered by floods in 2023, rose to 3.9 million.")).toEqual([[3_900_000, "visitor"]]);
    expect(all("The number of pupils taught in 2022 stood at 48,300.")).toEqual([[48_300, "pupil"]]);
  });
  it("does not reach past a figure with a verb of its own", () => {
    expect(all("The number of cases was 40 and deaths were 12.")).toEqual([[40, "case"], [12, "death"]]);
    expect(all("The number of cases rose to 40 in May and 50 in June.")).toEqual([[40, "case"], [50, "case"]]);
  });
});
