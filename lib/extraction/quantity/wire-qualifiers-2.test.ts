import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";
import { extractClaims } from "../extract";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("more qualifiers wire copy writes", () => {
  it("'upward of' is 'upwards of'", () => {
    expect(all("Upward of 4,000 tenants lost heating.")).toEqual([[4000, "more_than", "tenant"]]);
    expect(all("Repairs will cost upward of $6 million.")).toEqual([[6_000_000, "more_than", "dollar"]]);
    expect(all("Upwards of 70 ferries were idle.")).toEqual([[70, "more_than", "ferry"]]);
  });
  it("an estimated value, cost or bill of a figure is approximate", () => {
    expect(all("Officers found pills with an estimated street value of 2m pounds.")).toEqual([[2_000_000, "approximately", "pound"]]);
    expect(all("The storm left an estimated repair bill of $45 million.")).toEqual([[45_000_000, "approximately", "dollar"]]);
    expect(all("The dam has an estimated cost of 900 million euros.")).toEqual([[900_000_000, "approximately", "euro"]]);
    expect(all("An estimated total cost of $3.1 billion was cited.")).toEqual([[3_100_000_000, "approximately", "dollar"]]);
  });
  it("a value or cost without an estimate stays exact", () => {
    expect(all("The vase, with a market value of $80,000, was stolen.")).toEqual([[80_000, "exact", "dollar"]]);
    expect(all("The contract has a total value of 12 million euros.")).toEqual([[12_000_000, "exact", "euro"]]);
    expect(all("Above the cost of 40 meals, nothing was paid.")).toEqual([[40, "exact", "meal"]]);
  });
  it("the verb 'top' before a figure is 'more than'", () => {
    expect(all("Highs are expected to top 38C on Sunday.")).toEqual([[38, "more_than", "degree celsius"]]);
    expect(all("Losses could top $2 billion, analysts said.")).toEqual([[2_000_000_000, "more_than", "dollar"]]);
    expect(all("Exports will top 5% of output.").slice(0, 1)).toEqual([[5, "more_than", "percent"]]);
    expect(all("Revenue topped $1.4 billion.")).toEqual([[1_400_000_000, "more_than", "dollar"]]);
    expect(all("Unemployment tops 12% in the north.")).toEqual([[12, "more_than", "percent"]]);
    expect(all("Infections top 3,000 in the province.")).toEqual([[3000, "more_than", "infection"]]);
  });
  it("'top' as a rank keeps no bound", () => {
    expect(all("She finished in the top 10 twice.").filter(([, q]) => q === "more_than")).toEqual([]);
    expect(all("The club climbed to top 4 in the table.").filter(([, q]) => q === "more_than")).toEqual([]);
    expect(all("The single rose to top 3 on the chart.").filter(([, q]) => q === "more_than")).toEqual([]);
    expect(all("He earned a top 5 finish in Oslo.").filter(([, q]) => q === "more_than")).toEqual([]);
  });
});

describe("a ceiling said once before a list of the same unit", () => {
  it("covers each later figure of the unit in the same clause", () => {
    expect(all("She faces up to 15 years in prison on the bribery count and four years on the perjury count.")).toEqual([
      [15, "at_most", "year"],
      [4, "at_most", "year"],
    ]);
    expect(all("He could get up to 8 years for theft, six years for arson and two years for assault.")).toEqual([
      [8, "at_most", "year"],
      [6, "at_most", "year"],
      [2, "at_most", "year"],
    ]);
  });
  it("leaves a figure with its own verb, qualifier or unit as it is", () => {
    expect(all("Up to 30 miners died and 7 were hurt.")).toEqual([[30, "at_most", "miner"], [7, "exact", "miner"]]);
    expect(all("Up to 200 homes were flooded and 25 homes were destroyed.")).toEqual([[200, "at_most", "home"], [25, "exact", "home"]]);
    expect(all("The rules allow up to 60 days in jail and 80 hours of community work.")).toEqual([[60, "at_most", "day"], [80, "exact", "hour"]]);
    expect(all("Gusts of up to 110 km/h and waves of 6 metres hit the coast.")).toEqual([
      [110, "at_most", "kilometer per hour"],
      [6, "exact", "meter"],
    ]);
    expect(all("About 40 people in Tarn and 9 in Lot were moved.").map(([v, q]) => [v, q])).toEqual([[40, "approximately"], [9, "exact"]]);
  });
});

describe("'zero-' adjectives are no figures", () => {
  it("zero-emission, zero-tolerance, zero-sum, zero-carbon, zero-waste", () => {
    expect(all("The depot bought 25 zero-emission trams under a zero-tolerance rule.")).toEqual([[25, "exact", "tram"]]);
    expect(all("It was never a zero-sum contest, and the zero-carbon, zero-waste scheme cost $8 million.")).toEqual([[8_000_000, "exact", "dollar"]]);
    expect(all("Zero-Emission Ferries Launched In Harbour")).toEqual([]);
  });
  it("a plain zero is still a figure", () => {
    expect(all("Zero patients were turned away and zero beds were empty.")).toEqual([[0, "exact", "patient"], [0, "exact", "bed"]]);
  });
});

describe("whose dollar, written after the sign", () => {
  it("$US, $A, $AU, $NZ, $HK read as US$, A$, NZ$, HK$", () => {
    expect(all("The miner paid $US240 million for the stake.")).toEqual([[240_000_000, "exact", "dollar"]]);
    expect(all("The port sold for $A7.5 billion and the farm for $NZ12m.")).toEqual([
      [7_500_000_000, "exact", "australian dollar"],
      [12_000_000, "exact", "new zealand dollar"],
    ]);
    expect(all("Bids reached $AU3 billion.")).toEqual([[3_000_000_000, "exact", "australian dollar"]]);
    expect(all("It paid A$6 billion and NZ$2m.")).toEqual([[6_000_000_000, "exact", "australian dollar"], [2_000_000, "exact", "new zealand dollar"]]);
  });
  it("after an article", () => {
    expect(all("Canberra unveiled a $US75 million grant.")).toEqual([[75_000_000, "exact", "dollar"]]);
    expect(all("Wellington pledged an $NZ8m fund.")).toEqual([[8_000_000, "exact", "new zealand dollar"]]);
  });
  it("a plain dollar stays a dollar", () => {
    expect(all("Tickets cost $15 at the gate.")).toEqual([[15, "exact", "dollar"]]);
    expect(all("The $US fell against the yen.")).toEqual([]);
  });
});

describe("feet and inches as one measure", () => {
  const feet = (f: number, i: number) => Number((f + i / 12).toPrecision(12));
  it("after a comma, without one, or glued by hyphens", () => {
    expect(all("The vaulter cleared 17 feet, 5 inches on her last try.")).toEqual([[feet(17, 5), "exact", "foot"]]);
    expect(all("She cleared 6 feet, 1 inch, a meet record.")).toEqual([[feet(6, 1), "exact", "foot"]]);
    expect(all("The suspect is 5 feet 9 inches tall.")).toEqual([[feet(5, 9), "exact", "foot"]]);
    expect(all("The 6-foot-4 forward signed on Monday.")).toEqual([[feet(6, 4), "exact", "foot"]]);
    expect(all("The 7-foot-1 centre and a 5-foot-10-inch guard started.")).toEqual([[feet(7, 1), "exact", "foot"], [feet(5, 10), "exact", "foot"]]);
    expect(all("The keeper is 6-foot-3.")).toEqual([[feet(6, 3), "exact", "foot"]]);
  });
  it("leaves lists, lengths and stuff measured in inches apart", () => {
    expect(all("Drifts of 9 feet, 4 inches of snow fell overnight.")).toEqual([[9, "exact", "foot"], [4, "exact", "inch"]]);
    expect(all("The slab is 11 feet, 3 inches, 2 inches more than the plan.")).toEqual([[11, "exact", "foot"], [3, "exact", "inch"], [2, "exact", "inch"]]);
    expect(all("A 30-foot-long barge ran aground.")).toEqual([[30, "exact", "foot"]]);
  });
});

describe("spelled numbers in a title-case headline", () => {
  const headline = (h: string) =>
    extractClaims(`${h}\n\nThe court heard the case on Tuesday.`)
      .filter((c) => c.sentence === h && c.quantity)
      .map((c) => [c.quantity!.value, c.quantity!.qualifier, c.quantity!.unit]);
  it("a number word before what it counts is read", () => {
    expect(headline("Former Town Clerk Jailed For Six Years")).toEqual([[6, "exact", "year"]]);
    expect(headline("Landslide Leaves Four Dead In Hill Village")).toEqual([[4, "exact", "person"]]);
    expect(headline("Blast Kills Six In Port City")).toEqual([[6, "exact", "person"]]);
    expect(headline("Mine Death Toll Rises To Eight")).toEqual([[8, "exact", "death"]]);
  });
  it("names with a number word stay no figures", () => {
    expect(headline("Boy Band One Direction Plays Formula One Weekend")).toEqual([]);
    expect(headline("Two Sides Of The Story")).toEqual([]);
    expect(headline("Return To Seven Oaks Manor")).toEqual([]);
  });
});

describe("a capitalised number word inside a name", () => {
  it("is no figure in a sentence", () => {
    expect(all("Tourists toured the Nine Arches Bridge on Friday.")).toEqual([]);
    expect(all("The Zero Waste Coalition said 35 shops signed up.")).toEqual([[35, "exact", "shop"]]);
    expect(all("It is part of our Zero Emissions Transport Plan, which covers 60 trams.")).toEqual([[60, "exact", "tram"]]);
    expect(all("The Five Rivers Party won 21 percent.")).toEqual([[21, "exact", "percent"]]);
  });
  it("stays a figure in a title-case headline and in lower case", () => {
    expect(all("Mudslide Leaves Four Dead In Mountain Village")).toEqual([[4, "exact", "person"]]);
    expect(all("Mudslide leaves four dead in mountain village")).toEqual([[4, "exact", "person"]]);
    expect(all("The court jailed Three men for fraud.").map(([v]) => v)).toEqual([3]);
  });
});

describe("a dozen glued by a hyphen", () => {
  it("'three-dozen' is 36", () => {
    expect(all("Police questioned about three-dozen witnesses.")).toEqual([[36, "approximately", "witness"]]);
    expect(all("Two-dozen stalls were closed.")).toEqual([[24, "exact", "stall"]]);
    expect(all("Four dozen eggs broke.")).toEqual([[48, "exact", "egg"]]);
  });
});

describe("degree signs as copy types them", () => {
  it("'º' (the ordinal sign) or '˚' before C or F is a degree", () => {
    expect(all("Doctors cool patients whose temperature stays above 39ºC.")).toEqual([[39, "more_than", "degree celsius"]]);
    expect(all("It was 94 ºF in the shade and 31º C by the river.")).toEqual([[94, "exact", "degree fahrenheit"], [31, "exact", "degree celsius"]]);
    expect(all("Lows of 4˚C are forecast.")).toEqual([[4, "exact", "degree celsius"]]);
  });
  it("an ordinal sign alone is no degree", () => {
    expect(all("She finished 2º in the sprint.").filter(([, , u]) => u !== null)).toEqual([]);
  });
});

describe("a number spelled in lower case after a name", () => {
  it("is no label", () => {
    expect(all("The vote gives Adewale four more years in office.")).toEqual([[4, "exact", "year"]]);
    expect(all("The order hands Airbus six jets.")).toEqual([[6, "exact", "jet"]]);
  });
  it("labels in digits or after a label word stay labels", () => {
    expect(all("Flight 212 landed late.")).toEqual([]);
    expect(all("They won Game six at home.")).toEqual([]);
    expect(all("See Chapter four for details.")).toEqual([]);
  });
});

describe("a particle inside a name", () => {
  it("'ten' between two parts of a name stays no figure", () => {
    expect(all("Coach Pieter ten Hoven praised 11 players.")).toEqual([[11, "exact", "player"]]);
  });
});

describe("'over' a span after a change", () => {
  it("is the span the change is measured over", () => {
    expect(all("The 2.7% rise was over 12 months.")).toEqual([[2.7, "exact", "percent"], [12, "exact", "month"]]);
    expect(all("Rent growth over 18 months reached 9%.")).toEqual([[18, "exact", "month"], [9, "exact", "percent"]]);
  });
  it("a wait or a level keeps 'more than'", () => {
    expect(all("The backlog was over 14 months.")).toEqual([[14, "more_than", "month"]]);
    expect(all("The increase was over 6 percent.")).toEqual([[6, "more_than", "percent"]]);
  });
});
