import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("numbers as wire copy prints them", () => {
  it("reads the Indian grouping of digits", () => {
    expect(all("The fair drew 3,45,120 visitors and 9,80,000 pilgrims.")).toEqual([[345120, "visitor"], [980000, "pilgrim"]]);
    expect(all("Codes 12,50 and 4,75 were noted.").map(([v]) => v)).toEqual([12, 50, 4, 75]);
  });
  it("reads a magnitude written with a hyphen, but not a name with a number", () => {
    expect(all("The tremor was a magnitude-4.8 and the first one magnitude-6.1.")).toEqual([[4.8, "magnitude"], [6.1, "magnitude"]]);
    expect(all("Two MiG-29 jets and a Boeing-737 landed.").map(([v]) => v)).toEqual([2]);
  });
});

describe("two-word units", () => {
  it.each([
    ["Voting took place at 4,120 polling stations.", "polling station"],
    ["Nine crew members were rescued.", "crew member"],
    ["The ship was 14 nautical miles offshore.", "nautical mile"],
    ["Ozone rose by 6 parts per million.", "part per million"],
    ["Levels reached 410 ppm.", "part per million"],
    ["Unemployment fell 0.3 of a percentage point.", "percentage point"],
    ["The bank cut rates by 50 basis points.", "basis point"],
  ])("%s", (s, unit) => {
    expect(findQuantities(s)[0]?.unit).toBe(unit);
  });
  it("keeps the head noun alone when the first word only describes it", () => {
    expect(findQuantities("Rescuers pulled 11 flood victims out.")[0]?.unit).toBe("victim");
  });
});

describe("the counted noun taken from elsewhere in the sentence", () => {
  it("a second casualty figure counts the same people as the first", () => {
    expect(all("Gunmen raided a checkpoint, killing four soldiers and wounding six, the army said.")).toEqual([[4, "soldier"], [6, "soldier"]]);
  });
  it("a part of a counted group takes the group's noun", () => {
    expect(all("Three of the 20 patients were discharged.")).toEqual([[3, "patient"], [20, "patient"]]);
    expect(all("Four of the injured and two of the dead were miners.")).toEqual([[4, "person"], [2, "person"]]);
  });
  it("a total named before its figure", () => {
    expect(all("The total number of spoiled ballots was 8,412.")).toEqual([[8412, "ballot"]]);
    expect(all("Total registered voters in the district were 52,300.")).toEqual([[52300, "voter"]]);
  });
  it("a death toll with a long place phrase still counts deaths", () => {
    expect(all("Death toll from floods in the hilly south climbs to 41")).toEqual([[41, "death"]]);
  });
  it("a count in brackets takes the noun before it", () => {
    expect(all("The busiest port by containers (4.1 million) was Busan.")).toEqual([[4_100_000, "container"]]);
  });
  it("people counted by what happened to them or by who they are", () => {
    expect(all("Thirty-one were charged after the riot.")).toEqual([[31, "person"]]);
    expect(all("A judge jailed 9 of them and fined 14 others.")).toEqual([[9, "person"], [14, "person"]]);
    expect(all("It beat the 42 million who voted in 2016.")).toEqual([[42_000_000, "person"]]);
    expect(all("Four pilots resigned and 11 others were suspended.")).toEqual([[4, "pilot"], [11, "pilot"]]);
  });
  it("a magnitude named before its value", () => {
    expect(all("Seismologists put the magnitude of the main shock at 6.3.")).toEqual([[6.3, "magnitude"]]);
  });
  it("a death toll named far before its figure", () => {
    expect(all("The death toll from last week's landslide in the remote mountain district has risen to 58")).toEqual([[58, "death"]]);
  });
  it("an index level after its change in points has no unit", () => {
    expect(all("The FTSE 100 rose 41.2 points, or 0.6 percent, to 7,412.8.")).toEqual([[41.2, "point"], [0.6, "percent"], [7412.8, null]]);
    // Without points before it the level counts the clause's noun.
    expect(all("Sales rose 4 percent, to 310.")).toEqual([[4, "percent"], [310, "sale"]]);
  });
  it("a noun that grew or fell from one figure to another", () => {
    expect(all("Applications have fallen from 12,400 in 2019, to 9,800.")).toEqual([[12400, "application"], [9800, "application"]]);
  });
});

describe("spans with a half and hyphenated spans", () => {
  it.each([
    ["Talks could take a year and a half.", 1.5, "year"],
    ["The repairs need one week and half.", 1.5, "week"],
    ["She walked a mile and a half.", 1.5, "mile"],
    ["A four-and-a-half-hour meeting ended.", 4.5, "hour"],
    ["Unions called a one-week stoppage.", 1, "week"],
  ])("%s", (s, value, unit) => {
    expect(all(s)).toEqual([[value, unit]]);
  });
  it("reads 'the next month and a half' as one and a half months", () => {
    expect(all("Talks may end in the next week and a half, the envoy said.")).toEqual([[1.5, "week"]]);
  });
  it("leaves an idiomatic 'one day' and a lone 'a year' alone", () => {
    expect(all("One day the river rose.")).toEqual([]);
    expect(all("He played in a One-Day International.")).toEqual([]);
    expect(all("Rock-and-roll and a year of music.")).toEqual([]);
  });
});

describe("shares and lists", () => {
  it("a fraction takes a singular noun after it, past describing words", () => {
    expect(all("Exports made up over half of the annual surplus.")).toEqual([[0.5, "surplus"]]);
    expect(all("Output is still less than half the capacity planned.")).toEqual([[0.5, "capacity"]]);
  });
  it("a figure and a fraction of a group take the noun written after the next figure", () => {
    expect(all("Roughly half of the 1,200 private and 300 public schools shut.")).toEqual([[0.5, "school"], [1200, "school"], [300, "school"]]);
  });
  it("figures listed in brackets after names count what the sentence counts", () => {
    expect(all("New clusters were found in Arlo (12), Brenn (seven) and Cade (two).")).toEqual([[12, "cluster"], [7, "cluster"], [2, "cluster"]]);
    expect(all("Oslo handled 40 million travellers, followed by Bergen (9.2 million).")).toEqual([[40_000_000, "traveller"], [9_200_000, "traveller"]]);
  });
  it("a noun that names the places listed counts none of the list's figures", () => {
    expect(all("Most of the rise came in states such as Norland (412,000) and Vesta (288,000).")).toEqual([[412_000, null], [288_000, null]]);
    expect(all("Cases rose fastest in counties including Marl (56), Fenn (46) and Orle (9).")).toEqual([[56, null], [46, null], [9, null]]);
    expect(all("Growth was fastest in the provinces of Tana Vale (31) and Orle (12).")).toEqual([[31, null], [12, null]]);
    expect(all("Deaths were highest in the provinces of Tana Vale (31) and Orle (12).")).toEqual([[31, "death"], [12, "death"]]);
  });
  it("a noun before the list that names no places still counts every item", () => {
    expect(all("Most new voters were in Norland (412,000) and Vesta (288,000).")).toEqual([[412_000, "voter"], [288_000, "voter"]]);
  });
  it("a figure compared with or averaged from an earlier count", () => {
    expect(all("Some 410 patients - an average of 34 a month - were seen, compared with 280 in 2020.")).toEqual([[410, "patient"], [34, "patient per month"], [280, "patient"]]);
  });
});

describe("'over' opening a sentence with a span of time", () => {
  it("is the span, not more than it; elsewhere 'over' is still a lower bound", () => {
    expect(findQuantities("Over 20 years, the lake shrank by a third.")[0]).toMatchObject({ value: 20, qualifier: "exact", unit: "year" });
    expect(findQuantities("Prices rose for over 20 years.")[0]).toMatchObject({ value: 20, qualifier: "more_than", unit: "year" });
  });
});

describe("vague numbers of people", () => {
  it("'thousands trapped', 'dozens still missing', 'hundreds left homeless' count people", () => {
    expect(all("The quake left hundreds homeless and thousands trapped.")).toEqual([[[200, 999], "person"], [[2000, 9999], "person"]]);
    expect(all("Bus plunges into river, dozens still missing")).toEqual([[[24, 99], "person"]]);
  });
  it("a vague number with its own noun keeps it", () => {
    expect(all("Thousands of cattle drowned.")).toEqual([[[2000, 9999], "cattle"]]);
  });
});

describe("commas that are no thousands separator", () => {
  it("a thousands comma with a space slipped in after money or a word of level", () => {
    expect(all("A sack now fetches GH¢8, 160 per tonne.")).toEqual([[8160, "cedi per tonne"]]);
    expect(all("Membership slid almost 12,000 to 241, 336.").map(([v]) => v)).toEqual([12000, 241336]);
    expect(all("A school of 386 857 pupils.")).toEqual([[386857, "pupil"]]);
  });
  it("a spaced comma between separate numbers stays apart", () => {
    expect(all("In 2011, 386 pupils sat the test.")).toEqual([[386, "pupil"]]);
    expect(all("On May 12, 345 people were moved out.")).toEqual([[345, "person"]]);
    expect(all("Rooms 101, 102 and 103 were flooded.").map(([v]) => v)).toEqual([101, 102, 103]);
    expect(all("He bought 24 7-Eleven stores.").map(([v]) => v)[0]).toBe(24);
    expect(all("The toll rose from 5 to 7, 120 more were hurt.").map(([v]) => v)).toEqual([5, 7, 120]);
  });
  it("a decimal comma before a percent, a scale or after money", () => {
    expect(all("Turnout was 41,85 percent, the board said.")).toEqual([[41.85, "percent"]]);
    expect(all("The club earned 3,5 million euros.")).toEqual([[3500000, "euro"]]);
    expect(all("A total of 1,500 people came.")).toEqual([[1500, "person"]]);
    expect(all("The grades were 1,2,3 and 4.").map(([v]) => v)).toEqual([1, 2, 3, 4]);
    expect(all("Between 1,5 and 2,5 million people voted.")).toEqual([[[1.5e6, 2.5e6], "person"]]);
    expect(all("Inflation slowed to 2,4% in May.")).toEqual([[2.4, "percent"]]);
    expect(all("The vote was 55,45 in favour.").map(([v]) => v)).toEqual([55, 45]);
  });
  it("more than three digits after a comma, in a sentence that groups thousands, is a slipped grouping", () => {
    expect(all("Pumps drew 12,140MW on Monday while 11,2750MW went to farms.")).toEqual([[12140, "megawatt"], [112750, "megawatt"]]);
  });
});

describe("a hyphen with the space slipped after it", () => {
  it("still joins the number to the measure after it", () => {
    expect(all("Millers offer Sh2,800 for a 50- kilogramme sack.")).toEqual([[2800, "shilling"], [50, "kilogram"]]);
    expect(all("A 50- km stretch was shut.")).toEqual([[50, "kilometer"]]);
  });
  it("a suspended hyphen before 'to' stays a range", () => {
    expect(all("The 8- to 16-meter boats sank.")).toEqual([[[8, 16], "meter"]]);
  });
});
