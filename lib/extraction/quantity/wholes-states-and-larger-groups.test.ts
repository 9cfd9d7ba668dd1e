import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { findQuantities } from "./parser";

const units = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);
const claimUnits = (s: string) => extractClaims(s).map((c) => c.quantity?.unit);

describe("a vague amount larger than the group the sentence before counted is no part of it", () => {
  it.each([
    ["Police arrested 40 protesters on Sunday. Hundreds were injured in the clashes.", ["protester", "person"]],
    ["Police arrested 40 protesters on Sunday. Hundreds were injured in the clashes, doctors said.", ["protester", "person"]],
    ["Troops detained 12 suspects on Monday. Hundreds were killed in the fighting.", ["suspect", "person"]],
    ["Guards held 20 migrants at the border. Dozens were hurt in the crush.", ["migrant", "person"]],
    ["Officers detained 150 fans after the match. Thousands were injured as the stands gave way.", ["fan", "person"]],
  ])("%s", (s, want) => {
    expect(claimUnits(s)).toEqual(want);
  });
  it("keeps a smaller amount as part of the group", () => {
    expect(claimUnits("Police arrested 400 protesters on Sunday. Dozens were injured in the clashes.")).toEqual(["protester", "protester"]);
    expect(claimUnits("Nearly 3,000 residents were evacuated. Hundreds were injured on the way.")).toEqual(["resident", "resident"]);
  });
});

describe("the word after a state is its noun only when it is one", () => {
  it.each([
    ["The attack left 3 dead nearby.", [[3, "person"]]],
    ["The attack left 12 dead overnight and 40 injured elsewhere.", [[12, "person"], [40, "person"]]],
    ["The storm left 7 dead upstairs and 4 injured outside.", [[7, "person"], [4, "person"]]],
    ["The fire left 9 dead downtown.", [[9, "person"]]],
    ["The crash left 5 dead overseas.", [[5, "person"]]],
  ])("%s", (s, want) => {
    expect(units(s)).toEqual(want);
  });
  it.each([
    ["The cruise line reported 40 sick aboard."],
    ["The ship left 12 stranded offshore."],
    ["The flood left 30 stranded abroad and 6 missing ashore."],
  ])("takes no place or time word as the noun: %s", (s) => {
    for (const [, unit] of units(s)) expect(["aboard", "offshore", "abroad", "ashore"]).not.toContain(unit);
  });
  it("keeps plurals and nouns written the same in the plural", () => {
    expect(units("Wardens counted 31 dead trout and 12 dead catfish.")).toEqual([[31, "trout"], [12, "catfish"]]);
    expect(units("Herders found 40 sick reindeer, most of them calves.").slice(0, 1)).toEqual([[40, "reindeer"]]);
    expect(units("Rangers counted 14 dead ducks.")).toEqual([[14, "duck"]]);
  });
});

describe("a part 'of which' after a sum or a measure counts in its unit", () => {
  it.each([
    ["The state has 12 hospitals and $40 million in funds, of which 3 million came from taxes.", [[12, "hospital"], [40000000, "dollar"], [3000000, "dollar"]]],
    ["The 40 donors gave $5 million, 3 million of which came from abroad.", [[40, "donor"], [5000000, "dollar"], [3000000, "dollar"]]],
    ["The 9 farms hold 400 hectares, of which 120 are irrigated.", [[9, "farm"], [400, "hectare"], [120, "hectare"]]],
    ["Its 30 staff raised €2 million, 1.5 million of which went to schools.", [[30, "staff"], [2000000, "euro"], [1500000, "euro"]]],
  ])("%s", (s, want) => {
    expect(units(s)).toEqual(want);
  });
  it("keeps a count's part as that count", () => {
    expect(units("Rescuers found 60 migrants, of whom 12 died.")).toEqual([[60, "migrant"], [12, "migrant"]]);
    expect(units("The storm destroyed 120 homes, 10 of which were new.")).toEqual([[120, "home"], [10, "home"]]);
  });
});
