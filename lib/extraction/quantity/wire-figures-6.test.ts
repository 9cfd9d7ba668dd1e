// One of a measure after a bound, spans of model years, stone, odds, money by the year, vague words in names.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";
import { extractClaims } from "../extract";

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
    "Hikers walked a mile of beach.",
  ])("finds no figure in %s", (s) => {
    expect(all(s)).toEqual([]);
  });
  it.each([
    ["The storm dumped a foot of snow on Varlo.", [[1, "exact", "foot"]]],
    ["An inch of rain fell overnight in Orlen.", [[1, "exact", "inch"]]],
    ["Streets lay under a metre of floodwater.", [[1, "less_than", "meter"]]],
  ])("without a bound, a depth of snow or water: %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("a span of years before the years it names is dates", () => {
  it.each([
    "The recall covers vans from the 2004 to 2007 model years.",
    "Trucks of the 2011 through 2013 model years are affected.",
    "Only the 2009 model year was spared.",
    "Owners of 2016 model-year sedans were told to wait.",
    "The league voided the 2010 to 2012 seasons.",
    "Yields fell in the 2019 and 2020 growing seasons.",
    "Exports over the 2020 to 2022 crop years were revised.",
    "The clubs shared the 2015-2017 seasons.",
  ])("finds no figure in %s", (s) => {
    expect(all(s)).toEqual([]);
  });
  it.each([
    ["Dealers shipped 2,004 to 2,007 cars in May.", [[[2004, 2007], "range", "car"]]],
    ["He had served 12 years in the 2004 cabinet.", [[12, "exact", "year"]]],
    ["The mine moved from 1998 to 2001 tonnes a week.", [[2001, "exact", "tonne per week"]]],
  ])("keeps the count in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("stone, Britain's weight of 14 pounds", () => {
  it.each([
    ["The prize bull weighed 812kg [128 stone].", [[812, "exact", "kilogram"], [128, "exact", "stone"]]],
    ["At his heaviest he weighed 23 stone.", [[23, "exact", "stone"]]],
    ["She lost 6 stone in a year.", [[6, "exact", "stone"]]],
    ["The 19-stone lock was carried off.", [[19, "exact", "stone"]]],
    ["He is about 15 stone now.", [[15, "approximately", "stone"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["Vandals toppled 12 stone statues in the square.", [[12, "exact", "statue"]]],
    ["The flood took three stone bridges.", [[3, "exact", "bridge"]]],
    ["Crowds threw 40 stones at the convoy.", [[40, "exact", "stone"]]],
    ["They killed two birds with one stone.", [[2, "exact", "bird"]]],
  ])("keeps the noun in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("odds and chances are never what a figure counts", () => {
  it.each([
    ["The odds of winning the top prize are 1 in 290 million.", [[3.44827586207e-9, "exact", null]]],
    ["Bettors were offered odds of one in 5,000.", [[1 / 5000, "exact", null]]],
    ["Her chances of a recall are one in 40, the survey found.", [[1 / 40, "exact", null]]],
    ["Dealers in Orlen ran 3,000 stalls and the odds of a win were 1 in 80.", [[3000, "exact", "stall"], [1 / 80, "exact", null]]],
    ["The odds are a million to one.", [[1e6, "exact", null]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["Asked about the levy, 1 in 4 voters objected.", [[0.25, "exact", "voter"]]],
    ["Among the applicants, 1 in 10 were hired.", [[0.1, "exact", "applicant"]]],
    ["The side had five chances and converted two.", [[5, "exact", "chance"], [2, "exact", "chance"]]],
  ])("keeps the noun in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it("takes no noun from the sentence before", () => {
    const text = "Draw sells out\n\nOrganisers in Varlo sold 38 million tickets on Friday. Buyers queued at 2,400 kiosks. The odds of winning are 1 in 290 million.\n";
    const odds = extractClaims(text).find((c) => c.sentence.startsWith("The odds"));
    expect(odds?.quantity?.unit).toBeNull();
  });
});

describe("money by the year written in other words than \"a year\"", () => {
  it.each([
    ["Members pay $5,200 annually into the fund.", [[5200, "exact", "dollar per year"]]],
    ["The council set a levy of £300 each year on second homes.", [[300, "exact", "pound per year"]]],
    ["The port spends $3 million every year on dredging.", [[3e6, "exact", "dollar per year"]]],
    ["Tenants in Orlen pay rent of €900 monthly.", [[900, "exact", "euro per month"]]],
    ["The post carries an annual salary of about $92,000.", [[92000, "approximately", "dollar per year"]]],
    ["The mill reported annual revenue of $2 billion.", [[2e9, "exact", "dollar per year"]]],
    ["The chain brings in $2 billion in annual revenue.", [[2e9, "exact", "dollar per year"]]],
    ["Dues rose to $300 each year from $250.", [[300, "exact", "dollar per year"], [250, "exact", "dollar per year"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["Prices rose 5% each year.", [[5, "exact", "percent"]]],
    ["Inflation ran at an annual rate of 1.4 percent.", [[1.4, "exact", "percent"]]],
    ["The plant built 4,000 cars each year.", [[4000, "exact", "car"]]],
    ["Tickets cost $40 each.", [[40, "exact", "dollar"]]],
    ["The annual report put the loss at $3 million.", [[3e6, "exact", "dollar"]]],
  ])("leaves %s alone", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("a capitalised vague word inside a name is no amount", () => {
  it.each([
    ["Mega Millions and Powerball are sold in 45 states.", [[45, "exact", "state"]]],
    ["Her ticket for Mega Millions won $2 million.", [[2e6, "exact", "dollar"]]],
    ["The ferry to Lake Thousands leaves at noon.", []],
    ["The Fabled Hundreds club met 12 times.", [[12, "exact", "time"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["Millions watched the final in Varlo.", [[[2e6, 9999999], "vague", "person"]]],
    ["Storm Leaves Millions Without Power", [[[2e6, 9999999], "vague", null]]],
    ["Bus Crash Injures Dozens", [[[24, 99], "vague", "person"]]],
    ["Thousands Flee Fires", [[[2000, 9999], "vague", "person"]]],
    ["In Orlen, Thousands marched on Friday.", [[[2000, 9999], "vague", "person"]]],
  ])("keeps the amount in %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  const vague = (text: string) => extractClaims(text).filter((c) => c.quantity?.qualifier === "vague").map((c) => c.sentence);
  it("drops a title-case headline's vague word when the body writes the same name", () => {
    expect(vague("Mega Millions Jackpot Climbs To $1.2 Billion\n\nNo ticket matched all numbers in the Mega Millions draw, officials in Varlo said.\n")).toEqual([]);
    expect(vague("Mega Millions Jackpot Climbs To $1.2 Billion\n\nMega Millions tickets are sold in 45 states, officials said.\n")).toEqual([]);
  });
  it("keeps it when the body writes no such name", () => {
    expect(vague("Storm Leaves Millions Without Power\n\nThe storm cut power to 2.1 million homes in Varlo, the utility said.\n")).toEqual(["Storm Leaves Millions Without Power"]);
    expect(vague("Mega Millions Jackpot Climbs To $1.2 Billion\n\nNo ticket matched all numbers in the draw, officials in Varlo said.\n")).toEqual(["Mega Millions Jackpot Climbs To $1.2 Billion"]);
  });
});
