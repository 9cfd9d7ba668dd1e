// Qualifiers before a quotation mark, and other shapes of wire copy.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("a qualifier before an opening quotation mark", () => {
  it.each([
    ['Organisers said some "10,400 pilgrims arrived" before dawn.', [[10400, "approximately", "pilgrim"]]],
    ['The union put turnout at about "40 percent" of members.', [[40, "approximately", "percent"]]],
    ["The gale flattened nearly “2,000 homes” in Tessel.", [[2000, "nearly", "home"]]],
    ["The mayor promised more than ‘300 jobs’ at the port.", [[300, "more_than", "job"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ['The mayor said "40 percent" of the vote was lost.', [[40, "exact", "percent"]]],
    ['The banner at the rally read "2,000 homes now".', [[2000, "exact", "home"]]],
  ])("keeps %s exact", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});
