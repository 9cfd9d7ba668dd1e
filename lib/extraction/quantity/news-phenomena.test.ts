import { describe, expect, it } from "vitest";
import { findQuantities, parseQuantity } from "./parser";

const one = (s: string) => {
  const [m] = findQuantities(s);
  return m && { value: m.value, low: m.low, high: m.high, qualifier: m.qualifier, unit: m.unit };
};
const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit, m.qualifier]);

describe("fractions and ratios", () => {
  it.each([
    ["more than half of the residents", 0.5, "more_than", "resident"],
    ["about half of the 40 beds", 0.5, "approximately", null],
    ["a quarter of voters", 0.25, "exact", "voter"],
    ["two thirds of the vote", 2 / 3, "exact", "vote"],
    ["About two-thirds of the money", 2 / 3, "approximately", null],
    ["three in five adults", 0.6, "exact", "adult"],
    ["one in four children", 0.25, "exact", "child"],
    ["one out of 10 households", 0.1, "exact", "household"],
    ["two and a half miles", 2.5, "exact", "mile"],
    ["a 1/4 inch gap", 0.25, "exact", "inch"],
    ["10 1/2 miles of cable", 10.5, "exact", "mile"],
    ["a ½ cup", 0.5, "exact", null],
    ["five and a half million people", 5_500_000, "exact", "person"],
    ["half a million refugees", 500_000, "exact", "refugee"],
  ])("%s", (s, value, qualifier, unit) => {
    const m = one(s);
    expect(m?.value).toBeCloseTo(value as number, 9);
    expect(m?.qualifier).toBe(qualifier);
    if (unit !== null) expect(m?.unit).toBe(unit);
  });

  it("leaves ordinals and names alone", () => {
    expect(findQuantities("It was a third year of drought and a quarter final.")).toEqual([]);
    expect(all("It was 24/7 coverage of 9/11.")).toEqual([]);
    expect(all("The result is 8 in 5 cases.")).toEqual([[8, null, "exact"], [5, "case", "exact"]]);
    expect(all("3 in 2019")).toEqual([[3, null, "exact"]]);
  });
});

describe("ranges with the unit on both ends, comparison words, negatives", () => {
  it.each([
    ["30 cents to 32 cents", 30, 32, "cent"],
    ["a 5- to 9-meter wall", 5, 9, "meter"],
    ["one year to 20 months", 12, 20, "month"],
    ["temperatures from -12 °C to -20 °C", -20, -12, "degree celsius"],
    ["between 44 mg and 50 mg", 44, 50, "milligram"],
    ["$350 per kg to $680 per kg", 350, 680, "dollar per kilogram"],
    ["sizes ranged from 7 to 10 feet", 7, 10, "foot"],
    ["more than 10 but fewer than 20 people", 10, 20, "person"],
    ["20 through 100 votes", 20, 100, "vote"],
  ])("%s", (s, low, high, unit) => {
    expect(one(s)).toEqual({ value: null, low, high, qualifier: "range", unit });
  });

  it("keeps a change between two figures as two figures", () => {
    expect(all("Prices rose from 40 to 50 percent.")).toEqual([[40, "percent", "exact"], [50, "percent", "exact"]]);
  });

  it.each([
    ["sales may exceed 4000 units", "more_than", 4000],
    ["upwards of 300 homes", "more_than", 300],
    ["less than or equal to 30 days", "at_most", 30],
    ["greater than or equal to 50 votes", "at_least", 50],
    ["5,000 people or more", "at_least", 5000],
    ["200 votes or fewer", "at_most", 200],
  ])("%s", (s, qualifier, value) => {
    expect(one(s)).toMatchObject({ qualifier, value });
  });

  it.each([
    ["At dawn it was -10C.", -10, "degree celsius"],
    ["It was 30 C outside.", 30, "degree celsius"],
    ["a low of minus 5 degrees Fahrenheit", -5, "degree fahrenheit"],
    ["a loss of $-99.99", -99.99, "dollar"],
  ])("%s", (s, value, unit) => {
    expect(one(s)).toMatchObject({ value, unit });
  });

  it("reads a one-letter C or F as a temperature only at the end of a phrase, and a small c as cents", () => {
    expect(all("The 13F filing and 800,000 F-Series pickups")).toEqual([[800000, "pickup", "exact"]]);
    expect(all("It pays a dividend of 17c a share.")).toEqual([[17, "cent per share", "exact"]]);
  });

  it("does not read a hyphen inside a name or between numbers as a minus", () => {
    expect(all("The COVID-19 pandemic")).toEqual([]);
    expect(one("a range of 1000-5000 points")).toMatchObject({ low: 1000, high: 5000 });
  });
});

describe("the unit when the noun is elsewhere", () => {
  it.each([
    ["There were 21 cases in May and 35 in June.", [[21, "case", "exact"], [35, "case", "exact"]]],
    ["About 8,000 died in the quake.", [[8000, "person", "approximately"]]],
    ["The attack killed 12 and wounded 30.", [[12, "person", "exact"], [30, "person", "exact"]]],
    ["The death toll has risen to 61.", [[61, "death", "exact"]]],
    ["The death toll in Gaza has risen to 45,338.", [[45338, "death", "exact"]]],
    ["Total valid votes were 4,112,908.", [[4112908, "vote", "exact"]]],
    ["A magnitude 6.9 earthquake struck.", [[6.9, "magnitude", "exact"]]],
    ["There were 120 measles cases.", [[120, "case", "exact"]]],
  ])("%s", (s, expected) => {
    expect(all(s)).toEqual(expected);
  });

  it("keeps a vague amount without a noun unitless, unless what befell it says it counts people", () => {
    expect(one("Hundreds were sold.")).toMatchObject({ qualifier: "vague", unit: null });
    expect(one("Hundreds were killed.")).toMatchObject({ qualifier: "vague", unit: "person" }); // as the corpus labels "Dozens missing"
  });
});

describe("money and measures", () => {
  it.each([
    ["USD 200", 200, "dollar"],
    ["EUR 5m", 5_000_000, "euro"],
    ["115USD", 115, "dollar"],
    ["470 pence", 470, "penny"],
    ["34 cents", 34, "cent"],
    ["10 bln", 10_000_000_000, null],
    ["2 tln yen", 2_000_000_000_000, "yen"],
    ["£4.2m", 4_200_000, "pound"],
    ["1.8m tall", 1.8, "meter"],
    ["a 7m (23ft) swell", 7, "meter"],
    ["banks up to 4m (13 feet)", 4, "meter"],
    ["a 4m (£3.4m) grant", 4_000_000, null],
    ["10 000 people", 10_000, "person"],
    ["1 414 021 100 people", 1_414_021_100, "person"],
    ["13 lakh", 1_300_000, null],
    ["3 dozen eggs", 36, "egg"],
    ["c $ 16.4 million", 16_400_000, "canadian dollar"],
    ["$ 75 million", 75_000_000, "dollar"],
    ["301,338 km2", 301338, "square kilometer"],
    ["116,347 sq mi", 116347, "square mile"],
    ["16,000 metric tons", 16000, "tonne"],
    ["188 miles an hour", 188, "mile per hour"],
    ["10km/hr", 10, "kilometer per hour"],
    ["98.6 degrees f", 98.6, "degree fahrenheit"],
    ["40 deg celsius", 40, "degree celsius"],
    ["75ml", 75, "milliliter"],
    ["200lbs", 200, "pound"],
    ["2.5 kilometers", 2.5, "kilometer"],
  ])("%s", (s, value, unit) => {
    expect(parseQuantity(s)).toMatchObject({ value, unit });
  });
});

describe("numbers in mixed digits and words", () => {
  it.each([
    ["3 hundred and 21 yuan", 321],
    ["4 thousand 3 hundred and 21", 4321],
    ["The answer is minus one", -1],
    ["two million and one half", 2_500_000],
    ["one million and a half", 1_500_000],
    ["three lakh crore", 3e12],
    ["three dozens", 36],
  ])("%s", (s, value) => {
    expect(one(s)?.value).toBe(value);
  });

  it("keeps two figures joined by 'and' apart after a million", () => {
    // Apart, not 2,300,000; the first takes the noun written once for both.
    expect(all("2 million and 300,000 people")).toEqual([[2_000_000, "person", "exact"], [300_000, "person", "exact"]]);
  });
});

describe("proportions with 'every' or the noun between the numbers", () => {
  it("one in every N, one person in every N", () => {
    expect(all("A census finds one household in every 125 has no car.")).toEqual([[0.008, "household", "exact"]]);
    expect(all("One in every 10 adults is a carer.")).toEqual([[0.1, "adult", "exact"]]);
    expect(all("One child in 20 was absent.")).toEqual([[0.05, "child", "exact"]]);
    expect(all("One in 125 people is a migrant.")).toEqual([[0.008, "person", "exact"]]);
    expect(all("One in four adults is obese.")).toEqual([[0.25, "adult", "exact"]]);
  });
  it("a 'one' before a name or a year is no proportion", () => {
    expect(all("One man in Kelso said the roads were shut.")).toEqual([]);
    expect(all("He said one in 2019 was enough.")).toEqual([]);
  });
});

describe("finding the counted noun", () => {
  it("a singular noun in -s before the noun is a describing word, not a plural", () => {
    expect(all("The yard hired 40 oil and gas engineers.")).toEqual([[40, "engineer", "exact"]]);
    expect(all("Crews fixed 12 gas leaks.")).toEqual([[12, "leak", "exact"]]);
  });
  it("in 'one in N', a plural noun before a verb agreeing with 'one' is what is counted", () => {
    expect(all("One in every 8 adults smokes.")).toEqual([[0.125, "adult", "exact"]]);
    expect(all("One in five renters owns a car.")).toEqual([[0.2, "renter", "exact"]]);
    expect(all("One in 10 sports fans attends.")).toEqual([[0.1, "fan", "exact"]]);
    expect(all("One in four voters in the ward is undecided.")).toEqual([[0.25, "voter", "exact"]]);
  });
  it("a two-word noun after 'other' or 'more' is still one noun", () => {
    expect(all("Four of the seven other crew members were rescued.")).toEqual([[4, "crew member", "exact"], [7, "crew member", "exact"]]);
    expect(all("Officials opened 35 more polling stations.")).toEqual([[35, "polling station", "exact"]]);
    expect(all("Three other members quit.")).toEqual([[3, "member", "exact"]]);
  });
  it("a name of digits and a capitalised number word or letter describes the noun and is no range", () => {
    expect(all("The group opened 31 7-Eleven kiosks.")).toEqual([[31, "kiosk", "exact"]]);
    expect(all("The school bought 12 3-D printers.")).toEqual([[12, "printer", "exact"]]);
    expect(all("Robbers hit a 7-Eleven in Dunmore.")).toEqual([]);
    expect(all("Delays of 7-11 days are common.")).toEqual([[[7, 11], "day", "range"]]);
    expect(all("Bank Signs 10-Year Lease")).toEqual([[10, "year", "exact"]]);
  });
});

describe("a half or a quarter placed in a period or a game", () => {
  it("is no amount ('the first half of the year', 'second-quarter profit', 'the final quarter')", () => {
    expect(all("Cases rose by 19% in the first half of 2025.")).toEqual([[19, "percent", "exact"]]);
    expect(all("A total of 140 patients died during the first half of the year.")).toEqual([[140, "patient", "exact"]]);
    expect(all("Second-quarter profit rose 5%.")).toEqual([[5, "percent", "exact"]]);
    expect(all("They scored 3 goals in the final quarter.")).toEqual([[3, "goal", "exact"]]);
  });

  it("still counts a share ('half of the 40 deputies', 'a quarter of the 80 homes', 'more than half')", () => {
    expect(all("Half of the 40 deputies voted.")).toEqual([[0.5, "deputy", "exact"], [40, "deputy", "exact"]]);
    expect(all("A quarter of the 80 homes were lost.")).toEqual([[0.25, "home", "exact"], [80, "home", "exact"]]);
  });
});

describe("a lone 'one' that is the object of what befell it", () => {
  it("is a count ('killed one motorcyclist', 'arrested one suspect')", () => {
    expect(all("The crash also killed one motorcyclist and injured 13 people.")).toEqual([[1, "motorcyclist", "exact"], [13, "person", "exact"]]);
    expect(all("Police arrested one suspect on Monday.")).toEqual([[1, "suspect", "exact"]]);
  });

  it("stays no count as a reference ('killed one of the farmers', 'one day later')", () => {
    expect(all("The storm killed one of the farmers.")).toEqual([]);
    expect(all("They rescued the cat one day later.")).toEqual([]);
  });
});

describe("'over' a span after weather or events", () => {
  it("states the span ('heavy rain over three days', 'talks over two weeks')", () => {
    expect(all("Heavy rain over three days forced 4,000 people from their homes.")).toEqual([[3, "day", "exact"], [4000, "person", "exact"]]);
    expect(all("Talks over two weeks failed.")).toEqual([[2, "week", "exact"]]);
  });
  it("keeps the bound elsewhere ('delays of over 24 hours')", () => {
    expect(all("Delays of over 24 hours hit travellers.")).toEqual([[24, "hour", "more_than"]]);
  });
});

describe("half a measure, a decade of a count, speeds per second, an approximated span after 'a'", () => {
  it("'half a mile', 'about half an hour' are half of the unit", () => {
    expect(all("A levee of 900 metres (half a mile) gave way.")).toEqual([[900, "meter", "exact"], [0.5, "mile", "exact"]]);
    expect(all("The talks lasted about half an hour.")).toEqual([[0.5, "hour", "approximately"]]);
    expect(all("Half a dozen guards stood by.")).toEqual([[6, "guard", "exact"]]);
    expect(all("She baked half a loaf.")).toEqual([]);
  });
  it("'30-something crates' is a range of the thirties; an age or a cohort is not", () => {
    expect(all("Officials first counted 30-something crates on the quay.")).toEqual([[[30, 39], "crate", "range"]]);
    expect(all("A 40-something clerk was hired.").map(([, , q]) => q)).not.toContain("range");
    expect(all("About 30-odd people came.")).toEqual([[30, "person", "approximately"]]);
  });
  it("a distance per second is a speed, and a converted speed keeps its qualifier", () => {
    expect(all("Its speed, almost six miles per second (9.7 kilometres per second), surprised engineers.")).toEqual([
      [6, "mile per second", "nearly"],
      [9.7, "kilometer per second", "nearly"],
    ]);
    expect(all("She ran 400 metres a second time.")).toEqual([[400, "meter", "exact"]]);
  });
  it("'around a two-year low' approximates the span; 'under a five-year plan' names one", () => {
    expect(all("Sterling sank to around a three-year low against the euro.")).toEqual([[3, "year", "approximately"]]);
    expect(all("Output grew under a five-year plan.")).toEqual([[5, "year", "exact"]]);
  });
  it("'over' after a determiner bounds the span even after an amount", () => {
    expect(all("The board paid $9,000 of the debts during its over three year tenure.")).toEqual([[9000, "dollar", "exact"], [3, "year", "more_than"]]);
    expect(all("The gauge caught 118 mm of rain over 24 hours.")).toEqual([[118, "millimeter", "exact"], [24, "hour", "exact"]]);
  });
});

describe("a span of one after a verb of lasting", () => {
  it("'lasted an hour', 'spent a month' state a length", () => {
    expect(all("The hearing lasted an hour and ended without a ruling.")).toEqual([[1, "hour", "exact"]]);
    expect(all("She spent a month in hospital.")).toEqual([[1, "month", "exact"]]);
    expect(all("The talks lasted a week.")).toEqual([[1, "week", "exact"]]);
  });
  it("a span that dates something, an idiom or a span after another verb stays none", () => {
    expect(all("He came a day later.")).toEqual([]);
    expect(all("Wait a minute, he said.")).toEqual([]);
    expect(all("It took a while, then a day passed.")).toEqual([]);
  });
});

describe("the age of a thing", () => {
  it("'the 31-year-old record' and 'a 60-year-old ban' are spans in years", () => {
    expect(all("The sprinter broke the 31-year-old record on Friday.")).toEqual([[31, "year", "exact"]]);
    expect(all("The council lifted a 60-year-old ban on street trading.")).toEqual([[60, "year", "exact"]]);
  });
  it("the age of a person or an animal stays none", () => {
    expect(all("A 45-year-old man was arrested.")).toEqual([]);
    expect(all("The 3-year-old colt won the race.")).toEqual([]);
    expect(all("Police said the 34-year-old was held.")).toEqual([]);
  });
});

describe("an approximation shared by distances from places", () => {
  it("'about 45 km north of A and 80 km east of B' approximates both", () => {
    expect(all("The tremor hit about 45 kilometres north of Arlen and 80 kilometres east of Port Tessel.")).toEqual([
      [45, "kilometer", "approximately"],
      [80, "kilometer", "approximately"],
    ]);
  });
  it("another unit, or an approximation only on the second, is not shared", () => {
    expect(all("Some 40 miles south of Arlen and 300 people were evacuated.")).toEqual([[40, "mile", "approximately"], [300, "person", "exact"]]);
    expect(all("It struck 20 km north of Arlen and about 30 km east of Varro.")).toEqual([[20, "kilometer", "exact"], [30, "kilometer", "approximately"]]);
  });
});

describe("a multiple written 'double the', 'triple what'", () => {
  it("is a figure with no noun after a comma, a verb 'to be', a preposition or a qualifier", () => {
    expect(all("The firm earned nine cents a share, double what traders had forecast.")).toEqual([
      [9, "cent per share", "exact"],
      [2, null, "exact"],
    ]);
    expect(all("Each was told to repay Ksh6 million, which was double the Ksh3,000,000 taken.")).toEqual([
      [6e6, "shilling", "exact"],
      [2, null, "exact"],
      [3e6, "shilling", "exact"],
    ]);
    expect(all("Fees grew at double the rate of pay.")).toEqual([[2, null, "exact"]]);
    expect(all("Imports are now almost triple the level of 2015.")).toEqual([[3, null, "nearly"]]);
    expect(all("Bills are more than double what they were.")).toEqual([[2, null, "more_than"]]);
  });
  it("is none as a verb, a describing word or in a compound", () => {
    expect(all("The council plans to double the number of buses.")).toEqual([]);
    expect(all("Growers will triple their output.")).toEqual([]);
    expect(all("Double the fun this weekend.")).toEqual([]);
    expect(all("It was a double blow for the town.")).toEqual([]);
    expect(all("Wages saw a double-digit rise.")).toEqual([[[10, 99], "percent", "vague"]]); // a percentage, no multiple
    expect(all("Rents doubled the following year.")).toEqual([]);
  });
  it("is none as a verb after a list's comma, a modal, 'to' or 'rather than', with a qualifier or not", () => {
    expect(all("The party pledged to cut income tax, double the child allowance and build 300 new schools.")).toEqual([[300, "school", "exact"]]);
    expect(all("The new terminal would nearly double the capacity of Varden airport.")).toEqual([]);
    expect(all("Teska Mining hopes to more than double its output of copper by 2028.")).toEqual([]);
    expect(all("The council chose to freeze fees rather than double the charge for parking.")).toEqual([]);
    expect(all("The plan would at least double the number of beds at Orlen hospital.")).toEqual([]);
  });
});

describe("a scale word hyphened to the digits", () => {
  it("multiplies the amount out, as money, as a modifier of a noun, or before a mark", () => {
    expect(all("The province ran a $1.5-billion deficit last year.")).toEqual([[1.5e9, "dollar", "exact"]]);
    expect(all("Ottawa pledged $300-million for housing.")).toEqual([[3e8, "dollar", "exact"]]);
    expect(all("Traders had expected a 4-million-barrel build.")).toEqual([[4e6, "barrel", "exact"]]);
    expect(all("Sales of the phone passed the 20-million mark.").map((x) => x[0])).toEqual([2e7]);
  });
  it("leaves a range and a scale set off by a space as they were", () => {
    expect(all("Between 2-3 million people fled.")).toEqual([[[2e6, 3e6], "person", "range"]]);
    expect(all("The fund holds $1.5 billion.")).toEqual([[1.5e9, "dollar", "exact"]]);
  });
});

describe("an Indian amount followed by 'and a'", () => {
  it("adds no one from the article of the next phrase", () => {
    expect(all("The plan shows a revenue gap of Rs 2,491 crore and a fiscal gap of Rs 6,118 crore.").map((x) => x[0])).toEqual([24910000000, 61180000000]);
    expect(all("It cost 6 crore and two hundred rupees.").map((x) => x[0])).toEqual([60000200]);
  });
});

describe("a multiple set off by a dash after a figure", () => {
  it("is a figure, as after a comma", () => {
    expect(all("Lurton received 220mm – more than double the town's average rainfall.")).toEqual([[220, "millimeter", "exact"], [2, null, "more_than"]]);
    expect(all("Profit hit $9 million — triple the sum a year earlier.")).toEqual([[9e6, "dollar", "exact"], [3, null, "exact"]]);
  });
  it("a dash after a clause with no figure leaves a verb", () => {
    expect(all("They cut taxes – double the allowance came next.")).toEqual([]);
  });
});

describe("a multiple after 'with'", () => {
  it("is a figure, with its qualifier", () => {
    expect(all("The count rose, with nearly double the number of people sleeping outside.")).toEqual([[2, null, "nearly"]]);
  });
  it("a describing word or a verb after 'with' stays none", () => {
    expect(all("Officials were pleased with double-digit growth.")).toEqual([[[10, 99], "percent", "vague"]]); // a percentage, no multiple
    expect(all("The firm will go ahead with plans to double the fleet.")).toEqual([]);
  });
});
