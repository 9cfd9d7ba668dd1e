import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("words made with a number are no amount", () => {
  it.each([
    "The zero-tolerance policy was scrapped.",
    "Carmakers want zero-emission trucks.",
    "Operators are rolling out 5G networks.",
    "He spoke outside 10 Downing Street.",
    "Protesters gathered at 1600 Pennsylvania Avenue.",
  ])("%s", (s) => {
    expect(all(s)).toEqual([]);
  });
  it("reads a multiple in folds, written as one word or joined, as a multiple with no unit (as \"double\")", () => {
    expect(all("Cases rose five-fold in a month.")).toEqual([[5, "exact", null]]);
    expect(all("It was a 5-fold rise in arrests.")).toEqual([[5, "exact", null]]);
    expect(all("Dengue cases are up fivefold on last year.")).toEqual([[5, "exact", null]]);
    expect(all("It is an around tenfold rise.")).toEqual([[10, "approximately", null]]);
  });
  it("leaves words ending in fold that are no multiple", () => {
    expect(all("Manifold problems remain.")).toEqual([]);
    expect(all("The blindfold was removed after 2 hours.")).toEqual([[2, "exact", "hour"]]);
  });
  it("keeps a zero that counts and grams in lower case", () => {
    expect(all("There were zero cases on Monday.")).toEqual([[0, "exact", "case"]]);
    expect(all("Add 5g of sugar.")).toEqual([[5, "exact", "gram"]]);
  });
  it("keeps a count before a street's name when the street is not named", () => {
    expect(all("Fire destroyed 12 homes on Elm Street.")).toEqual([[12, "exact", "home"]]);
  });
});

describe("approximate counts and basis points", () => {
  it("reads '20-odd' as about 20 of the noun after it", () => {
    expect(all("The 20-odd protesters dispersed.")).toEqual([[20, "approximately", "protester"]]);
  });
  it("reads bp and bps as basis points, glued or not", () => {
    expect(all("The bank cut rates by 25bp.")).toEqual([[25, "exact", "basis point"]]);
    expect(all("The bank cut rates by 50 bps.")).toEqual([[50, "exact", "basis point"]]);
  });
});

describe("a make and model between a count and its noun", () => {
  it.each([
    ["Two F-35 jets were scrambled.", "jet"],
    ["Three Su-27 fighters flew over the sea.", "fighter"],
    ["Two Boeing 737 jets collided on the runway.", "jet"],
    ["The airline took delivery of six Airbus A321 aircraft.", "aircraft"],
  ])("%s", (s, unit) => {
    expect(all(s)[0]).toEqual([expect.any(Number), "exact", unit]);
  });
});

describe("title-case headlines with a verb in -s before the count", () => {
  it.each([
    ["Fire Destroys 12 Homes On Elm Street", [[12, "exact", "home"]]],
    ["Storm Leaves 3 Dead In Texas", [[3, "exact", "person"]]],
    ["Bomb Blast Claims 20 Lives", [[20, "exact", "life"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it("keeps names in -s before a number as labels", () => {
    expect(all("Microsoft Releases Windows 11 Update")).toEqual([]);
    expect(all("Fans Queue For Series 7 Premiere")).toEqual([]);
  });
});

describe("ties, Korean money, quake symbols and spans spread over days", () => {
  it("reads two equal sides as a tie or an even split, not a figure", () => {
    expect(all("It is a 50-50 chance, the coach said.")).toEqual([]);
    expect(all("The game ended 1-1 on Sunday.")).toEqual([]);
    expect(all("Highs will be 20-25 degrees.")).toEqual([[[20, 25], "range", "degree"]]);
  });
  it("reads 'won' after a scale as Korea's money and as a verb elsewhere", () => {
    expect(all("The 3.5 trillion won budget passed.")).toEqual([[3500000000000, "exact", "won"]]);
    expect(all("Samsung won 3 contracts.")).toEqual([[3, "exact", "contract"]]);
  });
  it("reads 'M6.2' before a quake as its magnitude", () => {
    expect(all("An M6.2 earthquake hit the island.")).toEqual([[6.2, "exact", "magnitude"]]);
    expect(all("The Model M6 sold out.")).toEqual([]);
  });
  it("reads 'over' after another span as the days it spread over", () => {
    expect(all("The jury deliberated for about 9 hours over 2 days.")).toEqual([[9, "approximately", "hour"], [2, "exact", "day"]]);
    expect(all("He was jailed for over 3 years.")).toEqual([[3, "more_than", "year"]]);
  });
});

describe("casualties named by what befell them", () => {
  it.each([
    ["At least 5 were seriously injured in the crash.", [[5, "at_least", "person"]]],
    ["The toll climbed to 112 on Sunday.", [[112, "exact", "death"]]],
    ["The number of dead rose from 12 to 20.", [[12, "exact", "person"], [20, "exact", "person"]]],
    ["Casualties rose to 30.", [[30, "exact", "casualty"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});

describe("tallies and tiebreaks", () => {
  it("reads a tally after the chamber that cast it", () => {
    expect(all("The bill passed the House 220-210.")).toEqual([[220, "exact", "vote"], [210, "exact", "vote"]]);
    expect(all("Parliament voted 326 to 250 in favour.")).toEqual([[326, "exact", "vote"], [250, "exact", "vote"]]);
  });
  it("leaves a tiebreak's points in brackets after a set's score alone", () => {
    expect(all("Djokovic won 6-3, 6-4, 7-6(5) to reach the final.")).toEqual([]);
    expect(all("She won 7-6 (5), 6-4.")).toEqual([]);
    expect(all("The flight was delayed (5 hours) by fog.")).toEqual([[5, "exact", "hour"]]);
  });
});

describe("multiples, ages in commas, energy and data rates, tens of billions", () => {
  it("reads 'N times' before a comparison as a multiple, and a frequency as a count, both in times", () => {
    expect(all("Prices are three times higher than last year.")).toEqual([[3, "exact", "time"]]);
    expect(all("The area is 10 times the size of Paris.")).toEqual([[10, "exact", "time"]]);
    expect(all("Losses ran almost four times as much as forecast.")).toEqual([[4, "nearly", "time"]]);
    expect(all("Osterby's drop was two and a half times the 4% slide nationally.")).toEqual([[2.5, "exact", "time"], [4, "exact", "percent"]]);
    expect(all("He was arrested three times after the raid.")).toEqual([[3, "exact", "time"]]);
    expect(all("It rained 3 times over the summer.")).toEqual([[3, "exact", "time"]]);
  });
  it("reads 'twice' as two times, not in a word made with it or a scorer's goals", () => {
    expect(all("The ferry had to turn back twice.")).toEqual([[2, "exact", "time"]]);
    expect(all("Melt there is more than twice the loss in the south.")).toEqual([[2, "more_than", "time"]]);
    expect(all("The board meets twice-yearly.")).toEqual([]);
    expect(all("Okafor scored twice for the visitors.")).toEqual([]);
  });
  it("reads a number in commas after a person as an age", () => {
    expect(all("The man, 34, was charged with murder.")).toEqual([]);
    expect(all("The suspects, 12, were held.")).toEqual([[12, "exact", "suspect"]]);
  });
  it.each([
    ["The plant produces 500 MW of power.", 500, "megawatt"],
    ["The battery stores 100 kWh.", 100, "kilowatt hour"],
    ["Lines run at 100 Mbps.", 100, "megabit per second"],
  ])("%s", (s, value, unit) => {
    expect(all(s)).toEqual([[value, "exact", unit]]);
  });
  it("bounds 'tens of billions' as it bounds tens of millions", () => {
    expect(all("The plan would cost tens of billions of dollars.")).toEqual([[[20_000_000_000, 99_999_999_999], "vague", "dollar"]]);
  });
});

describe("a model's number before its suffix", () => {
  it("is no amount after an article, a possessive or a maker", () => {
    expect(findQuantities("The 757 MAX program was paused after 2 incidents.").map((m) => [m.value, m.unit])).toEqual([[2, "incident"]]);
    expect(findQuantities("Airbus's 321 NEO sold well.")).toEqual([]);
  });
  it("stays a count when a verb comes before it", () => {
    expect(findQuantities("Carriers ordered 25 MAX jets.").map((m) => [m.value, m.unit])).toEqual([[25, "jet"]]);
  });
});

describe("a side of a place before 'half' or 'third'", () => {
  it("is a region, no share", () => {
    expect(all("Arlen and Tessel, hill towns with some 30,000 each, lie in the western half of Dorrin province.")).toEqual([[30000, "approximately", "town"]]);
    expect(all("Storms battered the north-eastern half of Vessia.")).toEqual([]);
    expect(all("Rain cooled the southern third of the reef.")).toEqual([]);
  });
  it("a share of a place keeps its reading", () => {
    expect(all("Half of the state lost power.")).toEqual([[0.5, "exact", "state"]]);
    expect(all("Nearly half of the households in Arlen lost power.")).toEqual([[0.5, "nearly", "household"]]);
  });
  it("only a compass side is a region: the lower or upper half of people is a share", () => {
    expect(all("Tax cuts went to the lower half of earners, the report said.")).toEqual([[0.5, "exact", "earner"]]);
    expect(all("Storms battered the northwestern half of Vessia.")).toEqual([]);
  });
});

describe("a year named by the words around it", () => {
  it("is no count of what follows it", () => {
    expect(all("In their fiscal year 2019 spending bills, lawmakers seek 5 percent more.")).toEqual([[5, "exact", "percent"]]);
    expect(all("In the 2019 fiscal year, sales rose 3%.")).toEqual([[3, "exact", "percent"]]);
    expect(all("The FY 2021 budget grew 3 percent.")).toEqual([[3, "exact", "percent"]]);
    expect(all("Output in fiscal 2020 rose by 12 tonnes.")).toEqual([[12, "exact", "tonne"]]);
  });
  it("is no bound after a comparison word when a year's level is meant", () => {
    expect(all("Sales fell below 2019 levels, down 4 percent.")).toEqual([[4, "exact", "percent"]]);
    expect(all("Prices are 2000 dollars above 2019 levels.")).toEqual([[2000, "exact", "dollar"]]);
  });
  it("leaves four-digit counts as counts", () => {
    expect(all("It had 2019 students.")).toEqual([[2019, "exact", "student"]]);
    expect(all("Over 2000 students enrolled.")).toEqual([[2000, "more_than", "student"]]);
    expect(all("Sales stayed below 1500 units.")).toEqual([[1500, "less_than", "unit"]]);
  });
});

describe("dashes that are no minus sign and no range", () => {
  it("reads a figure after a share set off by a space and a hyphen, or after a double hyphen, as positive", () => {
    expect(all("Ghani won with 50.64% -923,592 votes.")).toEqual([[50.64, "exact", "percent"], [923592, "exact", "vote"]]);
    expect(all("Turnout came from 24,258 stations--98% of the total.")).toEqual([[24258, "exact", "station"], [98, "exact", "percent"]]);
  });
  it("keeps a minus sign where one is written", () => {
    expect(all("Temperatures fell to -12 C overnight.")).toEqual([[-12, "exact", "degree celsius"]]);
    expect(all("Profit was -5 million euros.")).toEqual([[-5000000, "exact", "euro"]]);
  });
  it("reads a span of years with an en dash as years, and other spans with one as ranges", () => {
    expect(all("The 2012–13 budget is 3.1 billion dollars.")).toEqual([[3100000000, "exact", "dollar"]]);
    expect(all("Between 5–9 people died.")).toEqual([[[5, 9], "range", "person"]]);
    expect(all("Prices rose 3–4%.")).toEqual([[[3, 4], "range", "percent"]]);
  });
});

describe("a multiple as a verb", () => {
  it("is a figure with a qualifier before it", () => {
    expect(all("Output more than tripled to 40,500 tonnes.")).toEqual([[3, "more_than", null], [40500, "exact", "tonne"]]);
    expect(all("Sales nearly doubled last year.")).toEqual([[2, "nearly", null]]);
  });

  it("states no figure bare", () => {
    expect(all("Prices doubled last year.")).toEqual([]);
  });
});

describe("a count of digits", () => {
  it("is a vague percentage of a change or a rate", () => {
    expect(all("Carmakers reported double-digit gains over the summer.")).toEqual([[[10, 99], "vague", "percent"]]);
    expect(all("Rival firms saw double-digit sales declines.")).toEqual([[[10, 99], "vague", "percent"]]);
    expect(all("Inflation returned to double digits in May.")).toEqual([[[10, 99], "vague", "percent"]]);
    expect(all("The jobless rate fell to single digits.")).toEqual([[[1, 9], "vague", "percent"]]);
  });

  it("leaves a lead, a win or a score alone", () => {
    expect(all("The party holds a double-digit lead in polls.")).toEqual([]);
    expect(all("He scored in double digits.")).toEqual([]);
    expect(all("It was a double-digit win.")).toEqual([]);
  });
});
