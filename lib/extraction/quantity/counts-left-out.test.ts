import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { findQuantities } from "./parser";

const units = (text: string) => extractClaims(text).filter((c) => c.quantity).map((c) => [c.quantity!.value ?? [c.quantity!.low, c.quantity!.high], c.quantity!.unit]);
const inSentence = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("a figure in a relative clause ('of whom', 'of which') counts the noun the clause is about", () => {
  it.each([
    ["Divers reached 45 trawlermen, of whom 9 died before dawn.", [[45, "trawlerman"], [9, "trawlerman"]]],
    ["The storm flattened 300 sheds, dozens of which collapsed onto the road.", [[300, "shed"], [[24, 99], "shed"]]],
    ["Inspectors tested 800 wells, hundreds of which were dry.", [[800, "well"], [[200, 999], "well"]]],
    ["The ferry carried 220 pilgrims, 14 of whom were hurt.", [[220, "pilgrim"], [14, "pilgrim"]]],
  ])("%s", (s, want) => {
    expect(inSentence(s)).toEqual(want);
  });

  it.each([
    // The relative clause names what the part is: the named noun stays.
    ["The boat carried 90 passengers, of whom 20 were children.", [[90, "passenger"], [20, "child"]]],
    // No count before it: nothing to point back to.
    ["Twelve people died in the blast, which was heard for miles.", [[12, "person"]]],
  ])("keeps today's reading of %s", (s, want) => {
    expect(inSentence(s)).toEqual(want);
  });
});

describe("more of a group counted in the sentence before, its noun left out", () => {
  it.each([
    ["Officials said 30 miners were trapped on Friday. Another 12 were rescued on Sunday.", [[30, "miner"], [12, "miner"]]],
    ["Forty fishermen drowned off the cape. Dozens more were missing.", [[40, "fisherman"], [[24, 99], "fisherman"]]],
    ["The ministry sent 500 nurses to the region. Hundreds more will follow next month.", [[500, "nurse"], [[200, 999], "nurse"]]],
    ["Police detained 50 students at the rally. The remaining 15 were freed on bail.", [[50, "student"], [15, "student"]]],
    ["Two guards were shot dead at the gate. 12 others were wounded.", [[2, "guard"], [12, "guard"]]],
    // The same number after "the" names the group again.
    ["Divers brought up 14 sailors alive. One of the 14 died in hospital.", [[14, "sailor"], [14, "sailor"]]],
    ["Police held 9 fans overnight. All 9 were released without charge.", [[9, "fan"], [9, "fan"]]],
    ["Crews pulled 11 climbers off the ridge. They were flown to a clinic. Two of the 11 later died.", [[11, "climber"], [2, "climber"], [11, "climber"]]],
    // "thousands" alone counts people only when nothing before says what.
    ["The agency housed 2,300 families last year. Thousands more are waiting for a flat.", [[2300, "family"], [[2000, 9999], "family"]]],
  ])("%s", (text, want) => {
    expect(units(text)).toEqual(want);
  });

  it("reads a vague amount opening the sentence as part of a group something befell", () => {
    expect(units("Floods displaced 3,000 villagers in the valley. Hundreds were evacuated by boat.")).toEqual([[3000, "villager"], [[200, 999], "villager"]]);
    expect(units("Some 80 pilgrims were hurt in the crush. Several were hospitalised in the capital.")).toEqual([[80, "pilgrim"], [[3, 9], "pilgrim"]]);
  });

  it.each([
    // The group before was no group something befell: people a verb of dying gives stay people.
    ["The quake destroyed 300 homes. Another 12 were killed.", [[300, "home"], [12, "person"]]],
    // Written as people.
    ["Thirty miners were trapped. Another 12 people were rescued.", [[30, "miner"], [12, "person"]]],
    // A count before it in its own sentence is the group it continues.
    ["Ten soldiers were killed. Police arrested 40 protesters and dozens more were detained.", [[10, "soldier"], [40, "protester"], [[24, 99], "protester"]]],
    // Something befell nothing counted before: no group to point back to.
    ["Officials said 30 miners were at the site on Friday. Another 12 were rescued on Sunday.", [[30, "miner"], [12, "person"]]],
    // "Thousands" with no word pointing back, after a group nothing befell: people.
    ["The agency housed 2,300 families last year. Thousands are waiting for a flat.", [[2300, "family"], [[2000, 9999], "person"]]],
    // Past a sentence with no figure, only a number that names the group again points back.
    ["Crews pulled 11 climbers off the ridge. They were flown to a clinic. Another 4 were hurt.", [[11, "climber"], [4, "person"]]],
    // Another number after "the" is another group: people.
    ["Divers brought up 14 sailors alive. One of the 20 died in hospital.", [[14, "sailor"], [20, "person"]]],
    // Money and percentages are no group.
    ["Prices rose 5% in May. Hundreds were evacuated.", [[5, "percent"], [[200, 999], "person"]]],
    // Not opening the sentence, and no word that says "more of it": people.
    ["Thirty miners were trapped. Officials said hundreds were evacuated from the town.", [[30, "miner"], [[200, 999], "person"]]],
  ])("keeps today's reading of %s", (text, want) => {
    expect(units(text)).toEqual(want);
  });
});
