import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { findQuantities } from "./parser";
import { pluralNounBefore } from "./unit-fallback";

const units = (text: string) => extractClaims(text).filter((c) => c.quantity).map((c) => [c.quantity!.value ?? [c.quantity!.low, c.quantity!.high], c.quantity!.unit]);
const inSentence = (s: string) => findQuantities(s).map((m) => [m.value, m.unit]);

describe("the counted noun of a figure with nothing next to it", () => {
  it("takes the sentence's last count before it", () => {
    expect(inSentence("The clinic treats nearly 9,000 patients, though it was built for about 5,000.")).toEqual([[9000, "patient"], [5000, "patient"]]);
  });
  it("takes the plural noun of its own clause", () => {
    expect(inSentence("Registered voters in the district now stand at 48,210.")).toEqual([[48210, "voter"]]);
    expect(inSentence("If you count first-time applicants the board expects fewer than 300.").map(([, u]) => u)).toEqual(["applicant"]);
    expect(pluralNounBefore("The MCA reports 412", 16)).toBeNull(); // a verb after a name
  });
  it("takes the noun an article says it counts when a figure word points back", () => {
    const text = "The agency tracks the number of permits issued. The figure printed in the annual report is 18,400.";
    expect(units(text)).toEqual([[18400, "permit"]]);
  });
  it("takes the last count of the sentence before", () => {
    const text = "The shelter can hold 600 families. Last night it took in 720, the director said.";
    expect(units(text)).toEqual([[600, "family"], [720, "family"]]);
  });
  it("does not count the forecasts or forecasters that expected a figure", () => {
    const atEnd = (s: string) => pluralNounBefore(s, s.length);
    expect(atEnd("Hiring rose by 4,100, because market forecasts had expected a gain of about ")).toBeNull();
    expect(atEnd("Sales were flat, but traders had predicted a drop of ")).toBeNull();
    expect(atEnd("Sales were flat, but shipments had dropped by ")).toBe("shipment");
    const text = "Payrolls grew by 8,200 new jobs in May. The rise was weak, because market forecasts had expected an increase of about 15,000.";
    expect(units(text)).toEqual([[8200, "job"], [15000, "job"]]);
  });
  it("still counts a plural noun that is what is expected", () => {
    expect(inSentence("Organisers expect visitors to number about 12,000.")).toEqual([[12000, "visitor"]]);
  });
  it("counts what a listed group recorded, not the group, in a list of places with counts in brackets", () => {
    const text = "Four provinces have also recorded deaths from measles. They are Lower Vell (12); Marsh (5); Tollan (three) and Esk (one).";
    expect(units(text)).toEqual([[4, "province"], [12, "death"], [5, "death"], [3, "death"], [1, "death"]]);
  });
  it("keeps the group's noun when the sentence before names nothing it recorded", () => {
    const text = "Measles has reached four provinces. They are Lower Vell (12); Marsh (5).";
    expect(units(text)).toEqual([[4, "province"], [12, "province"], [5, "province"]]);
  });
  it("counts the kind of being a population is of", () => {
    expect(inSentence("The region's refugee population has exceeded 2 million, up from 1.8 million in 2019.")).toEqual([[2_000_000, "refugee"], [1_800_000, "refugee"]]);
    expect(inSentence("The wolf population fell to about 90 last year.")).toEqual([[90, "wolf"]]);
  });
  it("does not count where a population lives as what it is", () => {
    expect(inSentence("The prison population has reached 88,000.")).not.toContainEqual([88000, "prison"]);
    expect(inSentence("The town's urban population is 41,000.")).not.toContainEqual([41000, "urban"]);
  });
  it("takes what the article counts most when nothing nearer says", () => {
    const text = "Flooding cut off 14 villages on Monday. By Tuesday 9 villages had power again. The army reached 11 by boat. The water was 2 metres deep.";
    expect(units(text).map(([, u]) => u)).toEqual(["village", "village", "village", "meter"]);
  });
  it("a count a thousandfold apart lends no noun: the article's topic does", () => {
    const text = "Some 2.1 million tenants are on the register, and 90,000 tenants have waited a decade. The mayor named it one of her four pledges. The register passed one million in 2015 and two million in 2019.";
    expect(units(text)).toEqual([[2.1e6, "tenant"], [90000, "tenant"], [4, "pledge"], [1e6, "tenant"], [2e6, "tenant"]]);
    const near = "The shelter can hold 600 families. Last night it took in 720, the director said.";
    expect(units(near)).toEqual([[600, "family"], [720, "family"]]);
  });
  it("lends no money, percentage, measure or span of time", () => {
    const text = "Prices rose 4 percent in May. The fund lost $3 million. Crews worked 12 hours. Then 40 were sold.";
    expect(units(text).at(-1)?.[1]).toBeNull();
  });
});

describe("nouns read further along the phrase", () => {
  const inS = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);
  it("a forecast counts what was forecast, not the forecasters", () => {
    expect(inS("Exports dropped by 9,000 cars, more than the 6,000 analysts had expected.")).toEqual([[9000, "exact", "car"], [6000, "exact", "car"]]);
    expect(inS("The 40 analysts surveyed were split.")).toEqual([[40, "exact", "analyst"]]);
  });
  it("a share's noun phrase ends on its head", () => {
    expect(inS("Rent takes nearly half of household income, the report said.")).toEqual([[0.5, "nearly", "income"]]);
  });
  it("a make and model between a number and its noun", () => {
    expect(inS("The carrier ordered eight Embraer E195 jets.")).toEqual([[8, "exact", "jet"]]);
  });
  it("a bare vague amount takes only a noun right after it or after 'of'", () => {
    expect(inS("Hundreds leave villages ahead of the storm")).toEqual([[[200, 999], "vague", null]]);
    expect(inS("Thousands fled their homes as the river rose.")).toEqual([[[2000, 9999], "vague", "person"]]);
    expect(inS("Dozens of stranded drivers waited.")).toEqual([[[24, 99], "vague", "driver"]]);
  });
  it("'few' after a word of time is a vague amount", () => {
    expect(inS("Rain is forecast for the next few days.")).toEqual([[[2, 5], "vague", "day"]]);
    expect(inS("Few voters turned out.")).toEqual([]);
  });
  it("a single span of time is one, but not the frame of a record", () => {
    expect(inS("All six stages were raced on a single day.")).toEqual([[6, "exact", "stage"], [1, "exact", "day"]]);
    expect(inS("It was the most rain recorded in a single day.")).toEqual([]);
  });
});

describe("market figures and the sentence before", () => {
  const inS = (s: string) => findQuantities(s).map((m) => [m.value, m.unit]);
  it("an index level after its change has no unit, as a score has none", () => {
    expect(inS("The Kospi index climbed 0.8% to 2,604.12.")).toEqual([[0.8, "percent"], [2604.12, null]]);
  });
  it("an index level borrows no noun from the article", () => {
    const text = "Banks led the gains as 40 lenders reported results.\n\nThe Veldt 300 index gained 0.4% to 5,218.6, a record.";
    expect(units(text)).toEqual([[40, "lender"], [0.4, "percent"], [5218.6, null]]);
  });
  it("a level reached in a sentence that moves it by points has no unit, before or after the move", () => {
    expect(inS("The Orrin index fell 1.9 percent, or 31.06 points to 1,610.42.")).toEqual([[1.9, "percent"], [31.06, "point"], [1610.42, null]]);
    expect(inS("The Tessel index was down 2.4 percent or 52.8 points at 2,117.3.")).toEqual([[2.4, "percent"], [52.8, "point"], [2117.3, null]]);
    expect(inS("The Marrow 30 gained 412.5 points to close at a record high of 71,204.9.")).toEqual([[412.5, "point"], [71204.9, null]]);
    expect(inS("The Lune index ended at an all-time high of 18,330.4, a rise of 77.1 points.")).toEqual([[18330.4, null], [77.1, "point"]]);
    expect(inS("In Varn, the VSX sank at the open, falling 1.2 percent or 61.4 points to 5,012.9.")).toEqual([[1.2, "percent"], [61.4, "point"], [5012.9, null]]);
    expect(inS("It reached an intraday high of 9,412.3 after rising 54.1 points.")).toEqual([[9412.3, null], [54.1, "point"]]);
  });
  it("a total of points scored is no index level: it keeps its points", () => {
    expect(inS("Dana Kowal scored 25 points on Friday, lifting her career total to 2,104.")).toEqual([[25, "point"], [2104, "point"]]);
    expect(inS("The Tarvin Falcons scored 3 points in the second half and moved to 41 in the league table.")).toEqual([[3, "point"], [41, "point"]]);
    // a gain of points with no market in the sentence is no index's either
    expect(inS("Orla Denny gained 12 points in the final round to finish on 140.")).toEqual([[12, "point"], [140, "point"]]);
  });
  it("a score near points, not many times them, keeps its points", () => {
    expect(inS("The Hawks won by 31 points to 24.")).toEqual([[31, "point"], [24, "point"]]);
  });
  it("a figure after 'to' with no index in the sentence still takes a noun", () => {
    expect(inS("The clinic grew from 300 patients in March to 410.")).toEqual([[300, "patient"], [410, "patient"]]);
  });
  it("an exchange rate is in the currency quoted", () => {
    expect(inS("The rupee ended at 83.4 to the dollar.")).toEqual([[83.4, "rupee"]]);
  });
  it("a hyphenated noun counts when its last part does", () => {
    expect(inS("Four co-defendants and three by-elections.")).toEqual([[4, "co-defendant"], [3, "by-election"]]);
  });
  it("only the sentence right before lends its count", () => {
    const text = "Rescuers found 12 survivors. The river then rose 2 metres. Later 5 were flown out. Teams searched 30 homes. Another 4 were found.";
    expect(units(text).map(([, u]) => u)).toEqual(["survivor", "meter", "survivor", "home", "home"]);
  });
});

describe("a vague amount after 'in their' or 'by the'", () => {
  it("counts the subject of the clause", () => {
    expect(findQuantities("Pilgrims came to the shrine in their thousands.").map((m) => [m.qualifier, m.unit])).toEqual([["vague", "pilgrim"]]);
    expect(findQuantities("Geese arrived by the hundreds.").map((m) => [m.qualifier, m.unit])).toEqual([["vague", "goose"]]);
  });
});

describe("numbers and figures are never what a figure counts", () => {
  it.each([
    "Only 6,500 were let in during 2019, when numbers were capped at one million.",
    "Numbers were held at 40,000 for the final.",
    "Officials at the Varrow crossing said numbers reached 12,000 on Sunday.",
    "This year's figures are expected to pass the 718,000 from last year.",
    "The figures show 3,150 arrived by sea.",
    "Early totals stood at 5,400.",
  ])("names no unit of its own: %s", (s) => {
    expect(findQuantities(s).map((m) => m.unit)).toEqual(findQuantities(s).map(() => null));
  });
  it("takes the article's counted noun instead", () => {
    const text = "About 1.4 million pilgrims came to Marsk last year. This year's figures are expected to top the 926,000 from last year.";
    expect(units(text)).toEqual([[1_400_000, "pilgrim"], [926_000, "pilgrim"]]);
    const capped = "Some 90,000 pilgrims reached the Tell shrine on Friday. Only 7,000 were allowed in 2020, when numbers were capped at two million.";
    expect(units(capped)).toEqual([[90_000, "pilgrim"], [7000, "pilgrim"], [2_000_000, "pilgrim"]]);
  });
  it("leaves the noun before the figures, numbers counted as such, and a seven-figure sum as they were", () => {
    expect(inSentence("Visitor numbers at Carrow Abbey rose to 88,000.")).toEqual([[88_000, "visitor"]]);
    expect(inSentence("Six numbers are drawn from 49.")).toEqual([[6, "number"], [49, "number"]]);
    expect(inSentence("Its fleet of trucks now numbers about 400.")).toEqual([[400, "truck"]]); // "numbers" a verb
    expect(inSentence("The club paid a seven-figure fee.")).toEqual([[7, "figure"]]);
  });
});

describe("the noun of 'the number of' past another figure, carried to the next sentence", () => {
  it("lends the next sentence's bare figure the noun counted", () => {
    const text = "The number of passengers on 12 routes was 4.3 million last year. This rose every year to 5.1 million in 2025.";
    expect(units(text)).toEqual([[12, "route"], [4_300_000, "passenger"], [5_100_000, "passenger"]]);
  });
});

describe("irregular plurals", () => {
  it.each([
    ["Staff paid 40 bonuses.", "bonus"],
    ["Labs found 12 bacteria.", "bacterium"],
    ["The study met 5 criteria.", "criterion"],
    ["Farmers lost 30 oxen.", "ox"],
    ["Police questioned 8 passersby.", "passerby"],
  ])("%s", (s, unit) => {
    expect(findQuantities(s)[0]?.unit).toBe(unit);
  });
  it.each([
    ["Tens of millions of Hindus bathed in the river.", "hindu"],
    ["About 2,000 Zulus marched to Delfton.", "zulu"],
    ["The retreat drew 14 gurus.", "guru"],
    ["The farm keeps 60 emus.", "emu"],
    ["The cafe printed 4 menus.", "menu"],
    ["She wrote 300 haikus.", "haiku"],
    ["Herders counted 900 caribous.", "caribou"],
    ["The agency shut 3 bureaus.", "bureau"],
  ])("reads the plural of a noun in -u or -eau: %s", (s, unit) => {
    expect(findQuantities(s)[0]?.unit).toBe(unit);
  });
  it.each([
    ["The town ran 40 buses.", "bus"],
    ["Staff were paid 3 bonuses.", "bonus"],
    ["Labs found 2 viruses.", "virus"],
    ["The college has 4 campuses.", "campus"],
    ["The bureau ran 2 censuses.", "census"],
    ["Players lost 5 status points.", "point"],
  ])("leaves the singulars in -us as they are: %s", (s, unit) => {
    expect(findQuantities(s)[0]?.unit).toBe(unit);
  });
});

describe("nouns a reader takes from the phrase around the figure", () => {
  const inS = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);
  it("a population counts its members", () => {
    expect(inS("The district's deer population has climbed to 40,000.")).toEqual([[40000, "exact", "deer"]]);
    expect(inS("The elephant population has fallen to 415,000.")).toEqual([[415000, "exact", "elephant"]]);
    expect(inS("The prison population rose to 88,000.")).toEqual([[88000, "exact", null]]);
  });
  it("a share is of what the copula after it names", () => {
    expect(inS("Half of them are nurses, the union said.")).toEqual([[0.5, "exact", "nurse"]]);
  });
  it("a place in a count of the noun the clause is about", () => {
    expect(inS("Divers searched the ferry, which was the second of four sailing that night.")).toEqual([[4, "exact", "ferry"]]);
  });
  it("two describing words joined by 'and' before the noun", () => {
    expect(inS("Over 2,400 fire and rescue crews were deployed.")).toEqual([[2400, "more_than", "crew"]]);
    expect(inS("Police found 12 guns and 300 rounds.")).toEqual([[12, "exact", "gun"], [300, "exact", "round"]]);
  });
  it("a noun in quotation marks after the number", () => {
    expect(inS("Organisers promise at least three “quiet hours” each night.")).toEqual([[3, "at_least", "hour"]]);
    expect(inS("Officials set up three 'safe zones' in the city.")).toEqual([[3, "exact", "zone"]]);
  });
});

describe("'N of them' in the sentence of its group", () => {
  it("counts part of the sentence's last count, however far back it is", () => {
    expect(inSentence("Medics said nearly 250 people were being treated for burns in city clinics, and 18 of them were in intensive care.")).toEqual([[250, "person"], [18, "person"]]);
    expect(inSentence("Crews pulled 14 miners out on Friday after a week underground, and 5 of them were airlifted.")).toEqual([[14, "miner"], [5, "miner"]]);
  });
});

describe("'the number of' a long way before its figure", () => {
  it("counts the noun after the sentence's 'number of', however long the words between", () => {
    const text = "The agency put the number of sailors lost on one wild sea lane from the far southern cape right up to an old north isle at 412 this year.";
    expect(units(text)).toEqual([[412, "sailor"]]);
  });
  it("takes no word cut in two at the edge of the clause for a noun", () => {
    // The 90 characters before the figure open inside "sailors": "ors" is no noun.
    const s = "The agency put the number of sailors lost on one wild sea lane from the far southern cape right up to an old north isle at ";
    expect(pluralNounBefore(s, s.length)).toBeNull();
  });
  it("does not take a verb after 'number of' for the noun", () => {
    expect(units("The number of flights was not given. Officials said 300 were late.")).toEqual([[300, "flight"]]);
    expect(units("The agency tracks the number of flood victims. The figure printed in the report is 18,400.")).toEqual([[18400, "victim"]]);
  });
});

describe("a document's describing word is no unit", () => {
  it.each([
    ["According to the agency's most recent figures, 1,200 left the region.", [[1200, null]]],
    ["According to the board's provisional figures, 1,200 left the region.", [[1200, null]]],
    ["Under the council's latest numbers, 640 moved away.", [[640, null]]],
  ])("%s", (s, want) => {
    expect(inSentence(s)).toEqual(want);
  });
  it("a share of a population counts its members, an acronym before them describing them", () => {
    expect(inSentence("According to the ministry's most recent figures, a quarter of the total UK student population, more than 700,000 students, rent flats.")).toEqual([[0.25, "student"], [700000, "student"]]);
    expect(inSentence("Half of the deer population, about 300 animals, died.")).toEqual([[0.5, "deer"], [300, "animal"]]);
    expect(inSentence("Half of the EU workforce is female.")).toEqual([[0.5, "workforce"]]);
  });
  it("keeps a whole population, and a noun before the figures that names what they count", () => {
    expect(inSentence("Half of the total population, some 9,000 people, live in flats.")).toEqual([[0.5, "population"], [9000, "person"]]);
    expect(inSentence("A quarter of the NHS is short of staff.")).toEqual([[0.25, null]]);
  });
});

describe("a rate lends no noun to a bare figure after it", () => {
  it("leaves a count after money by the share without that unit", () => {
    const units = (text: string) => extractClaims(text).map((c) => c.quantity?.unit ?? null);
    expect(units("Profit was $7.34 a share. They also sold 3.9 million.")).toEqual(["dollar per share", null]);
    expect(units("Analysts had expected earnings of 80 cents a share. They had predicted 26 million more.")).toEqual(["cent per share", null]);
  });
});
