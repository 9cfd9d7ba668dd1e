import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("money written the local way", () => {
  it.each([
    ["Agents seized goods worth N4,500,000 at the border.", 4500000, "naira"],
    ["The contract is worth about N2.1 billion.", 2100000000, "naira"],
    ["The fine was raised to Rs 5,000.", 5000, "rupee"],
    ["The scheme costs Rs. 3 crore.", 30000000, "rupee"],
    ["Traders paid KSh 40,000 in fees.", 40000, "shilling"],
    ["The utility needs R2.5bn.", 2500000000, "rand"],
    ["Bread now costs ₦1,200.", 1200, "naira"],
    ["Oil traded near 90 U.S. dollars a barrel.", 90, "dollar per barrel"],
  ])("%s", (s, value, unit) => {
    expect(all(s)[0]).toEqual([value, expect.any(String), unit]);
  });
  it("leaves model names and road numbers alone", () => {
    expect(all("Staff wore N95 masks on the R2 line.")).toEqual([]);
  });
});

describe("spans and bounds", () => {
  it("an event's length in hours and minutes is one figure in minutes", () => {
    expect(all("The final lasted four hours and 48 minutes.")).toEqual([[288, "exact", "minute"]]);
    expect(all("She finished in 2 hours 9 minutes.")).toEqual([[129, "exact", "minute"]]);
  });
  it("a calendar span in years and months is two figures; a list with commas stays a list", () => {
    expect(all("He served 12 years and 4 months.")).toEqual([[12, "exact", "year"], [4, "exact", "month"]]);
    expect(all("He walked for 3 years, 2 months, 14 days.")).toEqual([[3, "exact", "year"], [2, "exact", "month"], [14, "exact", "day"]]);
  });
  it("'as far as' and its kin set an upper bound, and a conversion keeps it", () => {
    expect(all("Tremors were felt as far away as 150 miles (240 km) from the coast.")).toEqual([
      [150, "at_most", "mile"],
      [240, "at_most", "kilometer"],
    ]);
    expect(all("Waves ran as high as 9 metres.")).toEqual([[9, "at_most", "meter"]]);
  });
  it("thousands spaced out are a number, a telephone number is not", () => {
    expect(all("Officials counted 56 949 009 registered voters.")).toEqual([[56949009, "exact", "voter"]]);
    expect(all("Call 0161 496 0753 for tickets.")).toEqual([]);
  });
  it("'only one' counts", () => {
    expect(all("The team covered the district with only one ambulance.")).toEqual([[1, "exact", "ambulance"]]);
  });
});

describe("a count and its share of a whole", () => {
  it("takes the whole's noun", () => {
    expect(all("About 3,400, or 18 percent of all nurses, walked out.")).toEqual([[3400, "approximately", "nurse"], [18, "exact", "percent"]]);
    expect(all("Some 6.1 million or 40 per cent of 15.2 million registered voters cast ballots.").map(([v, , u]) => [v, u])).toEqual([
      [6100000, "voter"],
      [40, "percent"],
      [15200000, "voter"],
    ]);
  });
  it("a magnitude named after the number", () => {
    expect(all("Two aftershocks measured above 4.5 in magnitude.").at(-1)).toEqual([4.5, "more_than", "magnitude"]);
    expect(all("The quake registered 6.3 on the Richter scale.")).toEqual([[6.3, "exact", "magnitude"]]);
  });
});

describe("scores are no figures", () => {
  it("a pair whose first number is larger, or a run of pairs", () => {
    expect(all("Ruiz won the final 7-5, 2-6, 6-3 on Sunday.")).toEqual([]);
    expect(all("The Hawks beat the Owls 31-24.")).toEqual([]);
    expect(all("She took the tiebreak 12-10 after 3 hours and 12 minutes.")).toEqual([[192, "exact", "minute"]]);
  });
  it("keeps a range written with a hyphen", () => {
    expect(all("Forecasters expect 4-6 inches of snow.")).toEqual([[[4, 6], "range", "inch"]]);
  });
});

describe("names and numbers to dial are no figures", () => {
  it.each([
    "Sales of the iPhone 6 slowed.",
    "Users moved to iOS 9 quickly.",
    "Game 7 is on Sunday.",
    "Passengers on Train 4 were shaken.",
    "Session 12 drew a big crowd.",
    "Residents should call 911 or the county hotline, 311.",
    "The trial covers children between the ages of 5 and 11.",
  ])("%s", (s) => {
    expect(all(s)).toEqual([]);
  });
  it("keeps counts after the same words", () => {
    expect(all("Prosecutors will call 14 witnesses.")).toEqual([[14, "exact", "witness"]]);
    expect(all("Prosecutors told the court 3 men were involved.")).toEqual([[3, "exact", "man"]]);
    expect(all("The firm paid the McAllisters 90,000 dollars.")).toEqual([[90000, "exact", "dollar"]]);
  });
});

describe("a hyphenated fraction with a singular denominator", () => {
  it("is still a fraction", () => {
    expect(all("The bill needs a two-third majority to pass.")).toEqual([[2 / 3, "exact", "majority"]]);
    expect(all("The bloc holds a three-fifth share.")).toEqual([[0.6, "exact", "share"]]);
  });
});

describe("a scale word without a number", () => {
  it("counts one after a possessive before money", () => {
    expect(all("The firm met its billion dollar savings goal.")).toEqual([[1e9, "exact", "dollar"]]);
    expect(all("That is the million dollar question.")).toEqual([]);
  });
});

describe("tallies and strengths", () => {
  it("a vote tally is two figures of votes, not a score", () => {
    expect(all("The measure passed 61-38 in the House.")).toEqual([[61, "exact", "vote"], [38, "exact", "vote"]]);
  });
  it("'-strong' counts the noun after it", () => {
    expect(all("A 3,000-strong force moved north.")).toEqual([[3000, "exact", "force"]]);
  });
});

describe("addresses, codes and ages", () => {
  it.each(["She lived at 14B Elm Road.", "Call 555-0142 for details.", "The victims, aged 4, 6 and 11, were named.", "Workers aged between 18 and 25 qualify."])("%s", (s) => {
    expect(all(s)).toEqual([]);
  });
  it("keeps money with a capital B and a range written with a hyphen", () => {
    expect(all("Rivals agreed a $7B merger.")).toEqual([[7e9, "exact", "dollar"]]);
    expect(all("Between 300-1200 people attended.").map(([v]) => v)).toEqual([[300, 1200]]);
  });
});

describe("a singular fraction after a qualifier", () => {
  it("is an amount even before other words", () => {
    expect(all("Exports fell by nearly a third this year.").map(([v, q]) => [v, q])).toEqual([[1 / 3, "nearly"]]);
  });
  it("is no amount as an ordinal", () => {
    expect(all("She won a third term.")).toEqual([]);
    expect(all("They reached a quarter final.")).toEqual([]);
  });
});

describe("a scale of money written as one describing word", () => {
  it("'a billion-dollar' and a headline's 'billion-dollar' are at least that sum", () => {
    expect(all("The state unveiled a billion-dollar plan for rail.")).toEqual([[1e9, "at_least", "dollar"]]);
    expect(all("Minister backs million-pound fund for rural clinics")).toEqual([[1e6, "at_least", "pound"]]);
  });
  it("'multibillion-dollar', 'multi-million pound' are billions or millions of it, vaguely", () => {
    expect(all("The port faces a multibillion-dollar gap.")).toEqual([[[2e9, 9999999999], "vague", "dollar"]]);
    expect(all("They signed a multi-million pound deal.")).toEqual([[[2e6, 9999999], "vague", "pound"]]);
    expect(all("It was a multi-billion-euro rescue.")).toEqual([[[2e9, 9999999999], "vague", "euro"]]);
  });
  it("keeps a written number before the scale, a plain sum and words that are no money", () => {
    expect(all("He paid with a 20-dollar note.")).toEqual([[20, "exact", "dollar"]]);
    expect(all("The fund holds a billion dollars.")).toEqual([[1e9, "exact", "dollar"]]);
    expect(all("About a billion-dollar hole remains.")).toEqual([[1e9, "approximately", "dollar"]]);
    expect(all("A multimillion project stalled.")).toEqual([]);
    expect(all("The multimillionaire owner left.")).toEqual([]);
  });
  it("gives no 'at least' a scale when a word is joined before it: 'half-billion-dollar'", () => {
    expect(all("They built a half-billion-dollar stadium.")).toEqual([]);
    expect(all("It was a quarter-billion-dollar deal.")).toEqual([]);
    expect(all("She bought a half-million-dollar home.")).toEqual([]);
    expect(all("They set up a one-billion-dollar fund.")).toEqual([]);
  });
  it("reads no sum from the idiom 'the million-dollar question'", () => {
    expect(all("The million-dollar question is whether Varro will stay.")).toEqual([]);
    expect(all("That is the billion-dollar question for Teska.")).toEqual([]);
  });
  it("reads no reais from 'multibillion real estate'", () => {
    expect(all("He built a multibillion real estate empire.")).toEqual([]);
    expect(all("She runs a multimillion real estate business.")).toEqual([]);
  });
});

describe("a share in words restated in percent, and cents after a scaled sum", () => {
  it("a fraction word and a percent between dashes are two figures, not a range", () => {
    expect(all("Of 12,400 bidders, more than half – 58 per cent – were first-time buyers.").slice(1).map(([v, q, u]) => [v, q, u === "percent"])).toEqual([
      [0.5, "more_than", false],
      [58, "exact", true],
    ]);
    expect(all("Nearly a third - 31 percent - of voters were undecided.").map(([v, q]) => [v, q])).toEqual([[1 / 3, "nearly"], [31, "exact"]]);
  });
  it("keeps a range of two fractions", () => {
    expect(all("About half to two-thirds of residents left.").map(([v, q]) => [v, q])).toEqual([[[0.5, 2 / 3], "range"]]);
  });
  it("cents after a sum in millions are a figure of their own", () => {
    expect(all("Profit rose from $47 million and 22 cents a share a year earlier.").map(([v, , u]) => [v, u])).toEqual([
      [47e6, "dollar"],
      [22, "cent per share"],
    ]);
    expect(all("The fare was 4 dollars and 25 cents.")).toEqual([[4.25, "exact", "dollar"]]);
  });
});

describe("a money range whose first end is written in coins", () => {
  it("cents, pence before dollars, euros, pounds: a range in the second end's money", () => {
    expect(all("Corvel expects earnings of 80 cents to $1.10 a share.")).toEqual([[[0.8, 1.1], "range", "dollar per share"]]);
    expect(all("Tickets at Hallam cost from 95p to £1.20.")).toEqual([[[0.95, 1.2], "range", "pound"]]);
    expect(all("Tickets cost between 95p and £1.20.")).toEqual([[[0.95, 1.2], "range", "pound"]]);
    expect(all("Bus fares range from 50 cents to €1.50.")).toEqual([[[0.5, 1.5], "range", "euro"]]);
  });
  it("a change, coins of another money, and an alternative stay two figures as written", () => {
    expect(all("Shares rose by 30 cents to $1.10.")).toEqual([[30, "exact", "cent"], [1.1, "exact", "dollar"]]);
    expect(all("Fares will rise from 95p to £1.20.")).toEqual([[95, "exact", "penny"], [1.2, "exact", "pound"]]);
    expect(all("Rates vary from 60 cents to ¥100.")).toEqual([[60, "exact", "cent"], [100, "exact", "yen"]]);
    expect(all("It costs 80 cents, or $1.10 with tax.")).toEqual([[80, "exact", "cent"], [1.1, "exact", "dollar"]]);
  });
});
