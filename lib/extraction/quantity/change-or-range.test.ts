import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("a change between two figures is not a range", () => {
  it("a revision with a word of direction before from", () => {
    expect(all("The agency revised its March estimate upward, from 12,000 to 19,000 jobs.")).toEqual([
      [12000, "exact", "job"],
      [19000, "exact", "job"],
    ]);
  });
  it("a verb of change in its base form or an -ing form before from", () => {
    expect(all("Analysts expect rents to jump from 4.1 per cent to 4.8 per cent.")).toEqual([
      [4.1, "exact", "percent"],
      [4.8, "exact", "percent"],
    ]);
    expect(all("Repair costs could surge from $4 million to $9 million.").map(([v]) => v)).toEqual([4e6, 9e6]);
    expect(all("Enrolment kept climbing from 300 to 340 pupils.").map(([v, q]) => [v, q])).toEqual([[300, "exact"], [340, "exact"]]);
  });
  it("without a verb of change, from ... to is a spread", () => {
    expect(all("The course lasts from 10 to 14 days.")).toEqual([[[10, 14], "range", "day"]]);
    expect(all("Tickets sell from 12 to 18 euros.")).toEqual([[[12, 18], "range", "euro"]]);
  });
  it("an added amount, a comma, then the old and new levels", () => {
    expect(all("Tenants will pay an extra $41, from $610 to $651.")).toEqual([
      [41, "exact", "dollar"],
      [610, "exact", "dollar"],
      [651, "exact", "dollar"],
    ]);
    expect(all("Members face a hike of 6 percent, from 80 to 85 cents.").map(([v, q]) => [v, q])).toEqual([
      [6, "exact"],
      [80, "exact"],
      [85, "exact"],
    ]);
  });
  it("keeps a spread after an added count that has its own verb", () => {
    expect(all("An extra 12 ferries will sail, from 7 to 10 each night.").map(([v, q]) => [v, q])).toEqual([
      [12, "exact"],
      [[7, 10], "range"],
    ]);
  });
  it("an updated running count", () => {
    expect(all("Officials updated the toll from nine to 14 overnight.").map(([v, q]) => [v, q])).toEqual([
      [9, "exact"],
      [14, "exact"],
    ]);
  });
  it("a change in percent, then the new level", () => {
    expect(all("The index jumped 4.1 percent to 1,930.5 on Monday.").map(([v, q, u]) => [v, q, u === "percent"])).toEqual([
      [4.1, "exact", true],
      [1930.5, "exact", false],
    ]);
  });
  it("keeps a range that is a spread, with or without a verb of change", () => {
    expect(all("Estimates ranged from 300 to 450 homes.")).toEqual([[[300, 450], "range", "home"]]);
    expect(all("Fares will be 5 percent to 8 percent higher.")).toEqual([[[5, 8], "range", "percent"]]);
  });
});

describe("after a verb of change, a change and the new level", () => {
  it("a fraction or a 'by' before 'to' is the change", () => {
    expect(all("Officials expect dairy revenues to drop by a third to NZ$14 billion.")).toEqual([
      [1 / 3, "exact", "revenue"],
      [14e9, "exact", "new zealand dollar"],
    ]);
    expect(all("The tally rose by 40 to 310 cases.").map(([v]) => v)).toEqual([40, 310]);
    expect(all("Enrolment dropped almost 9,000 to 120,400.").map(([v, q]) => [v, q])).toEqual([[9000, "nearly"], [120400, "exact"]]);
    expect(all("Imports were cut by half.")).toEqual([[0.5, "exact", "import"]]);
  });
  it("two close ends after a verb stay a range", () => {
    expect(all("Prices rose 5 to 10 percent last year.")).toEqual([[[5, 10], "range", "percent"]]);
    expect(all("Sales jumped 2 to 3 million units.")).toEqual([[[2e6, 3e6], "range", "unit"]]);
  });
});

describe("a change, then the level it reached", () => {
  it("a word of direction after the verb of change makes the first figure the change", () => {
    expect(all("The May count was revised downward 12,000 to 96,000.").map(([v, q]) => [v, q])).toEqual([[12000, "exact"], [96000, "exact"]]);
    expect(all("Orders were revised up 8,500 to 41,000 last month.").map(([v, q]) => [v, q])).toEqual([[8500, "exact"], [41000, "exact"]]);
  });
  it("a unit or a scale written once, after the second end, keeps a range", () => {
    expect(all("Shares went down 3 to 5 percent.")).toEqual([[[3, 5], "range", "percent"]]);
    expect(all("Shares were down 3 to 5 percent.")).toEqual([[[3, 5], "range", "percent"]]);
    expect(all("Economists expect payrolls to grow 150,000 to 200,000 in June.").map(([v, q]) => [v, q])).toEqual([[[150000, 200000], "range"]]);
  });
  it("a unit word or a currency written once, after the second end, keeps a range", () => {
    expect(all("The Velsby index moved higher 3 to 5 points in early trade, dealers said.")).toEqual([[[3, 5], "range", "point"]]);
    expect(all("The forecast for Kesh was revised down 1 to 2 degrees.")).toEqual([[[1, 2], "range", "degree"]]);
    expect(all("Ardley Mining shares went up 10 to 20 cents on Friday.").map(([v, q]) => [v, q])).toEqual([[[10, 20], "range"]]);
  });
  it("a noun of change with its 'in' phrase before from ... to", () => {
    expect(all("Doctors saw an increase in the number of patients admitted from 19 to 34.").map(([v, q]) => [v, q])).toEqual([[19, "exact"], [34, "exact"]]);
    expect(all("The report found a sharp fall in the share of renters on waiting lists from 41 to 29 percent.").map(([v, q]) => [v, q])).toEqual([[41, "exact"], [29, "exact"]]);
  });
  it("keeps a spread when another verb or 'range' stands between", () => {
    expect(all("A rise in prices is expected to range from 3 to 5 percent.")).toEqual([[[3, 5], "range", "percent"]]);
    expect(all("The increase in the number of staff on duty will run from 10 to 14 days.").map(([v, q]) => [v, q])).toEqual([[[10, 14], "range"]]);
  });
  it("keeps a spread when a comma stands between or the 'in' phrase names no measure of something", () => {
    expect(all("Following a surge in demand, Kesh shops charged from 300 to 500 rupees for rice.")).toEqual([[[300, 500], "range", "rupee"]]);
    expect(all("After a sharp rise in prices last month, traders in Velsby sold from 20 to 40 bags a day.")).toEqual([[[20, 40], "range", "bag per day"]]);
    expect(all("A surge in demand last winter saw Kesh shops charge from 300 to 500 rupees.").map(([v, q]) => [v, q])).toEqual([[[300, 500], "range"]]);
  });
});

describe("a word of spread before from ... to", () => {
  it("'anywhere from' keeps a range after a verb of change", () => {
    expect(all("The cartel could cut output anywhere from 0.4 to 1.2 million barrels per day.").map(([v, q]) => [v, q])).toEqual([[[400000, 1200000], "range"]]);
    expect(all("The cartel could raise output from 9.2 to 10.4 million barrels per day.").map(([v, q]) => [v, q])).toEqual([[9200000, "exact"], [10400000, "exact"]]);
  });
});

describe("a level set by a verb of change, however long its object", () => {
  const pairs = (s: string) => all(s).map(([v, q]) => [v, q]);
  it("reads the old and the new level after a verb that sets a level and its object", () => {
    expect(pairs("The county raised the maximum penalty for dumping waste on farmland from $800 to $2,500.")).toEqual([
      [800, "exact"],
      [2500, "exact"],
    ]);
    expect(pairs("The league increased the number of teams in its second division from 16 to 20.")).toEqual([
      [16, "exact"],
      [20, "exact"],
    ]);
    expect(pairs("The authority has revised the speed limit on the coastal ring road from 40 to 60 km/h.")).toEqual([
      [40, "exact"],
      [60, "exact"],
    ]);
    expect(pairs("The board has increased the pension paid to the families of miners from 900 to 1,400 rand.")).toEqual([
      [900, "exact"],
      [1400, "exact"],
    ]);
    expect(pairs("The court extended the filing window from 30 to 45 days.")).toEqual([
      [30, "exact"],
      [45, "exact"],
    ]);
    expect(pairs("The regulator lifted the cap on foreign stakes from 49 to 74 percent.")).toEqual([
      [49, "exact"],
      [74, "exact"],
    ]);
    // "to" before "from" may be a preposition of the object.
    expect(pairs("The airline raised flights to Velmar from 10 to 14.")).toEqual([
      [10, "exact"],
      [14, "exact"],
    ]);
  });
  it("reads 'hike', 'raising' and 'upped' as verbs or nouns of change", () => {
    expect(pairs("The state hiked the toll on the bridge from Rs 40 to Rs 55.")).toEqual([
      [40, "exact"],
      [55, "exact"],
    ]);
    expect(pairs("The mill is raising the day rate from 700 to 900 shillings.")).toEqual([
      [700, "exact"],
      [900, "exact"],
    ]);
    expect(pairs("Organisers upped the prize from $3,000 to $5,000.")).toEqual([
      [3000, "exact"],
      [5000, "exact"],
    ]);
    expect(pairs("A 20 percent hike, from 150 to 180 pesos, took effect.")).toEqual([
      [20, "exact"],
      [150, "exact"],
      [180, "exact"],
    ]);
  });
  it("keeps a spread governed by another verb or a participle (near-misses)", () => {
    expect(pairs("A hike in bus fares will cost commuters from 30 to 50 dollars a month.")).toEqual([[[30, 50], "range"]]);
    expect(pairs("The dealer cut prices on vans costing from $20,000 to $30,000.")).toEqual([[[20000, 30000], "range"]]);
    expect(pairs("The fund raised grants for families earning from $300 to $500 a week.")).toEqual([[[300, 500], "range"]]);
    expect(pairs("The city raised the fine, which applies to stalls that sell from 20 to 40 items.")).toEqual([[[20, 40], "range"]]);
    expect(pairs("Rice sold at the market from 300 to 500 rupees a sack.")).toEqual([[[300, 500], "range"]]);
    expect(pairs("The city raised the fine to deter vendors who sell from 20 to 40 items.")).toEqual([[[20, 40], "range"]]);
  });
});

describe("a change by one figure to another of similar size is a range of the change", () => {
  it("a bare first figure sharing the second's percent, scale or unit", () => {
    expect(all("Wages at Parro will increase by 3 to 4 percent.")).toEqual([[[3, 4], "range", "percent"]]);
    expect(all("Rents rose by 10 to 15 percent last month.")).toEqual([[[10, 15], "range", "percent"]]);
    expect(all("Output could fall by 2 to 3 million barrels.")).toEqual([[[2e6, 3e6], "range", "barrel"]]);
    expect(all("Fares will rise by 10 to 15 cents.")).toEqual([[[10, 15], "range", "cent"]]);
  });
  it("a level far above the change, a unit of its own or a bare pair stay the change and the level", () => {
    expect(all("Payrolls were revised up by 16,000 to 167,000.").map(([v, q]) => [v, q])).toEqual([[16_000, "exact"], [167_000, "exact"]]);
    expect(all("Inflation rose by 0.3 points to 2.1%.")).toEqual([[0.3, "exact", "point"], [2.1, "exact", "percent"]]);
    expect(all("The jobless rate rose by 1 to 5 percent.").map(([v, q]) => [v, q])).toEqual([[1, "exact"], [5, "exact"]]);
    expect(all("The toll rose by 4 to 6.").map(([v, q]) => [v, q])).toEqual([[4, "exact"], [6, "exact"]]);
    expect(all("Exports fell by 2% to 3% this year.").map(([v, q]) => [v, q])).toEqual([[2, "exact"], [3, "exact"]]);
  });
});
