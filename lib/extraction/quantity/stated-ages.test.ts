// A person's age said of the subject by a copula is a claim in years; an age describing a name stays no figure.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("ages stated by a copula", () => {
  it.each([
    ["The three hikers were 61, 74 and 90 years old.", [[3, "exact", "hiker"], [61, "exact", "year"], [74, "exact", "year"], [90, "exact", "year"]]],
    ["The victims were aged 4, 6 and 11.", [[4, "exact", "year"], [6, "exact", "year"], [11, "exact", "year"]]],
    ["The cyclist was 19 years old.", [[19, "exact", "year"]]],
    ["The girl was aged 13 when she vanished.", [[13, "exact", "year"]]],
    ["The suspects, all of whom are aged between 22 and 41, were charged.", [[[22, 41], "range", "year"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it.each([
    ["The boys, aged 14, 15 and 17, were held overnight.", []],
    ["The driver, aged 54, was arrested.", []],
    ["Marta Ilves, 56, said the plan was sound.", []],
    ["Most of the residents were aged over 70.", []],
    ["Staff aged between 18 and 25 qualify for the grant.", []],
    ["There were 40 boats, 12 of them 30 years old.", [[40, "exact", "boat"], [12, "exact", "boat"]]],
  ])("leaves %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});
