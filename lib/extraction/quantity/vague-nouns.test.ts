import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit, m.qualifier]);
const vague = (s: string) => findQuantities(s).filter((m) => m.qualifier === "vague").map((m) => [m.low, m.unit]);

describe("a vague amount that is the subject of what befell people", () => {
  it("counts persons after words that hedge or add", () => {
    expect(vague("Officials warned the number of dead would grow, with dozens also missing.")).toEqual([[24, "person"]]);
    expect(vague("Thousands feared dead as cyclone strikes Port Ellery")).toEqual([[2000, "person"]]);
    expect(vague("Hundreds were reported injured in the clashes near Tavon.")).toEqual([[200, "person"]]);
    expect(vague("Dozens are believed to be trapped under the rubble.")).toEqual([[24, "person"]]);
    expect(vague("Thousands were thought to have been infected by March.")).toEqual([[2000, "person"]]);
    expect(vague("Dozens more were trapped on the ridge road.")).toEqual([[24, "person"]]);
  });
  it("counts the people an earlier clause counted with what befell them", () => {
    expect(vague("Some 450 herders were evacuated overnight, but dozens were still thought to be stranded.")).toEqual([[24, "herder"]]);
    expect(vague("Four miners were rescued overnight and dozens remain trapped, the company said.")).toEqual([[24, "miner"]]);
    expect(vague("Some 200 hikers were airlifted out after 80 tourists were rescued, but hundreds are still stranded.")).toEqual([[200, "tourist"]]);
  });
  it("counts others something befell as persons unless an earlier clause says the same befell a group", () => {
    expect(vague("Gunmen killed seven herders, including two boys and a woman, with several others injured.")).toEqual([[3, "person"]]);
    expect(vague("The storm flattened 40 barns, and dozens more were hurt.")).toEqual([[24, "person"]]);
    expect(vague("Two guards were killed and several others were wounded.")).toEqual([[3, "guard"]]);
  });
  it("takes no noun from a count of things or places", () => {
    expect(vague("More than 300 people were killed at the three bridges that week, and hundreds were injured.")).toEqual([[200, "person"]]);
    expect(vague("More than 300 people were killed at the three bridges that week, and hundreds more in the riots after.")).toEqual([[200, "person"]]);
    expect(vague("Two people died in three separate crashes and dozens more were hurt.")).toEqual([[24, "person"]]);
    expect(vague("The flood cut 12 roads, and thousands are still stranded.")).toEqual([[2000, "person"]]); // thousands and more, written alone, are people (bare-vague.ts)
  });
  it("counts a bare 'several' or 'a few' only when something befell them", () => {
    expect(vague("Several dead, dozens of shops looted in Marrow Bay riot")).toEqual([[3, "person"], [24, "shop"]]);
    expect(vague("Several were hurt when the stand gave way.")).toEqual([[3, "person"]]);
    expect(vague("A few are still missing.")).toEqual([[2, "person"]]);
    expect(all("Several said they would return.")).toEqual([]);
    expect(all("Several of the injured were children.")).toEqual([]);
    expect(all("Few survived the crossing.")).toEqual([]);
  });
  it("leaves alone what did not befall people", () => {
    expect(vague("Thousands are still without power in Gellan.")).toEqual([[2000, "person"]]); // thousands and more, written alone, are people (bare-vague.ts)
    expect(vague("Hundreds more are expected to arrive next week.")).toEqual([[200, null]]);
    expect(vague("The storm destroyed 40 barns and damaged dozens more.")).toEqual([[24, "barn"]]);
    expect(vague("Rebels killed 18 herders and abducted several others.")).toEqual([[3, "herder"]]);
    expect(vague("Dozens of flights were also cancelled.")).toEqual([[24, "flight"]]);
  });
});

describe("a vague amount whose noun comes after describing words", () => {
  it("reads past words joined by 'and' or 'or' after 'of'", () => {
    expect(vague("Thousands of army, navy and coast guard personnel were sent north.")).toEqual([[2000, "personnel"]]);
    expect(vague("Hundreds of local and foreign climbers were stuck at the base camp.")).toEqual([[200, "climber"]]);
    expect(vague("Thousands of Selvan and Oder County households lost power.")).toEqual([[2000, "household"]]);
    expect(vague("Dozens of state or federal agencies answered the call.")).toEqual([[24, "agency"]]);
  });
  it("reads one or two describing words right after it, without 'of'", () => {
    expect(vague("The scheme cheated hundreds small traders across the region.")).toEqual([[200, "trader"]]);
    expect(vague("Thousands poor families wait for aid in Harrow Vale.")).toEqual([[2000, "family"]]);
  });
  it("takes no noun from a verb or a phrase that is not the counted one", () => {
    expect(vague("Thousands marched in the capital on Sunday.")).toEqual([[2000, "person"]]); // thousands and more, written alone, are people (bare-vague.ts)
    expect(vague("Hundreds protest outside parliament")).toEqual([[200, null]]);
    expect(vague("Thousands of them and their relatives waited.")).toEqual([[2000, "person"]]); // thousands and more, written alone, are people (bare-vague.ts)
    expect(vague("Dozens of men and women queued for bread.")).toEqual([[24, "man"]]);
  });
});

describe("dozens counted out", () => {
  it("multiplies a number joined to '-dozen' by twelve, keeping its qualifier and noun", () => {
    expect(all("She was among about four-dozen brokers named in the indictment.")).toEqual([[48, "broker", "approximately"]]);
    expect(all("Rangers seized three-dozen rifles at the border post.")).toEqual([[36, "rifle", "exact"]]);
    expect(all("A half-dozen witnesses gave evidence on Monday.")).toEqual([[6, "witness", "exact"]]);
    expect(all("Nearly two-dozen barns burned.")).toEqual([[24, "barn", "nearly"]]);
  });
  it("keeps the written-apart forms as they were", () => {
    expect(all("About two dozen people waited outside.")).toEqual([[24, "person", "approximately"]]);
    expect(all("More than three dozen were injured.")).toEqual([[36, "person", "more_than"]]);
    expect(all("Several dozen people attended.")).toEqual([[[24, 99], "person", "vague"]]);
    expect(all("Half a dozen witnesses testified.")).toEqual([[6, "witness", "exact"]]);
  });
});

describe("more of a counted noun", () => {
  it("counts a number spelled in lower case after a name, before its noun", () => {
    expect(all("The verdict gives Havel five more years in office, a blow to his rivals.")).toEqual([[5, "year", "exact"]]);
    expect(all("A medic told Reuters three people died in the blast.")).toEqual([[3, "person", "exact"]]);
    expect(all("Voters handed Ortiz two more terms.")).toEqual([[2, "term", "exact"]]);
    expect(all("The judge gave Hollins eight years in prison.")).toEqual([[8, "year", "exact"]]);
  });
  it("keeps labels after a name as they were", () => {
    expect(all("Flight 370 vanished over the sea.")).toEqual([]);
  });
  it("counts one more of a noun", () => {
    expect(all("Okafor still has one more Golden Boot award (4) than Lind, but trails him this season.")).toEqual([[1, "award", "exact"], [4, "award", "exact"]]);
    expect(all("The side needs one more win to qualify.")).toEqual([[1, "win", "exact"]]);
    expect(all("One more soldier succumbed to his wounds.")).toEqual([[1, "soldier", "exact"]]);
  });
  it("leaves 'one more' idioms alone", () => {
    expect(all("Let us try one more time.")).toEqual([]);
    expect(all("He asked for one more chance.")).toEqual([]);
    expect(all("There is one more thing to say.")).toEqual([]);
  });
  it("leaves a bare 'N more' to the article when its sentence counts nothing before it", () => {
    expect(all("Officials said 28 more were hospitalised with fever.")).toEqual([[28, null, "exact"]]);
    expect(all("Two people died on Monday and three more on Tuesday.")).toEqual([[2, "person", "exact"], [3, "person", "exact"]]);
    const article = "Fever cases rise in Dornby\n\nFourteen patients were admitted in Dornby on Monday.\n\nOfficials said 28 more were hospitalised on Tuesday.\n";
    expect(extractClaims(article).map((c) => [c.quantity?.value, c.quantity?.unit])).toEqual([[14, "patient"], [28, "patient"]]);
  });
});

describe("a count without its noun before what befell it", () => {
  it("takes no noun from a word of time or degree between them", () => {
    expect(all("The district reported 31 deaths with 22 still missing.")).toEqual([[31, "death", "exact"], [22, "person", "exact"]]);
    expect(all("Three Taliban died in the raid.")).toEqual([[3, "taliban", "exact"]]);
  });
  it("reads a title-cased or present-tense headline's running count", () => {
    expect(all("Storm Deaths Rise to 23 with 9 Missing")).toEqual([[23, "death", "exact"], [9, "person", "exact"]]);
    expect(all("Measles Cases Climb To 310 In Harrow")).toEqual([[310, "case", "exact"]]);
    expect(all("Flood deaths rise to 17 in Marland")).toEqual([[17, "death", "exact"]]);
  });
});

describe("a part of a group named by its own noun", () => {
  it("counts what 'of them' names", () => {
    expect(all("Five people, three of them children, were found dead.")).toEqual([[5, "person", "exact"], [3, "child", "exact"]]);
    expect(all("Of those who drowned, six of them were fishermen.")).toEqual([[6, "fisherman", "exact"]]);
    expect(all("Nine people were hurt, two of whom were police officers.")).toEqual([[9, "person", "exact"], [2, "officer", "exact"]]);
  });
  it("keeps the group's noun when 'of them' names no noun", () => {
    expect(all("Nine people were hurt, two of them seriously.")).toEqual([[9, "person", "exact"], [2, "person", "exact"]]);
    expect(all("Nine people were arrested, four of them in Dorval.")).toEqual([[9, "person", "exact"], [4, "person", "exact"]]);
    expect(all("Nine people were hurt; two of them remain in hospital.")).toEqual([[9, "person", "exact"], [2, "person", "exact"]]);
  });
});

describe("a bound spelled the American way", () => {
  it("reads 'upward of' as 'more than'", () => {
    expect(all("There are upward of 40,000 homes without power in Dale County.")).toEqual([[40000, "home", "more_than"]]);
    expect(all("Shares moved upward 20 points.")).toEqual([[20, "point", "exact"]]);
  });
});

describe("clauses of one tally joined by a comma", () => {
  it("lend the noun of the count before, with what befell it, to a count without one", () => {
    expect(all("Eleven of the miners died in the east shaft, one died in the west shaft, and three more in the lift.")).toEqual([
      [11, "miner", "exact"], [1, "miner", "exact"], [3, "miner", "exact"],
    ]);
    expect(all("Four guards were killed, 9 were wounded.")).toEqual([[4, "guard", "exact"], [9, "guard", "exact"]]);
  });
  it("lend nothing when nothing befell the count before", () => {
    expect(all("Fire destroyed 12 barns, 30 were hurt.")).toEqual([[12, "barn", "exact"], [30, "person", "exact"]]);
    expect(all("Ten people were injured in the crash, 4 seriously.")).toEqual([[10, "person", "exact"], [4, "person", "exact"]]);
  });
});

describe("a vague amount of a people named by a capitalised word", () => {
  it("counts the people when a verb, a comma or a preposition follows the name", () => {
    expect(findQuantities("Hundreds of Karenni have crossed the river.").map((m) => [m.low, m.unit])).toEqual([[200, "karenni"]]);
    expect(findQuantities("Dozens of stranded Togolese arrived on Monday.").map((m) => [m.low, m.unit])).toEqual([[24, "togolese"]]);
    expect(findQuantities("Thousands of Karenni, a hill people, fled in June.").map((m) => [m.low, m.unit])).toEqual([[2000, "karenni"]]);
  });
  it("reads no people from a place followed by an aside that names a place", () => {
    expect(findQuantities("Thousands of Brenna, the capital, were left without power.").map((m) => [m.low, m.unit])).toEqual([[2000, "person"]]);
    expect(findQuantities("Hundreds of Orlen, a northern town, were evacuated.").map((m) => [m.low, m.unit])).toEqual([[200, null]]);
  });
  it("leaves a name that describes the noun after it, a name of two words and a plural to their own reading", () => {
    expect(findQuantities("Hundreds of Volvo trucks were recalled.").map((m) => m.unit)).toEqual(["truck"]);
    expect(findQuantities("Thousands of Arlen residents fled.").map((m) => m.unit)).toEqual(["resident"]);
    expect(findQuantities("Thousands of Welshmen marched.").map((m) => m.unit)).toEqual(["welshman"]);
    expect(vague("Hundreds of Arlen, Tessel and Mira homes flooded.")).toEqual([[200, "home"]]);
  });
});

describe("'several' before a plural scale word", () => {
  it("counts as the plural scale does alone", () => {
    expect(all("Several hundreds of houses were washed off their stilts along the Varro.")).toEqual([[[200, 999], "house", "vague"]]);
    expect(all("Several thousands of people fled the port town.")).toEqual([[[2000, 9999], "person", "vague"]]);
    expect(all("Several dozens of shops were looted overnight.")).toEqual([[[24, 99], "shop", "vague"]]);
  });
  it("reads 'several hundred' as several of the hundred, and leaves 'several of' as it was", () => {
    expect(all("Several hundred homes were damaged.")).toEqual([[[300, 900], "home", "vague"]]);
    expect(all("Several million euros were lost.")).toEqual([[[3e6, 9e6], "euro", "vague"]]);
    expect(all("Several of the homes burned.")).toEqual([[[3, 9], "home", "vague"]]);
  });
});

describe("'tens of' a unit", () => {
  it("is 20..99 of it, as 'tens of thousands' is of the thousand", () => {
    expect(all("The storm stayed on the ground for tens of kilometres.")).toEqual([[[20, 99], "kilometer", "vague"]]);
    expect(all("Tens of volunteers joined the search.")).toEqual([[[20, 99], "volunteer", "vague"]]);
  });
  it("leaves 'tens of thousands' and 'tens of millions' as they were", () => {
    expect(all("Tens of thousands of people marched.")).toEqual([[[20000, 99999], "person", "vague"]]);
    expect(all("Tens of millions of dollars were lost.")).toEqual([[[2e7, 99999999], "dollar", "vague"]]);
  });
  it("reads 'tens of lakhs' and 'tens of crores' as tens of the scale, not 20..99 of it", () => {
    expect(all("Tens of lakhs of rupees were lost in the Velsby scam, police said.")).toEqual([[[2e6, 9_999_999], "rupee", "vague"]]);
    expect(all("Tens of crores of rupees were lost in the Velsby scam.")).toEqual([[[2e8, 999_999_999], "rupee", "vague"]]);
    expect(all("Tens of hundreds of fans came to Kesh.").map(([v]) => v)).not.toContainEqual([20, 99]);
  });
});
