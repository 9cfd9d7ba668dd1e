import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("qualifiers a little apart from the figure", () => {
  it("a qualifier before 'average of' or 'total of'", () => {
    expect(all("An estimated average of 4.2 million viewers tuned in.")).toEqual([[4200000, "approximately", "viewer"]]);
    expect(all("An estimated total of 900 ballots were spoiled.")).toEqual([[900, "approximately", "ballot"]]);
  });
  it("a negated bound is the opposite bound", () => {
    expect(all("Planners do not expect more than 40,000 visitors.")).toEqual([[40000, "at_most", "visitor"]]);
    expect(all("The council won't accept fewer than 12 bids.")).toEqual([[12, "at_least", "bid"]]);
    expect(all("More than 300 bids arrived.")).toEqual([[300, "more_than", "bid"]]);
  });
  it("at best, a figure is the most hoped for", () => {
    expect(all("Forecasts said that, at best, 2.5 million tickets would sell.")).toEqual([[2500000, "at_most", "ticket"]]);
  });
  it("passing or nearing a mark", () => {
    expect(all("Subscriptions passed the 10,000 mark in June.")).toEqual([[10000, "more_than", "subscription"]]);
    expect(all("Donations are nearing the 50,000 milestone.").map(([v, q]) => [v, q])).toEqual([[50000, "nearly"]]);
  });
  it("a reference value after a comparison word is exact, a bare bound keeps its qualifier", () => {
    expect(all("Core prices stayed above the 3% target.")).toEqual([[3, "exact", "percent"]]);
    expect(all("Turnout fell below its 40% threshold.")).toEqual([[40, "exact", "percent"]]);
    expect(all("The index closed over the 2,500 mark.").map(([v, q]) => [v, q])).toEqual([[2500, "exact"]]);
    expect(all("Wage growth stays above 4% target")).toEqual([[4, "exact", "percent"]]);
    expect(all("Borrowing is well above the 3% deficit limit.")).toEqual([[3, "exact", "percent"]]);
    expect(all("Growth stayed above 3%.")).toEqual([[3, "more_than", "percent"]]);
    expect(all("Over 1,200 pupils sat the exam.")).toEqual([[1200, "more_than", "pupil"]]);
    expect(all("The game has over 200 levels.")).toEqual([[200, "more_than", "level"]]);
  });
  it("an approximation before a list of counts covers each count without its own qualifier", () => {
    expect(all("Some 260 children and 95 women were treated.")).toEqual([[260, "approximately", "child"], [95, "approximately", "woman"]]);
    expect(all("About 40 men, 25 women and 12 children were rescued.").map(([, q]) => q)).toEqual(["approximately", "approximately", "approximately"]);
    expect(all("About 40 men and at least 20 women came.").map(([, q]) => q)).toEqual(["approximately", "at_least"]);
    expect(all("Some 300 homes were hit and 12 people died.").map(([, q]) => q)).toEqual(["approximately", "exact"]);
    expect(all("Floods killed 5 people and about 30 cattle.").map(([, q]) => q)).toEqual(["exact", "approximately"]);
  });
  it("an approximation before shares of groups covers each share", () => {
    expect(all("About 67.15% boys and 74.08% of girls cleared the test.").map(([v, q]) => [v, q])).toEqual([
      [67.15, "approximately"],
      [74.08, "approximately"],
    ]);
    expect(all("Roughly 58 percent of the men, 63 percent of the women agreed.").map(([, q]) => q)).toEqual(["approximately", "approximately"]);
  });
  it("does not share it across a clause with its own verb", () => {
    expect(all("About 35% voted and 20% stayed away.").map(([, q]) => q)).toEqual(["approximately", "exact"]);
    expect(all("About 35% of members backed it and 20% opposed it.").map(([, q]) => q)).toEqual(["approximately", "exact"]);
  });
  it("an amount converted in brackets keeps the amount's qualifier", () => {
    expect(all("Over 3.4 billion NZD (2.1 billion USD) was set aside.").map(([v, q]) => [v, q])).toEqual([
      [3400000000, "more_than"],
      [2100000000, "more_than"],
    ]);
    expect(all("Nearly 90 million euros ($97 million) was spent.").map(([, q]) => q)).toEqual(["nearly", "nearly"]);
  });
  it("leaves a share or a bracket that goes on after the figure as it is", () => {
    expect(all("Some 410 claims (15%) were rejected.").map(([, q]) => q)).toEqual(["approximately", "exact"]);
    expect(all("About 60 families (18 of them with infants) left.").map(([, q]) => q)).toEqual(["approximately", "exact"]);
    expect(all("It cost $52 million (48 million euros).").map(([, q]) => q)).toEqual(["exact", "exact"]);
  });
  it("a margin written 'plus or minus' is no negative number", () => {
    expect(all("The margin of error is plus or minus 4 percentage points.")).toEqual([[4, "exact", "percentage point"]]);
    expect(all("Overnight it fell to minus 7 degrees.")).toEqual([[-7, "exact", "degree"]]);
  });
});

describe("what is not a figure", () => {
  it("the period a report covers", () => {
    expect(all("Profit for the six months ended June 30 was $12 million.")).toEqual([[12000000, "exact", "dollar"]]);
    expect(all("Sales in the nine months to September rose 4 percent.")).toEqual([[4, "exact", "percent"]]);
    expect(all("The strike lasted three months to the day.").map(([v]) => v)).toEqual([3]);
  });
  it("a label after a capitalised word, but not grouped digits or money after a name", () => {
    expect(all("Flight 370 vanished.")).toEqual([]);
    expect(all("The firm paid the Hendersons 250,000 dollars.")).toEqual([[250000, "exact", "dollar"]]);
  });
  it("a scale word glued to the digits", () => {
    expect(all("The tour drew 2.4million fans.")).toEqual([[2400000, "exact", "fan"]]);
  });
});

describe("more news wording", () => {
  it("'top' after a plural subject is passing a figure, 'the top 10' a rank", () => {
    expect(all("Measles cases top 1,500 in Texas")).toEqual([[1500, "more_than", "case"]]);
    expect(all("Sales topped $3 billion.")).toEqual([[3e9, "more_than", "dollar"]]);
    expect(all("She is among the top 10 earners.")).toEqual([[10, "exact", "earner"]]);
  });
  it("a share of an owner's group counts the group", () => {
    expect(all("About half of the city's 4,000 teachers struck.")).toEqual([[0.5, "approximately", "teacher"], [4000, "exact", "teacher"]]);
  });
  it("an age group is no figure", () => {
    expect(all("Most victims were children under five.").map(([v]) => v)).toEqual([]);
    expect(all("Parcels under 5 kg ship free.")).toEqual([[5, "less_than", "kilogram"]]);
  });
  it("an age group after 'are', 'were' or 'aged' is no figure either; a count over it still is", () => {
    expect(all("Some 40 percent of residents are over 65.")).toEqual([[40, "approximately", "percent"]]);
    expect(all("Most of the victims were aged over 70.")).toEqual([]);
    expect(all("Workers over 50 make up 30% of staff.")).toEqual([[30, "exact", "percent"]]);
    expect(all("The residents were over 300 in number.")).toEqual([[300, "more_than", "resident"]]);
  });
});

describe("a vague number after a verb of casualty", () => {
  it("counts people", () => {
    expect(all("Blast kills dozens at a market")).toEqual([[[24, 99], "vague", "person"]]);
    expect(all("Floods displace thousands")).toEqual([[[2000, 9999], "vague", "person"]]);
    expect(all("Fire forces 8,000 to evacuate")).toEqual([[8000, "exact", "person"]]);
  });
});

describe("'about' that is a preposition", () => {
  it("after a word that takes 'about' the figure is stated exactly", () => {
    expect(all("Wool growers thrilled about 14.6% fleece price jump")).toEqual([[14.6, "exact", "percent"]]);
    expect(all("The union is worried about 300 jobs at the Tarvel plant.")).toEqual([[300, "exact", "job"]]);
    expect(all("Ministers held talks about 5 percent cuts to the grant.")).toEqual([[5, "exact", "percent"]]);
    expect(all("There was no news about 40 missing crates.")).toEqual([[40, "exact", "crate"]]);
  });
  it("an approximation keeps 'about'", () => {
    expect(all("About 300 people said they would attend.")).toEqual([[300, "approximately", "person"]]);
    expect(all("The blast at about 5 p.m. killed about 12 people.")).toEqual([[12, "approximately", "person"]]);
    expect(all("The council said about 70 homes were flooded.")).toEqual([[70, "approximately", "home"]]);
    expect(all("Police questioned about 30 witnesses.")).toEqual([[30, "approximately", "witness"]]);
  });
});

describe("'over' a period", () => {
  it("a span a figure accrued over is stated", () => {
    expect(all("The Dunmere gauge caught 118 mm (heavy) rain over 24 hours.")).toEqual([[118, "exact", "millimeter"], [24, "exact", "hour"]]);
    expect(all("Kelso airfield logged 96 mm (extremely heavy) snowmelt over 48 hours (noon Monday to noon Wednesday).").slice(0, 2)).toEqual([[96, "exact", "millimeter"], [48, "exact", "hour"]]);
    expect(all("Tarvel logged 1,402.5mm rain over three months, less than usual.")).toEqual([[1402.5, "exact", "millimeter"], [3, "exact", "month"]]);
    expect(all("Prices fell 3% over four months.")).toEqual([[3, "exact", "percent"], [4, "exact", "month"]]);
    expect(all("The fair ran over two days.")).toEqual([[2, "exact", "day"]]);
  });
  it("'over' of a bound stays 'more than'", () => {
    expect(all("Over 2,800 rescue workers were deployed.")).toEqual([[2800, "more_than", "rescue worker"]]);
    expect(all("Riders faced delays of over 24 hours.")).toEqual([[24, "more_than", "hour"]]);
    expect(all("The mill has stood idle for over a decade.")).toEqual([[1, "more_than", "decade"]]);
    expect(all("Families waited over six hours for buses.")).toEqual([[6, "more_than", "hour"]]);
    expect(all("30 people were stuck over two hours.")).toEqual([[30, "exact", "person"], [2, "more_than", "hour"]]);
    expect(all("The storm killed 12 people over three days.")).toEqual([[12, "exact", "person"], [3, "exact", "day"]]);
    expect(all("Some 40 drivers waited over six hours.")).toEqual([[40, "approximately", "driver"], [6, "more_than", "hour"]]);
  });
});

describe("verbs and phrases that carry a qualifier", () => {
  it("passing a figure is more than it, nearing it nearly, 'nothing short of' at least", () => {
    expect(all("Kelso rainfall surpasses 4,100mm as storms linger")).toEqual([[4100, "more_than", "millimeter"]]);
    expect(all("Arrivals exceeded 12,000 in March.")).toEqual([[12000, "more_than", "arrival"]]);
    expect(all("The backlog kept growing, passing 200,000 in 2019.")).toEqual([[200000, "more_than", null]]);
    expect(all("Bread price nears $4 a loaf")).toEqual([[4, "nearly", "dollar"]]);
    expect(all("Oil prices near $90 a barrel")).toEqual([[90, "nearly", "dollar per barrel"]]);
    expect(all("Inflation near 10% worries savers.")).toEqual([[10, "nearly", "percent"]]);
    expect(all("Turnout was nearing 60 percent.")).toEqual([[60, "nearly", "percent"]]);
    expect(all("The index crosses the 9,000 mark.")).toEqual([[9000, "more_than", null]]);
    expect(all("Growers will take nothing short of Sh4,500, their leader said.")).toEqual([[4500, "at_least", "shilling"]]);
  });
  it("near-misses keep their reading", () => {
    expect(all("The shop sits near 40 other stalls.")).toEqual([[40, "exact", "stall"]]);
    expect(all("Troops massed near 3 km from the border.")).toEqual([[3, "exact", "kilometer"]]);
    expect(all("The bus was passing through 3 towns.")).toEqual([[3, "exact", "town"]]);
    expect(all("Lawmakers celebrated after passing 12 bills.")).toEqual([[12, "exact", "bill"]]);
    expect(all("The league has been passing 300 rule changes.")).toEqual([[300, "exact", "change"]]);
    expect(all("Measles cases passing 2,000 in Kelso")).toEqual([[2000, "more_than", "case"]]);
  });
});

describe("milestones passed, listed after one verb", () => {
  it("each dated milestone after a verb of passing is passed", () => {
    expect(all("Ridership climbed all decade, passing two million in 2012, three million in 2016 and six million in 2023.")).toEqual([
      [2e6, "more_than", null], [3e6, "more_than", null], [6e6, "more_than", null],
    ]);
    expect(all("Sales topped 40,000 in May and 52,000 in June.")).toEqual([[40000, "more_than", "sale"], [52000, "more_than", "sale"]]);
  });
  it("a list without such a verb, or an item with its own qualifier, keeps its own reading", () => {
    expect(all("The list had 3 million in 2014 and 4 million in 2017.").map(([v, q]) => [v, q])).toEqual([[3e6, "exact"], [4e6, "exact"]]);
    expect(all("Sales topped 40,000 in May and about 52,000 in June.").map(([v, q]) => [v, q])).toEqual([[40000, "more_than"], [52000, "approximately"]]);
  });
});

describe("'under' the bodies or rules something is run under", () => {
  it("after a verb or a noun, 'under' boards, coaches or sections is governed by, exact", () => {
    expect(all("Some 900,000 pupils sat the exams held under eight education boards.")).toEqual([[900000, "approximately", "pupil"], [8, "exact", "board"]]);
    expect(all("In all, 41,200 candidates registered under six regional boards.")).toEqual([[41200, "exact", "candidate"], [6, "exact", "board"]]);
    expect(all("The striker played under four coaches in two seasons.")).toEqual([[4, "exact", "coach"], [2, "exact", "season"]]);
    expect(all("The pair were charged under two sections of the penal code.")).toEqual([[2, "exact", "section"]]);
  });
  it("'under' a count of people or things, at a clause's start or after a preposition, stays a bound", () => {
    expect(all("Under 10 boards have published results.")).toEqual([[10, "less_than", "board"]]);
    expect(all("The money went to under 12 councils.")).toEqual([[12, "less_than", "council"]]);
    expect(all("The exams drew under 500 candidates.")).toEqual([[500, "less_than", "candidate"]]);
    expect(all("The results came in under three hours.")).toEqual([[3, "less_than", "hour"]]);
  });
  it("a warning raised or hoisted over places is where, exact", () => {
    expect(all("Flood alerts were raised over 14 areas on Sunday.")).toEqual([[14, "exact", "area"]]);
    expect(all("Gale warnings were hoisted over six provinces.")).toEqual([[6, "exact", "province"]]);
    expect(all("The storm flooded over 14 areas.")).toEqual([[14, "more_than", "area"]]);
    expect(all("Donors raised over 14 million dollars.")).toEqual([[14000000, "more_than", "dollar"]]);
  });
});

describe("a bound with a word dropped, and 'up to' a level reached", () => {
  it("'for up 9 days' and 'up 3 million homes could' are 'up to'; 'more 212 stalls' is 'more than'", () => {
    expect(all("The crew drifted for up 9 days before the rescue.")).toEqual([[9, "at_most", "day"]]);
    expect(all("In the worst case, up 3.2 million homes could lose power.")).toEqual([[3200000, "at_most", "home"]]);
    expect(all("More 212 stalls were damaged, the mayor's office said.")).toEqual([[212, "more_than", "stall"]]);
  });
  it("'up' of a change and 'more' after a word of its own keep their reading", () => {
    expect(all("Shares were up 12 percent on Monday.")).toEqual([[12, "exact", "percent"]]);
    expect(all("Revenue rose to $4 million, up 12 percent from a year earlier.")).toEqual([[4000000, "exact", "dollar"], [12, "exact", "percent"]]);
    expect(all("No more 500 notes will be printed.")).toEqual([[500, "exact", "note"]]);
  });
  it("'went up to', 'will go up to' and 'go up to N from M' are the level reached, exact", () => {
    expect(all("The death toll went up to 31 people on Sunday.")).toEqual([[31, "exact", "person"]]);
    expect(all("The fare will go up to $12.")).toEqual([[12, "exact", "dollar"]]);
    expect(all("Tolls go up to 2.40 dinars per car from 2 dinars on Monday.")).toEqual([[2.4, "exact", "dinar"], [2, "exact", "dinar"]]);
  });
  it("a ceiling of what may be or what is charged keeps 'up to'", () => {
    expect(all("Fines go up to $500 for repeat offenders.")).toEqual([[500, "at_most", "dollar"]]);
    expect(all("Temperatures could go up to 45C.")).toEqual([[45, "at_most", "degree celsius"]]);
    expect(all("Up to 40 people may have drowned.")).toEqual([[40, "at_most", "person"]]);
  });
});

describe("a bound before 'than the' and a benchmark's figure", () => {
  const q = (s: string) => findQuantities(s).map((m) => [m.value, m.qualifier, m.unit]);
  it.each([
    ["Council tax bills in most boroughs will climb less than the 2.7 per cent average.", [[2.7, "less_than", "percent"]]],
    ["The Liberal list won less than the 4% threshold needed for a seat.", [[4, "less_than", "percent"]]],
    ["Growth was less than the 2% inflation target.", [[2, "less_than", "percent"]]],
    ["Rents climbed more than the 5% average increase.", [[5, "more_than", "percent"]]],
    ["Receipts were higher than the $5.1 billion target.", [[5.1e9, "more_than", "dollar"]]],
  ])("%s", (s, want) => {
    expect(q(s)).toEqual(want);
  });
  it.each([
    ["Deaths were lower than the 412 recorded a year ago.", [[412, "exact", "death"]]],
    ["Shipments grew 6 per cent, more than the 3 per cent rise economists had pencilled in.", [[6, "exact", "percent"], [3, "exact", "percent"]]],
    ["He served more than the 10 years he was given.", [[10, "exact", "year"]]],
    ["Losses ran three times more than the 12-year average.", [[3, "exact", "time"], [12, "exact", "year"]]],
    ["Receipts were 2.4 percent higher than the $5.1 billion target.", [[2.4, "exact", "percent"], [5.1e9, "exact", "dollar"]]],
    ["Imports grew 4% more than the 2% ceiling.", [[4, "exact", "percent"], [2, "exact", "percent"]]],
  ])("another figure compared with stays exact: %s", (s, want) => {
    expect(q(s)).toEqual(want);
  });
});

describe("'under one' with a thing counted", () => {
  it("is unity, no figure", () => {
    expect(findQuantities("It is the largest bus network under one management in the region.")).toEqual([]);
    expect(findQuantities("The agencies were brought under one roof.")).toEqual([]);
  });
  it("keeps the bound of a measure, a span, money, a share or a ratio", () => {
    const all = (s: string) => findQuantities(s).map((m) => [m.value, m.qualifier, m.unit]);
    expect(all("The crossing took under one hour.")).toEqual([[1, "less_than", "hour"]]);
    expect(all("Inflation stayed under one percent.")).toEqual([[1, "less_than", "percent"]]);
    expect(all("The flat costs under one million dollars.")).toEqual([[1e6, "less_than", "dollar"]]);
    expect(all("Under one in five voters turned out.")).toEqual([[0.2, "less_than", "voter"]]);
  });
  it("keeps the bound of 'one' as part of a larger number before a thing counted", () => {
    const all = (s: string) => findQuantities(s).map((m) => [m.value, m.qualifier, m.unit]);
    expect(all("Under one million people voted in the Kesh referendum, officials said.")).toEqual([[1e6, "less_than", "person"]]);
    expect(all("Turnout was under one thousand voters in the Ardley by-election.")).toEqual([[1000, "less_than", "voter"]]);
    expect(all("Kesh Foods employs under one hundred staff at its Velsby plant.")).toEqual([[100, "less_than", "staff"]]);
  });
});

describe("'over' and 'up to' used in another sense", () => {
  const vq = (s: string) => all(s).map(([v, q]) => [v, q]);
  it("'over' after a word of dispute or of holding is what is disputed, not 'more than'", () => {
    expect(vq("The fishing nations fought over 3 reefs for years.")).toEqual([[3, "exact"]]);
    expect(vq("The provinces are locked in a row over 2 dams on the river.")).toEqual([[2, "exact"]]);
    expect(vq("Neither state accepts the other's sovereignty over 5 atolls.")).toEqual([[5, "exact"]]);
    expect(vq("The heirs quarrelled over 4 farms.")).toEqual([[4, "exact"]]);
    expect(vq("The outcry over 3 killings at the depot grew.")).toEqual([[3, "exact"]]);
    expect(vq("Relatives filed a lawsuit over 6 deaths in the ward.")).toEqual([[6, "exact"]]);
  });
  it("keeps 'over' a bound after a dispute over people, or after other verbs (near-misses)", () => {
    expect(vq("The rebels fought over 200 soldiers at the pass.")).toEqual([[200, "more_than"]]);
    expect(vq("The protest over 300 migrants held at the port drew crowds.")).toEqual([[300, "more_than"]]);
    expect(vq("Rain fell over 20 districts.")).toEqual([[20, "more_than"]]);
    expect(vq("The blaze burned over 300 hectares of forest.")).toEqual([[300, "more_than"]]);
  });
  it("'over and above' a sum is besides it, stated exactly", () => {
    expect(vq("Staff get a bonus over and above $4,000 in basic pay.")).toEqual([[4000, "exact"]]);
    expect(vq("The levy comes over and above 3% in existing duties.")).toEqual([[3, "exact"]]);
    expect(vq("Sales rose above $4,000 a day.")).toEqual([[4000, "more_than"]]);
  });
  it("'over' the ground a hyphenated measure names, or a span after a verb and an adverb, or after an event", () => {
    expect(vq("The blaze spread over a 300-hectare area of scrub.")).toEqual([[300, "exact"]]);
    expect(vq("The slick drifted over a 12-km stretch of beach.")).toEqual([[12, "exact"]]);
    expect(vq("It rained heavily over 3 days.")).toEqual([[3, "exact"]]);
    expect(vq("Unrest over 2 nights left the square in ruins.")).toEqual([[2, "exact"]]);
    expect(vq("Riots over 4 days were put down.")).toEqual([[4, "exact"]]);
    expect(vq("The festival will unfold over 5 days.")).toEqual([[5, "exact"]]);
    expect(vq("Voting happens over 2 days in the north.")).toEqual([[2, "exact"]]);
  });
  it("keeps 'over' a bound after a verb of lasting with an adverb, or before a plain measure (near-misses)", () => {
    expect(vq("Passengers waited patiently over 3 hours.")).toEqual([[3, "more_than"]]);
    expect(vq("Fire crews fought for over 3 days to contain it.")).toEqual([[3, "more_than"]]);
    expect(vq("The farm covers over 300 hectares.")).toEqual([[300, "more_than"]]);
  });
  it("'up to' after a verb of a small move is the level reached", () => {
    expect(vq("Inflation is expected to tick up to 4.5% by spring.")).toEqual([[4.5, "exact"]]);
    expect(vq("The jobless rate could creep up to 6 percent.")).toEqual([[6, "exact"]]);
    expect(vq("Bond yields edge up to 3.2% as traders wait.")).toEqual([[3.2, "exact"]]);
    expect(vq("Growth picked up to 2.4% in the third quarter.")).toEqual([[2.4, "exact"]]);
    expect(vq("Fares are set to rise up to $3 next month.")).toEqual([[3, "exact"]]);
    expect(vq("Diesel will climb up to $1.90 a litre.")).toEqual([[1.9, "exact"]]);
  });
  it("keeps 'up to' a ceiling after a modal of possibility, a present verb or a count picked up (near-misses)", () => {
    expect(vq("Temperatures could rise up to 44C on Friday.")).toEqual([[44, "at_most"]]);
    expect(vq("Fines go up to $800.")).toEqual([[800, "at_most"]]);
    expect(vq("The ferry picked up to 60 passengers a day.")).toEqual([[60, "at_most"]]);
    expect(vq("The storm may bring up to 20 cm of snow.")).toEqual([[20, "at_most"]]);
  });
});

describe("'up to' after a small move or a rise to come reads a level only for a rate, price or level as subject", () => {
  const vq = (s: string) => all(s).map(([v, q]) => [v, q]);
  it("keeps the ceiling for people, animals and things, after 'can' or 'allowed to', and with a verb's own object", () => {
    expect(vq("Voters may tick up to three candidates on the ballot.")).toEqual([[3, "at_most"]]);
    expect(vq("Voters can tick up to 3 boxes on the form.")).toEqual([[3, "at_most"]]);
    expect(vq("Snails can creep up to 50 metres a day.")).toEqual([[50, "at_most"]]);
    expect(vq("Investors can pick up to 10% of the shares on offer.")).toEqual([[10, "at_most"]]);
    expect(vq("Shoppers can pick up to $50 worth of groceries each week.")).toEqual([[50, "at_most"]]);
    expect(vq("Stocks are allowed to move up to 10 percent each day.")).toEqual([[10, "at_most"]]);
    expect(vq("The yuan is allowed to rise up to 2 percent above the midpoint each day.")).toEqual([[2, "at_most"]]);
    expect(vq("Temperatures will climb up to 45C in some areas.")).toEqual([[45, "at_most"]]);
    expect(vq("Pupils can inch up to 5 places in the rankings.")).toEqual([[5, "at_most"]]);
    expect(vq("Diners may pick up to 4% off the bill with the card.")).toEqual([[4, "at_most"]]);
    expect(vq("Rates are permitted to edge up to 2% a year.")).toEqual([[2, "at_most"]]);
    expect(vq("Fares can go up to $5 at peak hours.")).toEqual([[5, "at_most"]]);
  });
  it("still reads the level a rate, price or yield reached or is to reach (near-misses)", () => {
    expect(vq("The jobless rate ticked up to 4.5% in May.")).toEqual([[4.5, "exact"]]);
    expect(vq("Mortgage rates crept up to 7% last week.")).toEqual([[7, "exact"]]);
    expect(vq("Inflation picked up to 3.1% in June.")).toEqual([[3.1, "exact"]]);
    expect(vq("Petrol prices are set to climb up to $2 a litre.")).toEqual([[2, "exact"]]);
  });
});

describe("'over' after a verb of fighting is what is fought over only for a place or holding", () => {
  const vq = (s: string) => all(s).map(([v, q]) => [v, q]);
  it("keeps 'more than' for fires, wars, battles and spans of time", () => {
    expect(vq("Firefighters battled over 300 wildfires across the state last week.")).toEqual([[300, "more_than"]]);
    expect(vq("Rebel groups fought over 40 battles in the region last year.")).toEqual([[40, "more_than"]]);
    expect(vq("The neighbours have fought over 3 wars since independence.")).toEqual([[3, "more_than"]]);
    expect(vq("Residents fought over 3 hours to save their homes.")).toEqual([[3, "more_than"]]);
    expect(vq("The striker clashed over 20 times with defenders.")).toEqual([[20, "more_than"]]);
  });
  it("still reads the place or holding fought over, and what a row or lawsuit is about (near-misses)", () => {
    expect(vq("The clans fought over 2 islands for a generation.")).toEqual([[2, "exact"]]);
    expect(vq("Farmers clashed over 3 rivers in the valley.")).toEqual([[3, "exact"]]);
    expect(vq("The parties battled over 4 seats in the assembly.")).toEqual([[4, "exact"]]);
    expect(vq("A row over 2 dams soured ties.")).toEqual([[2, "exact"]]);
  });
});

describe("a figure given as an estimate", () => {
  it("is approximate after 'estimated at' and 'estimated to be', 'to cost', 'to total', 'to reach'", () => {
    expect(all("Damage was estimated at 40 million dollars.")).toEqual([[40000000, "approximately", "dollar"]]);
    expect(all("The project is estimated to cost 40 million dollars.")).toEqual([[40000000, "approximately", "dollar"]]);
    expect(all("Losses are estimated to total 2 billion euros.")).toEqual([[2000000000, "approximately", "euro"]]);
  });
  it("keeps a bound written after it, and the figure of one who estimated", () => {
    expect(all("Officials estimated at least 40 people died.")).toEqual([[40, "at_least", "person"]]);
    expect(all("The firm has estimated 40 jobs would go.")).toEqual([[40, "exact", "job"]]);
    expect(all("He arrived at 40 km/h.")).toEqual([[40, "exact", "kilometer per hour"]]);
  });
});

describe("'near' before a measure", () => {
  it("is nearly, as before money or a percent", () => {
    expect(all("The storm made landfall with winds near 300kmh.")).toEqual([[300, "nearly", "kilometer per hour"]]);
    expect(all("Temperatures near 40 degrees were forecast.")).toEqual([[40, "nearly", "degree"]]);
  });
  it("says where before a count", () => {
    expect(all("The camp near 3 villages burned.")).toEqual([[3, "exact", "village"]]);
  });
});
