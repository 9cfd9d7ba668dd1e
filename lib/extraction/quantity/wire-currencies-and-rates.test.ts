import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { isMeasureOrMoney } from "./lexicon";
import { findQuantities } from "./parser";

type Row = [number | string, string | null];
const all = (s: string): Row[] => findQuantities(s).map((m) => [m.value ?? `${m.low}..${m.high}`, m.unit]);

describe("currencies that share a symbol or a name", () => {
  it.each([
    ["Net profit fell to HK$2,310 million.", 2_310_000_000, "hk dollar"],
    ["Revenue was 820 million Hong Kong dollars.", 820_000_000, "hk dollar"],
    ["Revenue was 820 million HK dollars.", 820_000_000, "hk dollar"],
    ["The fare is HKD 45.", 45, "hk dollar"],
    ["The deal is worth S$1.2 billion.", 1_200_000_000, "singapore dollar"],
    ["The deal is worth 300 million Singapore dollars.", 300_000_000, "singapore dollar"],
    ["Mining rights fetched A$75 million.", 75_000_000, "australian dollar"],
    ["Mining rights fetched 75 million Australian dollars.", 75_000_000, "australian dollar"],
    ["The pipeline cost C$4 billion.", 4_000_000_000, "canadian dollar"],
    ["Dairy exports earned NZ$900 million.", 900_000_000, "new zealand dollar"],
    ["Chipmakers invested NT$50 billion.", 50_000_000_000, "taiwan dollar"],
    ["The bond raised US$300 million.", 300_000_000, "dollar"],
    ["The bond raised 300 million U.S. dollars.", 300_000_000, "dollar"],
    ["Bread now costs 12 Egyptian pounds.", 12, "egyptian pound"],
    ["Tickets cost 40 British pounds.", 40, "pound"],
    ["Police recovered 250 Kuwaiti dinars.", 250, "dinar"],
    ["The fine was 5,000 Indian rupees.", 5000, "rupee"],
    ["The bill came to 900 ringgit.", 900, "ringgit"],
  ])("%s → %s %s", (s, value, unit) => {
    expect(findQuantities(s)[0]).toMatchObject({ value, unit });
  });

  it("reads a currency with a dash glued after it as money", () => {
    expect(all("Some 900 Jordanian dinars-the takings of a week-were seized.")).toEqual([[900, "dinar"]]);
  });

  it("counts another country's money as money, never as a thing counted", () => {
    for (const unit of ["hk dollar", "new zealand dollar", "egyptian pound", "dinar"]) expect(isMeasureOrMoney(unit)).toBe(true);
    expect(isMeasureOrMoney("police station")).toBe(false);
  });

  it("keeps a weight in pounds apart from money in pounds", () => {
    expect(all("The parcel weighed 7 pounds.")).toEqual([[7, "pound"]]);
  });
});

describe("rates of physical amounts", () => {
  it.each([
    ["The refinery processes 250,000 barrels per day.", 250_000, "barrel per day"],
    ["Output reached 1.1 million bpd in May.", 1_100_000, "barrel per day"],
    ["The mill crushes 4,000 tonnes a day.", 4000, "tonne per day"],
    ["The smelter ships 30,000 tons a year.", 30_000, "ton per year"],
    ["The plant treats 80 million litres per day.", 80_000_000, "liter per day"],
  ])("%s → %s", (s, value, unit) => {
    expect(findQuantities(s)[0]).toMatchObject({ value, unit });
  });

  it("reads money by the unit and distances by the day as rates", () => {
    expect(all("Crude sold at $82 a barrel.")).toEqual([[82, "dollar per barrel"]]);
    expect(all("The pilgrims walked 20 km a day.")).toEqual([[20, "kilometer per day"]]);
  });
});

describe("earthquake readings", () => {
  it.each([
    "A 6.3 quake rattled the coast on Monday.",
    "Buildings swayed after a strong 5.9 earthquake struck the capital.",
    "Two people died in a 6.1 tremor overnight.",
    "The agency measured it at 6.6 on its seismograph.",
    "A seismology institute put it at 6.6 after the quake.",
  ])("%s → magnitude", (s) => {
    expect(findQuantities(s).find((m) => m.unit === "magnitude")).toBeTruthy();
  });

  it("counts quakes and their victims, and reads other measurements as before", () => {
    expect(all("Two quake victims were found.")).toEqual([[2, "victim"]]);
    expect(all("The wind was measured at 6.2 by the station.")[0][1]).not.toBe("magnitude");
  });
});

describe("what a figure counts when a verb or a compound follows it", () => {
  it("a participle with an object after the number leaves the count with the group before it", () => {
    expect(all("The convoy had 40 trucks, including 12 carrying fuel tanks.")).toEqual([[40, "truck"], [12, "truck"]]);
    expect(all("Police stopped 30 boats, eight loaded with migrants.")).toEqual([[30, "boat"], [8, "boat"]]);
  });

  it("an adjective in -ing still describes the noun it counts", () => {
    expect(all("There were 300 people, including 40 missing children.")).toEqual([[300, "person"], [40, "child"]]);
  });

  it("a figure that is the subject of \"are\"/\"were\" and a plural noun counts that noun", () => {
    expect(all("The blast killed 9 people, among whom five were soldiers and four civilians.")).toEqual([[9, "person"], [5, "soldier"], [4, "civilian"]]);
    expect(all("Of those, 3 are citizens of Chad.")).toEqual([[3, "citizen"]]);
    expect(all("About 20 were tens of metres away.")[0][1]).toBeNull();
  });

  it("a measure after a name's number makes it an amount, not a label", () => {
    expect(all("The village sits beside Lake Toba 40 km (25 miles) south of the port.")).toEqual([[40, "kilometer"], [25, "mile"]]);
    expect(all("Flight 370 never landed.")).toEqual([]);
  });

  it("a compound after an invariant noun counts its head", () => {
    expect(all("Two police station in-charge were suspended.")).toEqual([[2, "in-charge"]]);
    expect(all("The state moved 14 police station chiefs.")).toEqual([[14, "chief"]]);
    expect(all("Forty police were deployed.")).toEqual([[40, "police"]]);
  });
});

describe("crowds and attendances", () => {
  it.each([
    ["The final drew a crowd of 61,000.", 61_000],
    ["Average attendance was about 18,500 per match.", 18_500],
    ["The spectator figures had already passed 400,000.", 400_000],
  ])("%s counts spectators", (s, value) => {
    expect(findQuantities(s).find((m) => m.value === value)?.unit).toBe("spectator");
  });

  it("a crowd takes the noun the article counts those who came in", () => {
    const text = "The derby sold out. A record 70,250 people watched the game.\n\nThe old record was a crowd of 66,010 in 1998.";
    expect(extractClaims(text).map((c) => c.quantity?.unit)).toEqual(["person", "person"]);
  });
});

describe("a letter for a currency after a comma or a bracket", () => {
  it("reads the amount, but not a letter glued to a word or a number before it", () => {
    const all = (s: string) => findQuantities(s).map((m) => [m.value, m.unit]);
    expect(all("Aid includes the fund, P400 million in loans and P268 million in insurance.")).toEqual([[400_000_000, "peso"], [268_000_000, "peso"]]);
    expect(all("The grant (R2.1bn) was paid.")).toEqual([[2_100_000_000, "rand"]]);
    expect(all("The MP400 router sold well.")).toEqual([]);
  });
});

describe("breaching a mark", () => {
  it("is more than the mark, as crossing it is", () => {
    const [m] = findQuantities("Damage has breached the P2 billion mark.");
    expect([m.value, m.qualifier, m.unit]).toEqual([2_000_000_000, "more_than", "peso"]);
  });
});

describe("a rate keeps its span: money by the span of time or by the measure, a count by the span of time", () => {
  it.each([
    ["Rice sold at 90 shillings a kilo in Tarnu market.", [[90, "shilling per kilogram"]]],
    ["Heating oil in Vellmar costs 98 cents per gallon.", [[98, "cent per gallon"]]],
    ["Crude from the Osk field fetched $71.20 a barrel.", [[71.2, "dollar per barrel"]]],
    ["The depot line runs 4,200 buses a day.", [[4200, "bus per day"]]],
    ["Clinics in Parrow saw 130 patients a week.", [[130, "patient per week"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it("gives the rate to an amount joined to it by 'to', 'and' or 'from'", () => {
    expect(all("Diesel went up by 4p to 151.2p per litre.")).toEqual([[4, "penny per liter"], [151.2, "penny per liter"]]);
    expect(all("Margins reached 7.5p and 14p per litre.")).toEqual([[7.5, "penny per liter"], [14, "penny per liter"]]);
  });
  it("reads money by the span of time as a rate, and leaves a figure dated by 'a year earlier', a measure of time and a percent as they are", () => {
    expect(all("The striker signed a £12m-a-year contract with Dunmore Rovers.")).toEqual([[12_000_000, "pound per year"]]);
    expect(all("Tenants in Marrow Bay now pay $310 a week.")).toEqual([[310, "dollar per week"]]);
    expect(all("Profit was $12 million, up from $9 million a year earlier.")).toEqual([[12_000_000, "dollar"], [9_000_000, "dollar"]]);
    expect(all("The insurer earned 31 cents a share.")).toEqual([[31, "cent per share"]]);
    expect(all("The crew trained two hours a day.")).toEqual([[2, "hour"]]);
    expect(all("Prices rose 4% a year.")).toEqual([[4, "percent"]]);
    expect(all("The council spent £2m a day after the flood.")).toEqual([[2_000_000, "pound"]]);
  });
  it("does not carry the rate to an amount of another clause", () => {
    expect(all("The mill paid $30m for the site and now sells flour at $2 a kilo.")).toEqual([[30_000_000, "dollar"], [2, "dollar per kilogram"]]);
  });
});

describe("money by the share is a rate", () => {
  it.each([
    ["Profit at Harlow Mills was $2.10 a share, beating forecasts of $1.95 per share.", [[2.1, "dollar per share"], [1.95, "dollar per share"]]],
    ["Orvane posted earnings of 80 cents a share.", [[80, "cent per share"]]],
    ["The board of Tessel Group declared a final dividend of 12p per share.", [[12, "penny per share"]]],
    ["Kirran Foods paid a $1.40-a-share special dividend.", [[1.4, "dollar per share"]]],
    ["Net income was $61 million, or 24 cents a share, against $9 million, or 3 cents a share, a year before.", [[61e6, "dollar"], [24, "cent per share"], [9e6, "dollar"], [3, "cent per share"]]],
  ])("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it("gives the rate to an earlier level it rose from, past the rate's own word", () => {
    expect(all("The brewer earned 40 cents a share, up from 31 cents.")).toEqual([[40, "cent per share"], [31, "cent per share"]]);
  });
  it("leaves a sum in shares, a share of a market, a count by the share and a share price's move as they are", () => {
    expect(all("Velmar raised $2 billion in shares.")).toEqual([[2e9, "dollar"]]);
    expect(all("Brisk Air holds a 5% share of the market and its shares rose 3%.")).toEqual([[5, "percent"], [3, "percent"]]);
    expect(all("Holders get one vote per share.")).toEqual([[1, "vote"]]);
    expect(all("Its shares jumped 40 cents to $12.50.")).toEqual([[40, "cent"], [12.5, "dollar"]]);
  });
});

describe("a span after a figure that makes no rate", () => {
  it.each([
    ["The firm gave 300 staff a week's notice.", [[300, "staff"]]],
    ["Landlords gave 50 tenants a month’s notice.", [[50, "tenant"]]],
    ["Police arrested 14 suspects a week into the investigation.", [[14, "suspect"]]],
    ["Police evacuated 300 residents an hour ahead of the storm.", [[300, "resident"]]],
    ["The aid reached 400 villages a day too late.", [[400, "village"]]],
    ["Police found 12 cars a quarter mile from the scene.", [[12, "car"], [0.25, "mile"]]],
    ["Authorities gave 200 families a week to leave their homes.", [[200, "family"]]],
  ] as const)("%s", (s, want) => {
    expect(all(s)).toEqual(want);
  });

  it("carries a price's rate to a price joined by 'to' or 'and', never to a sum restated with ', or' or one with a scale", () => {
    expect(all("Kestrel will pay $40 million upfront and $3 a barrel in royalties.")).toEqual([[40_000_000, "dollar"], [3, "dollar per barrel"]]);
    expect(all("The state paid $40 million, or $2 a tonne, for the grain.")).toEqual([[40_000_000, "dollar"], [2, "dollar per tonne"]]);
    expect(all("Oil rose $1.23 to $51 a barrel.")).toEqual([[1.23, "dollar per barrel"], [51, "dollar per barrel"]]);
    expect(all("The line runs 11,000 trains a day.")).toEqual([[11_000, "train per day"]]);
  });

  it("a price by any measure of stuff keeps it, and what follows the measure dates nothing", () => {
    expect(all("Growers now get $2,410 per ton for their beans.")).toEqual([[2410, "dollar per ton"]]);
    expect(all("The winter contract closed at 61.3 pence per therm.")).toEqual([[61.3, "penny per therm"]]);
    expect(all("Power traded at €48.2 a megawatt-hour on Tuesday.")).toEqual([[48.2, "euro per megawatt-hour"]]);
    expect(all("Flats in the old town sell for $615 a square foot.")).toEqual([[615, "dollar per square foot"]]);
    expect(all("Heating oil settled at $31.90 a barrel on the Kell exchange.")).toEqual([[31.9, "dollar per barrel"]]);
    // near-misses: a span of time still dates a count ("a week on"), and a ton counted is no price
    expect(all("Rescuers were still finding 40 survivors a week on.")).toEqual([[40, "survivor"]]);
    expect(all("Police seized 3 tons of maize.")).toEqual([[3, "ton"]]);
  });
  it("a later price in the same currency, with no measure of its own, is by the measure of the price before it", () => {
    expect(all("Rubber touched $2,900 per ton in March but has since slipped to about $2,450.")).toEqual([[2900, "dollar per ton"], [2450, "dollar per ton"]]);
    expect(all("The northern blend fell 40 cents to $71.12 a barrel, while the southern grade lost 12 cents, or 0.2%, to $69.80.")).toEqual([
      [40, "cent"], [71.12, "dollar per barrel"], [12, "cent"], [0.2, "percent"], [69.8, "dollar per barrel"],
    ]);
    // near-misses: a scaled sum, another currency and a sum after money by the year are no prices by the measure
    expect(all("Growers got $3 a tonne, and the board kept a $25 million fund.")).toEqual([[3, "dollar per tonne"], [25_000_000, "dollar"]]);
    expect(all("Farmers earn 150 shillings a kilo, or about $1.10.")).toEqual([[150, "shilling per kilogram"], [1.1, "dollar"]]);
    expect(all("The club pays £4m a year and a £500 fee.")).toEqual([[4_000_000, "pound per year"], [500, "pound"]]);
  });
  it("a later price takes the measure only when a change or a level links it, and not past another thing or its own span of time", () => {
    // linked: a level reached, a record, a change, a price restated in brackets after "from"
    expect(all("Palm oil closed at $910 a tonne, below its record of $1,020.")).toEqual([[910, "dollar per tonne"], [1020, "dollar per tonne"]]);
    expect(all("Kerosene now costs 95p a litre, a 4p increase since March.")).toEqual([[95, "penny per liter"], [4, "penny per liter"]]);
    expect(all("Coffee reached 2.40 riyals ($0.64) a kilo from 2 riyals ($0.53).")).toEqual([
      [2.4, "riyal per kilogram"], [0.64, "dollar per kilogram"], [2, "riyal"], [0.53, "dollar per kilogram"],
    ]);
    // a figure with its own span of time, and the figure after it
    expect(all("Diesel sold for $4.10 a gallon in Tarvin County, where the average household spends $260 a month on fuel and $90 on insurance.")).toEqual([
      [4.1, "dollar per gallon"], [260, "dollar"], [90, "dollar"],
    ]);
    expect(all("Lamp oil sold for $3 a gallon, and families spent $80 a month on it and $20 on wicks.")).toEqual([[3, "dollar per gallon"], [80, "dollar"], [20, "dollar"]]);
    // shares, a named subject, a new source
    expect(all("Gold rose to $2,410 an ounce on Monday, and shares of Harlow Mining gained $3 to $45.")).toEqual([[2410, "dollar per ounce"], [3, "dollar"], [45, "dollar"]]);
    expect(all("Silver rose to $31 an ounce, and Dunmere Metals gained $2 to $19.")).toEqual([[31, "dollar per ounce"], [2, "dollar"], [19, "dollar"]]);
    expect(all("Wheat futures rose to $6.20 a bushel, and Corvane Grain said it would pay farmers a bonus of $500 each.")).toEqual([[6.2, "dollar per bushel"], [500, "dollar"]]);
    // not linked: a sum that is no level of the price
    expect(all("Barley fetched $5 a bushel, and the co-op paid a bonus of $400.")).toEqual([[5, "dollar per bushel"], [400, "dollar"]]);
    // the tail naming a source is no new source
    expect(all("Petrol is now 9.5p a litre dearer than last spring, the Velt Motoring Club said, beating the old record of 131.2p.")).toEqual([[9.5, "penny per liter"], [131.2, "penny per liter"]]);
  });
  it("a price restated in brackets before its measure is by the measure in both currencies", () => {
    expect(all("The board set the price at 2,100 CFA francs ($3.52) per kilogram.")).toEqual([[2100, "franc per kilogram"], [3.52, "dollar per kilogram"]]);
    expect(all("Diesel rose to 2.10 riyals ($0.58) a liter.")).toEqual([[2.1, "riyal per liter"], [0.58, "dollar per liter"]]);
    // near-miss: a sum restated in brackets with a scale word is no price by the measure
    expect(all("The deal is worth 4 billion rand ($220 million), or $12 a tonne.")).toEqual([[4_000_000_000, "rand"], [220_000_000, "dollar"], [12, "dollar per tonne"]]);
  });
});
