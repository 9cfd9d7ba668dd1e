import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";
import { extractClaims } from "../extract";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);
const units = (text: string) => extractClaims(text).filter((c) => c.quantity).map((c) => [c.quantity!.value, c.quantity!.unit]);

describe("a quantity said in two units is one figure", () => {
  it.each([
    ["The match was over in one hour and 26 minutes.", 86, "minute"],
    ["The climb took 2 hours 15 minutes.", 135, "minute"],
    ["The crossing took 3 hrs 20 mins.", 200, "minute"],
    ["The strike lasted two weeks and three days.", 17, "day"],
    ["The flight lasted a day and 6 hours.", 30, "hour"],
    ["She ran the mile in four minutes and 12 seconds.", 252, "second"],
    ["The surgery took 4 hours, 30 minutes.", 270, "minute"],
    ["The flight took 2 hours, 10 minutes and 5 seconds.", 7805, "second"],
    ["The siege lasted 1 day, 2 hours and 3 minutes.", 1563, "minute"],
  ])("%s", (s, value, unit) => {
    expect(all(s)).toEqual([[value, "exact", unit]]);
  });
  it("reads years and months as two figures, the months taking the years' bound", () => {
    expect(all("The judge gave him seven years and four months.")).toEqual([[7, "exact", "year"], [4, "exact", "month"]]);
    expect(all("The search went on for a year and four months.")).toEqual([[1, "exact", "year"], [4, "exact", "month"]]);
    expect(all("Tenants waited more than six years and two months for a flat.")).toEqual([[6, "more_than", "year"], [2, "more_than", "month"]]);
    expect(all("Nearly three years and five months have passed.")).toEqual([[3, "nearly", "year"], [5, "nearly", "month"]]);
  });
  it("keeps weeks and days, and clock spans, as one figure", () => {
    expect(all("The strike lasted two weeks and three days.")).toEqual([[17, "exact", "day"]]);
    expect(all("The meeting ran 2 hours and 5 minutes.")).toEqual([[125, "exact", "minute"]]);
  });
  it("keeps a length or a weight in the larger unit, as before", () => {
    expect(all("The suspect is 5 feet 11 inches tall.")).toEqual([[Number((5 + 11 / 12).toPrecision(12)), "exact", "foot"]]);
    expect(all("The suspect is 6 ft 2 in tall.")).toEqual([[Number((6 + 2 / 12).toPrecision(12)), "exact", "foot"]]);
    expect(all("The baby weighed 1 pound 3 ounces.")).toEqual([[1.1875, "exact", "pound"]]);
    expect(all("She weighed 7 pounds and 8 ounces at birth.")).toEqual([[7.5, "exact", "pound"]]);
  });
  it("reads a weight in metric parts as one figure in its first unit", () => {
    expect(all("Officers seized 2kg 350g and 120mg of heroin.")).toEqual([[2.35012, "exact", "kilogram"]]);
    expect(all("Officers seized 3kg 45mg and 610g of resin.")).toEqual([[3.610045, "exact", "kilogram"]]);
    expect(all("A further 7g and 415mg of powder was found.")).toEqual([[7.415, "exact", "gram"]]);
  });
  it("keeps weights of different things, and parts as large as the first unit, apart", () => {
    expect(all("Police seized 2kg of heroin and 500g of cocaine.").map(([v]) => v)).toEqual([2, 500]);
    expect(all("They found 4kg and 2kg bags.").map(([v]) => v)).toEqual([4, 2]);
    expect(all("He took 500mg and 250mg doses.").map(([v]) => v)).toEqual([500, 250]);
  });
  it("keeps two weights joined by 'and' apart before a noun or 'respectively'", () => {
    expect(all("Sugar is sold in 1kg and 500g bags at Tarnwick markets.")).toEqual([[1, "exact", "kilogram"], [500, "exact", "gram"]]);
    expect(all("The drug is available in 1g and 500mg doses, Kesh Pharma said.")).toEqual([[1, "exact", "gram"], [500, "exact", "milligram"]]);
    expect(all("The two parcels weighed 2kg and 600g respectively, police said.").slice(-2)).toEqual([[2, "exact", "kilogram"], [600, "exact", "gram"]]);
    expect(all("Velsby sells 2kg 350g and 120mg packs.").map(([v]) => v)).toEqual([2.35, 120]);
  });
  it("joins parts by 'and' when the weight ends the clause", () => {
    expect(all("The Kesh parcel weighed 4kg and 200g.")).toEqual([[4.2, "exact", "kilogram"]]);
  });
  it("reads halves as before", () => {
    expect(all("The talks went on for a year and a half.")).toEqual([[1.5, "exact", "year"]]);
    expect(all("The storm raged for two and a half hours.")).toEqual([[2.5, "exact", "hour"]]);
  });
  it("reads an age in two units as no figure", () => {
    expect(all("The boy is 5 years and 3 months old.")).toEqual([]);
  });
  it("leaves score lines and lists of spans apart", () => {
    expect(all("She won 6-4, 6-3 in one hour and 26 minutes.")).toEqual([[86, "exact", "minute"]]);
    expect(all("It lasted 3 years, 2 months and 14 days.")).toEqual([[3, "exact", "year"], [2, "exact", "month"], [14, "exact", "day"]]);
    expect(all("He spent 5 years and 40 months there.")).toEqual([[5, "exact", "year"], [40, "exact", "month"]]);
  });
});

describe("a count in a title-case headline after its verb", () => {
  it.each([
    ["Police Arrest 7, Seize 1,100 Kg Of Heroin In Raid", [[7, "exact", "person"], [1100, "exact", "kilogram"]]],
    ["Market Blast Kills 12, Injures 40 In Capital", [[12, "exact", "person"], [40, "exact", "person"]]],
    ["Customs Officers Detain 3 Over Smuggling", [[3, "exact", "person"]]],
    ["Carmaker Cuts 500 Jobs As Sales Slump", [[500, "exact", "job"]]],
    ["Gulf State Arrests 9 Suspects, Seizes Drugs", [[9, "exact", "suspect"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it("still reads a capitalised noun before a number as a label", () => {
    expect(all("Search For Flight 370 Resumes")).toEqual([]);
    expect(all("Talks Resume At Session 12 In Geneva")).toEqual([]);
  });
});

describe("a count before a hyphenated measure counts the noun after it", () => {
  it("counts the head noun and reads the measure on its own", () => {
    expect(all("Coast guards towed three 450-horsepower boats to port.")).toEqual([[3, "exact", "boat"], [450, "exact", "horsepower"]]);
    expect(all("The firm built five 10-storey towers.")).toEqual([[5, "exact", "tower"], [10, "exact", "storey"]]);
    expect(all("He was handed two one-year bans.")).toEqual([[2, "exact", "ban"], [1, "exact", "year"]]);
    expect(all("They found two 12-meter-long boats.")).toEqual([[2, "exact", "boat"], [12, "exact", "meter"]]);
    expect(all("Three 10-year-old children were hurt.")).toEqual([[3, "exact", "child"]]);
  });
  it("never takes a noun from elsewhere in the sentence", () => {
    const found = all("Authorities seized a 12-meter boat with two 300-horsepower motors.");
    expect(found).toEqual([[12, "exact", "meter"], [2, "exact", "motor"], [300, "exact", "horsepower"]]);
  });
});

describe("compound heads whose head alone says too little", () => {
  it.each([
    ["Scammers used 16 telephone lines.", "telephone line"],
    ["The storm downed 40 power lines.", "power line"],
    ["Workers manned 30 phone lines.", "phone line"],
    ["Officials opened 38 polling stations.", "polling station"],
    ["About 300 police officers guarded the route.", "police officer"],
    ["Nearly 40 rescue workers searched the rubble.", "rescue worker"],
    ["The network has 12 weather stations.", "station"],
    ["The force hired 20 officers.", "officer"],
    ["Some 150 workers were laid off.", "worker"],
  ])("%s", (s, unit) => {
    expect(all(s)[0][2]).toBe(unit);
  });
});

describe("the others after a count of bodies are people", () => {
  it("counts bodies as bodies and the missing others as persons", () => {
    expect(all("Divers recovered 9 bodies on Sunday, leaving at least 14 others missing.")).toEqual([[9, "exact", "body"], [14, "at_least", "person"]]);
  });
  it("keeps the noun of other counts", () => {
    expect(all("The blast killed four soldiers and wounded 11 others.")).toEqual([[4, "exact", "soldier"], [11, "exact", "soldier"]]);
  });
});

describe("rates of production", () => {
  it.each([
    ["The field pumps 1.78 million barrels of crude oil per day.", 1780000],
    ["The field pumps 200,000 barrels of oil per day.", 200000],
    ["Output reached 150,000 bpd.", 150000],
    ["Output reached 150,000 b/d.", 150000],
    ["The refinery runs 40,000 bbl/d.", 40000],
    ["Exports fell to 2.9 mb/d in March.", 2900000],
  ])("%s", (s, value) => {
    expect(all(s)).toEqual([[value, "exact", "barrel per day"]]);
  });
  it("keeps an amount without a span of time as it is", () => {
    expect(all("It aims to produce 2.2 million barrels of oil in 2019.")).toEqual([[2200000, "exact", "barrel"]]);
    expect(all("The mine ships 3 tonnes of coal a year.")).toEqual([[3, "exact", "tonne per year"]]);
  });
});

describe("a bare figure restating a measured quantity takes its unit", () => {
  it("takes the unit the quantity was last given in", () => {
    const text = "The minister expects output from the new field to reach 150,000 bpd by June.\n\nThe quota agreed last week puts the country's output around 1.74 million.";
    expect(units(text)).toEqual([[150000, "barrel per day"], [1740000, "barrel per day"]]);
  });
  it("matches a quantity by its stem (prices, price; produces, production)", () => {
    const prices = "Gold prices rose to $1,800 an ounce on Monday.\n\nBy Friday the price had eased to 1,750.";
    expect(units(prices)).toEqual([[1800, "dollar per ounce"], [1750, "dollar per ounce"]]);
    const output = "The country now produces 1.78 million barrels a day.\n\nA new quota puts production at 1.7 million.";
    expect(units(output)).toEqual([[1780000, "barrel per day"], [1700000, "barrel per day"]]);
  });
  it("takes a field's output as what it produces", () => {
    const text = "The new field will produce 200,000 barrels of oil per day.\n\nThe quota puts the field's output around 180,000.";
    expect(units(text)).toEqual([[200000, "barrel per day"], [180000, "barrel per day"]]);
  });
  it("replaces a noun the sentence lent when the measured noun stands right before the figure", () => {
    const heat = "Temperatures reached 45 degrees Celsius in Seville on Monday.\n\nOn Tuesday, temperatures hit 47 in Cordoba.";
    expect(units(heat)).toEqual([[45, "degree celsius"], [47, "degree celsius"]]);
    const revenue = "The company reported revenue of $5.2 billion for the quarter.\n\nAnalysts had expected revenue of 5.1 billion.";
    expect(units(revenue)).toEqual([[5200000000, "dollar"], [5100000000, "dollar"]]);
  });
  it("keeps a counted noun when the measured noun is further off", () => {
    const text = "Exports were worth $5 billion last year.\n\nExports of cars, which the ministry counts by the vessel, reached 300,000 units.";
    expect(units(text)[1]).toEqual([300000, "unit"]);
  });
  it("lends nothing to a figure after a word that measures nothing", () => {
    const text = "The company posted revenue of $5 billion.\n\nThe company employs 5,000.";
    expect(units(text)[1][1]).not.toBe("dollar");
  });
  it("lends nothing when the noun was never measured", () => {
    const text = "Officials said production would resume.\n\nThe deal puts output around 1.74 million.";
    expect(units(text)).toEqual([[1740000, null]]);
  });
});

describe("a crowd counted after a comma", () => {
  it("a name before a comma does not make the crowd's noun a verb", () => {
    expect(all("Beside the old Palace, crowds gathered on the square in their thousands.")).toEqual([[[2000, 9999], "vague", "spectator"]]);
  });
});

describe("title-case headlines: plural subjects, counts in words, tolls", () => {
  const headline = (line: string) => units(`${line}\n\nThe report came on Monday.`);
  it.each([
    ["Gunmen Abduct 20 Students In Raid", [[20, "student"]]],
    ["Rebels Free 12 Hostages", [[12, "hostage"]]],
    ["Quake Kills Dozens In Remote Province", [[null, "person"]]],
    ["Train Crash Toll Rises To 61", [[61, "death"]]],
    ["Police: 3 shot near campus", [[3, "person"]]],
    ["Divers found 3 more bodies, raising the toll to 15", [[3, "body"], [15, "death"]]],
  ])("%s", (line, want) => {
    expect(headline(line)).toEqual(want);
  });
  it("keeps a label after a plural subject", () => {
    expect(headline("Talks Resume At Session 12 In Geneva")).toEqual([]);
  });
});

describe("a part of a whole counted right after it", () => {
  it("'4 of 5 break points' counts points on both sides", () => {
    expect(all("She hit 12 aces and saved 4 of 5 break points.")).toEqual([[12, "exact", "ace"], [4, "exact", "point"], [5, "exact", "point"]]);
    expect(all("He won 2 of 3 sets.")).toEqual([[2, "exact", "set"], [3, "exact", "set"]]);
  });
});

describe("a population counts people", () => {
  it.each([
    ["Mongolia has a population of around 3.3 million.", [[3300000, "approximately", "person"]]],
    ["The country, home to 90 million, voted on Sunday.", [[90000000, "exact", "person"]]],
    ["The region's population is 12 million.", [[12000000, "exact", "person"]]],
    ["The population of rats is 3 million.", [[3000000, "exact", "rat"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
});
