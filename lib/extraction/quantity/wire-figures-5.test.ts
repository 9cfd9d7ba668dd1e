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

describe("a 'one' befallen before another count of the tally", () => {
  it.each([
    ["Guards kill one, wound 9 strikers", [[1, "exact", "striker"], [9, "exact", "striker"]]],
    ["The blast killed one and injured four miners.", [[1, "exact", "miner"], [4, "exact", "miner"]]],
    ["Rangers arrested one and detained 14 more poachers.", [[1, "exact", "poacher"], [14, "exact", "poacher"]]],
    ["Gunmen kill one soldier near Tessel", [[1, "exact", "soldier"]]],
    ["Guards kill one, wound 9", [[1, "exact", "person"], [9, "exact", "person"]]],
    ["The mob killed one and injured 7, police said.", [[1, "exact", "person"], [7, "exact", "person"]]],
    ["The raiders killed one and injured 7 in the market.", [[1, "exact", "person"], [7, "exact", "person"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["The raiders killed one of the guards.", []],
    ["The storm killed one and left 40 families homeless.", [[40, "exact", "family"]]],
    ["She hoped to catch one, and then 12 more came.", [[12, "exact", null]]],
  ])("leaves the 'one' of %s alone", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("all but one of a group", () => {
  it.each([
    ["All but one of the region's 20 largest towns grew.", [[1, "exact", "town"], [20, "exact", "town"]]],
    ["All but one of the jurors voted to acquit.", [[1, "exact", "juror"]]],
    ["All but two of the 12 jurors voted to acquit.", [[2, "exact", "juror"], [12, "exact", "juror"]]],
    ["The cyclist won all but one of her races.", [[1, "exact", "race"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["One of the jurors fell ill.", []],
    ["All of the jurors but one voted to acquit.", []],
  ])("leaves %s alone", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});
