// One of a measure after a bound, spans of model years, stone, odds, money by the year, vague words in names.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("'a'/'an' after a bound, before a measure, is one of it", () => {
  it.each([
    ["The storm left more than a foot of snow in Varlo.", [[1, "more_than", "foot"]]],
    ["Forecasters expect at least a foot of rain along the coast.", [[1, "at_least", "foot"]]],
    ["Nearly a foot of water stood in the cellars.", [[1, "nearly", "foot"]]],
    ["Up to a foot of snow could fall on the pass.", [[1, "at_most", "foot"]]],
    ["The river rose more than a yard overnight.", [[1, "more_than", "yard"]]],
    ["Less than an inch of rain fell in May.", [[1, "less_than", "inch"]]],
    ["Each crate held at least a ton of ore.", [[1, "at_least", "ton"]]],
    ["Officers seized more than a kilogram of heroin.", [[1, "more_than", "kilogram"]]],
    ["The tank lost almost a gallon an hour.", [[1, "nearly", "gallon per hour"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    "The rescuers went on foot.",
    "He was a foot soldier in the old war.",
    "No reporter has set foot in Orlen since June.",
    "The keeper did not put a foot wrong.",
    "She sat at the foot of the bed.",
    "They held a yard sale on Sunday.",
  ])("finds no figure in %s", (s) => {
    expect(all(s)).toEqual([]);
  });
});
