import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

type Row = [number | string, string | null, string];
const all = (s: string): Row[] => findQuantities(s).map((m) => [m.value ?? `${m.low}..${m.high}`, m.unit, m.qualifier]);

describe("units get one name whatever the spelling; abbreviations get one full word", () => {
  it.each([
    ["The road is 12 kilometres long.", "kilometer"],
    ["The road is 12 kilometers long.", "kilometer"],
    ["The road is 12 km long.", "kilometer"],
    ["a 30 metre wall", "meter"],
    ["a 30m-high wall", "meter"],
    ["It carried 40 tons of grain.", "ton"],
    ["It carried 40 tonnes of grain.", "tonne"],
    ["It carried 40t of grain.", "tonne"],
    ["It carried 16,000 metric tons of grain.", "tonne"],
    ["It costs 470 pence.", "penny"],
    ["He carried 3 kilos of rice.", "kilogram"],
    ["The shift lasts 3 hrs.", "hour"],
    ["a 1.5 million gallon aquarium", "gallon"],
    ["It costs 100 Chinese yuan.", "yuan"],
    ["It costs 10 Turkish lira.", "lira"],
    ["It costs a quarter million US dollars.", "dollar"],
    ["It costs 10 us dollar.", "dollar"],
  ])("%s → %s", (s, unit) => {
    expect(findQuantities(s)[0]?.unit).toBe(unit);
  });
});

describe("number forms of wire and business copy", () => {
  it.each<[string, Row[]]>([
    ["spending was down 0 . 6 % to 309,381 yen", [[0.6, "percent", "exact"], [309381, "yen", "exact"]]],
    ["The value is one billion and a half million.", [[1_000_500_000, null, "exact"]]],
    ["The target is US$ 1MM.", [[1_000_000, "dollar", "exact"]]],
    ["Output was 1,674,200.5 M units.", [[1_674_200_500_000, "unit", "exact"]]],
    ["They lost 75 USD million.", [[75_000_000, "dollar", "exact"]]],
    ["Banknotes: 5 €, 10 €.", [[5, "euro", "exact"], [10, "euro", "exact"]]],
    ["I would do it for $15.4/hour.", [[15.4, "dollar per hour", "exact"]]],
    ["He is 5 feet 2 inches tall.", [[5 + 2 / 12, "foot", "exact"]]],
    ["It cost 3 dollars and 50 cents.", [[3.5, "dollar", "exact"]]],
    ["The door is 2 1/2 in thick.", [[2.5, "inch", "exact"]]],
    ["The pencil is 2 in.", [[2, "inch", "exact"]]],
    ["The bank cut 3 dzs of jobs.", [[36, "job", "exact"]]],
  ])("%s", (s, want) => {
    const got = all(s);
    expect(got.length).toBe(want.length);
    got.forEach((g, n) => {
      expect(g[0]).toBeCloseTo(want[n][0] as number, 6);
      expect(g.slice(1)).toEqual(want[n].slice(1));
    });
  });

  it("keeps 'in' a preposition where a phrase follows", () => {
    expect(all("He arrived at 2 in the morning.")).toEqual([[2, null, "exact"]]);
    expect(all("One in 4 people voted.")).toEqual([[0.25, "person", "exact"]]);
  });

  it("reads no amount in a code, a question about percentages, or a lone 'one' before a count", () => {
    expect(all("Part 24703L202 was replaced.")).toEqual([]);
    expect(all("Transfer to 1111-22223333-4444.")).toEqual([]);
    expect(all("How do I calculate a percentage?")).toEqual([]);
    expect(all("One man carried a crutch.")).toEqual([]);
  });

  it("reads a lone 'one' before a measure or money", () => {
    expect(all("They walked one mile.")).toEqual([[1, "mile", "exact"]]);
    expect(all("It withdrew its one-yen bid.")).toEqual([[1, "yen", "exact"]]);
  });

  it("keeps alternatives after 'either' apart", () => {
    expect(all("either 10 bln or 10 tln")).toEqual([[10_000_000_000, null, "exact"], [10_000_000_000_000, null, "exact"]]);
  });

  it("does not join a percentage change and the new level into a range", () => {
    expect(all("Capacity grew by 25% to 34,500 tonnes.")).toEqual([[25, "percent", "exact"], [34500, "tonne", "exact"]]);
  });
});

describe("bounds and comparisons", () => {
  it.each<[string, Row[]]>([
    ["The number is above 1000 and below 1500.", [["1000..1500", null, "range"]]],
    ["higher or equal than one hundred, lower or equal than three hundred", [["100..300", null, "range"]]],
    ["His score is less than 5000 or equal.", [[5000, null, "at_most"]]],
    ["His score is more than 5000 or equal to it.", [[5000, null, "at_least"]]],
    ["equal to 5000 or less than 6000", [[5000, null, "exact"], [6000, null, "less_than"]]],
    ["less than 10 and more than 40", [[10, null, "less_than"], [40, null, "more_than"]]],
    ["There was more than a 50 percent jump in deaths.", [[50, "percent", "more_than"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it("gives a new level the unit of the old one written after it with 'from'", () => {
    expect(all("Backing for the Greens dipped to 11.2 from 11.8 percent.")).toEqual([[11.2, "percent", "exact"], [11.8, "percent", "exact"]]);
    expect(all("The ward has grown to 5,200 from 4,900 patients.")).toEqual([[5200, "patient", "exact"], [4900, "patient", "exact"]]);
    // near-miss: "from" starting the change keeps the old reading of each figure
    expect(all("The rate rose from 4.1 to 4.4 percent.")).toEqual([[4.1, "percent", "exact"], [4.4, "percent", "exact"]]);
  });
  it("counts what a subject's numbers count, and the noun of 'the number of' past an adverb of the change", () => {
    expect(all("Over the summer, passenger numbers rose 4.1% to 2.3 million.")).toEqual([[4.1, "percent", "exact"], [2_300_000, "passenger", "exact"]]);
    expect(all("The number of flights cancelled at the airport fell sharply to 8,410 in 2022.")).toEqual([[8410, "flight", "exact"]]);
    // near-miss: numbers with no noun before them name nothing counted
    expect(all("The official numbers rose to 400.")).not.toContainEqual([400, "official", "exact"]);
    // an adjective before the figures names nothing counted, and the figures are no noun counted either; a capital opening the sentence is lower-cased
    expect(all("In June, preliminary figures rose to 3,400, the Varn tourism board said.")).toEqual([[3400, null, "exact"]]);
    expect(all("In Tarvin, weekly figures climbed to 820 by Friday.")).toEqual([[820, null, "exact"]]);
    expect(all("Over the summer, record numbers climbed to 14,000 at the festival.")).toEqual([[14_000, null, "exact"]]);
    expect(all("In Pell, revised figures fell to 610.")).toEqual([[610, null, "exact"]]);
    expect(all("Visitor numbers rose 3.2 percent to 14.6 million last year.")).toEqual([[3.2, "percent", "exact"], [14_600_000, "visitor", "exact"]]);
    expect(all("Ferry figures climbed to 9,200 in May.")).toEqual([[9200, "ferry", "exact"]]);
    expect(all("In May, tourist numbers rose 2.1% to 3.8 million.")).toEqual([[2.1, "percent", "exact"], [3_800_000, "tourist", "exact"]]);
  });
  it("reads a year after 'in' as a year even before 'to'", () => {
    expect(all("Cases rose from 108,698 in 2014 to 120,836 cases.")).toEqual([[108698, "case", "exact"], [120836, "case", "exact"]]);
  });
});

describe("the counted noun", () => {
  it.each<[string, Row[]]>([
    ["Three other villagers survived.", [[3, "villager", "exact"]]],
    ["The court convicted all the 11 accused.", [[11, "accused", "exact"]]],
    ["They were given 45 and 50 mg of ethanol.", [[45, "milligram", "exact"], [50, "milligram", "exact"]]],
    ["It will build five of the three-ton satellites.", [[5, null, "exact"], [3, "ton", "exact"]]],
    ["144 people were rescued and 57 remain missing.", [[144, "person", "exact"], [57, "person", "exact"]]],
    ["Floods affect 400,000 and kill 15.", [[400000, "person", "exact"], [15, "person", "exact"]]],
    ["Five sentenced to death for murder.", [[5, "person", "exact"]]],
    ["Outbreak sickens 388 across the country.", [[388, "person", "exact"]]],
    ["It said 5,644 people had been exposed to torture under the old government, and 13 had been tortured by militants.", [[5644, "person", "exact"], [13, "person", "exact"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it("does not carry a measure or money to a later subject", () => {
    expect(all("The river rose 3 meters, and 40 were evacuated.")).toEqual([[3, "meter", "exact"], [40, "person", "exact"]]);
    expect(all("It paid $5 million, and 40 were sold.")).toEqual([[5_000_000, "dollar", "exact"], [40, null, "exact"]]);
  });
});

describe("conversions keep the qualifier of the figure they convert", () => {
  it.each<[string, Row[]]>([
    ["The bus fell about 200 feet, or 60 meters, to the ground.", [[200, "foot", "approximately"], [60, "meter", "approximately"]]],
    ["It is about 150 km (90 miles) north of the city.", [[150, "kilometer", "approximately"], [90, "mile", "approximately"]]],
    ["The wall is more than 10 feet (3 meters) high.", [[10, "foot", "more_than"], [3, "meter", "more_than"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it("leaves an unqualified second figure alone when the first is exact", () => {
    expect(all("It fell 200 feet, or 60 meters.")).toEqual([[200, "foot", "exact"], [60, "meter", "exact"]]);
  });

  it("gives a conversion below an upper bound the same bounds", () => {
    const [, b] = findQuantities("nearly 10 miles (16 km) away");
    expect(b).toMatchObject({ value: 16, low: null, high: 16, qualifier: "nearly", unit: "kilometer" });
  });
});

describe("'beyond' a figure", () => {
  it("is more than it", () => {
    const [m] = findQuantities("Rainfall beyond 110% of the average is called excess.");
    expect([m.low, m.high, m.qualifier, m.unit]).toEqual([110, null, "more_than", "percent"]);
    expect(findQuantities("Nobody stayed beyond 40 days.")[0]?.qualifier).toBe("more_than");
  });
  it("leaves a figure the word does not stand before alone", () => {
    expect(findQuantities("Beyond the river, 40 homes flooded.")[0]?.qualifier).toBe("exact");
  });
});

describe("people named by what befell them", () => {
  const units = (s: string) => all(s).map(([v, u]) => [v, u]);
  it("counts 'N dead' and 'N homeless' as persons, in a headline's capitals too", () => {
    expect(units("Seven Dead, 30 Injured In Ferry Fire")).toEqual([[7, "person"], [30, "person"]]);
    expect(units("One dead, 9 hurt as bus overturns near Dunmere")).toEqual([[1, "person"], [9, "person"]]);
    expect(units("The storm left 300 homeless in the delta.")).toEqual([[300, "person"]]);
  });
  it("leaves a noun after the word, and a name that starts with it, as what is counted", () => {
    expect(units("Wardens found 60 dead fish in the lagoon.")).toEqual([[60, "fish"]]);
    expect(units("The library holds 12 Dead Sea scrolls.")).toEqual([[12, "scroll"]]);
  });
});

describe("a bound before a figure joined to its unit as a noun's modifier", () => {
  it("is about the thing described, so the figure stays exact", () => {
    expect(all("The airport operates under a 25-year lease from the army.")).toEqual([[25, "year", "exact"]]);
    expect(all("The flood was greater than a 100-year event.")).toEqual([[100, "year", "exact"]]);
    expect(all("Yields fell to more than a 20-year low.")).toEqual([[20, "year", "exact"]]);
  });

  it("still bounds a figure that is the amount, and passes an approximation on", () => {
    expect(all("Sales saw more than a 50 percent jump.")).toEqual([[50, "percent", "more_than"]]);
    expect(all("It took more than a year.")).toEqual([[1, "year", "more_than"]]);
    expect(all("Prices fell to around a 30-year low.")).toEqual([[30, "year", "approximately"]]);
    expect(all("Prices rose under 25 percent.")).toEqual([[25, "percent", "less_than"]]);
  });
});

describe("a prison term \"N years to life\"", () => {
  it("is at least N years", () => {
    expect(all("He was sentenced to 22 years to life in prison.")).toEqual([[22, "year", "at_least"]]);
    expect(all("She got 15 years to life.")).toEqual([[15, "year", "at_least"]]);
  });

  it("leaves other words after the years alone", () => {
    expect(all("The loan runs 10 years to lifetime limits.")).toEqual([[10, "year", "exact"]]);
    expect(all("The park took 30 years to come to life.")).toEqual([[30, "year", "exact"]]);
  });
});

describe("\"as long as\" before a span", () => {
  it("is a ceiling, as \"as much as\" is", () => {
    expect(all("The wait could be as long as 98 weeks.")).toEqual([[98, "week", "at_most"]]);
  });
});

describe("a change written with \"moving from ... to\"", () => {
  it("is two levels, not a range", () => {
    expect(all("The pass rate held steady, moving from 94% to 95%.")).toEqual([[94, "percent", "exact"], [95, "percent", "exact"]]);
    expect(all("The pass rate was between 94% and 95%.")).toEqual([["94..95", "percent", "range"]]);
  });
});
