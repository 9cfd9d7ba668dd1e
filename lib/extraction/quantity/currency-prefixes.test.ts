/** Money written with a currency's letters or code before the amount, as the wire services of Asia and Africa print it. */
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";
import { isNairaArticle } from "./tokenizer";

type Row = [number | string, string | null];
const all = (s: string): Row[] => findQuantities(s).map((m) => [m.value ?? `${m.low}..${m.high}`, m.unit]);

describe("currency letters and codes before the amount", () => {
  it.each([
    ["Customs seized cigarettes worth RM2.4 million at the port.", 2_400_000, "ringgit"],
    ["The councillor was fined RM8,000 for the offence.", 8000, "ringgit"],
    ["Each family received RM 300 in aid.", 300, "ringgit"],
    ["The senate approved Php 4.1 billion for flood control.", 4_100_000_000, "peso"],
    ["The agency released PHP 250 million to the towns.", 250_000_000, "peso"],
    ["The city lost P12 billion in unpaid taxes.", 12_000_000_000, "peso"],
    ["Traffic fines rose to Dh3,000 this year.", 3000, "dirham"],
    ["The county set aside Sh60 million for drought relief.", 60_000_000, "shilling"],
    ["The port earned MYR 1.2 billion.", 1_200_000_000, "ringgit"],
    ["The deal is worth IDR 7 trillion.", 7_000_000_000_000, "rupiah"],
    ["Imports cost PKR 900 billion.", 900_000_000_000, "rupee"],
    ["Farmers were paid NGN 40,000 each.", 40_000, "naira"],
    ["Tuition rose to KES 58,000 a year.", 58_000, "shilling per year"],
    ["The ministry spent BDT 300 crore on roads.", 3_000_000_000, "taka"],
    ["Cocoa farmers were owed GH¢5 million.", 5_000_000, "cedi"],
    ["The levy raised GH₵ 20,000.", 20_000, "cedi"],
    ["The budget allots GHS 2 billion to schools.", 2_000_000_000, "cedi"],
  ])("%s → %s %s", (s, value, unit) => {
    expect(findQuantities(s)[0]).toMatchObject({ value, unit });
  });

  it("keeps the currency's qualifier", () => {
    expect(findQuantities("The haul is worth about RM1.5 million on the street.")[0]).toMatchObject({ value: 1_500_000, qualifier: "approximately", unit: "ringgit" });
  });

  it("reads the letters as money only before an amount", () => {
    expect(all("Sh. Ramesh said the RM team was stopped.")).toEqual([]);
    expect(all("The P5 model sold well.")).toEqual([]);
    expect(all("The RM said 12 trucks left.")).toEqual([[12, "truck"]]);
  });
});

describe("naira written 'N' before a plain amount in a Nigerian story", () => {
  it("reads prices after 'N' when the sentence is about Nigeria", () => {
    expect(findQuantities("Kaduna bakers protest as flour bag nears N1200/kg").map((m) => [m.value, m.qualifier, m.unit])).toEqual([[1200, "nearly", "naira per kilogram"]]);
    expect(findQuantities("Diesel sold for N715 per litre at depots in Enugu on Friday.").map((m) => [m.value, m.unit])).toEqual([[715, "naira per liter"]]);
    expect(findQuantities("Depot owners in Lagos said they sell at N870 to N880.").map((m) => [m.low, m.high, m.qualifier, m.unit])).toEqual([[870, 880, "range", "naira"]]);
  });
  it("names and codes after 'N' stay names, and a story elsewhere keeps 'N' a letter", () => {
    expect(findQuantities("Nigerian nurses asked for N95 masks.")).toEqual([]);
    expect(findQuantities("The crash happened on the N1 road near Lagos.")).toEqual([]);
    expect(findQuantities("Walkers met at grid point N51 in the Brecon hills.")).toEqual([]);
    expect(findQuantities("The bus took the N640 route to Galway.")).toEqual([]);
  });
  it("a sentence of a Nigerian article needs no Nigerian word of its own", () => {
    const nigerian = { nairaArticle: true };
    expect(findQuantities("Kerosene now sells at N742 per litre in most outlets.", nigerian).map((m) => [m.value, m.unit])).toEqual([[742, "naira per liter"]]);
    expect(findQuantities("Kerosene now sells at N742 per litre in most outlets.").map((m) => [m.value, m.unit])).toEqual([]);
    expect(findQuantities("Nurses asked for N95 masks.", nigerian)).toEqual([]);
    expect(findQuantities("The crash happened on the N1 road.", nigerian)).toEqual([]);
  });
});

describe("isNairaArticle", () => {
  it("is a story naming Nigeria, its money, a city or a price-setting body", () => {
    expect(isNairaArticle("Queues return\n\nMotorists in Abuja waited for hours.")).toBe(true);
    expect(isNairaArticle("Traders said the naira weakened.")).toBe(true);
    expect(isNairaArticle("Galway buses run on the N640 route.")).toBe(false);
  });
});

describe("longer letters glued before the dollar sign", () => {
  it.each([
    ["Turnover reached Aus$4.2 billion in the year.", 4_200_000_000, "australian dollar"],
    ["A regulator ordered the carrier to pay Aus$35 million.", 35_000_000, "australian dollar"],
    ["The miner paid Can$610 million for the mine.", 610_000_000, "canadian dollar"],
    ["Each ticket costs SG$18.", 18, "singapore dollar"],
    ["The bank posted a profit of R$7.3 billion.", 7_300_000_000, "real"],
    ["Fuel went up to MX$24 a litre.", 24, "peso per liter"],
  ])("%s → %s %s", (s, value, unit) => {
    expect(findQuantities(s)[0]).toMatchObject({ value, unit });
  });
  it("reads the Brazilian real's plural", () => {
    expect(all("The lender earned 9.6 billion reais in the quarter.")).toEqual([[9_600_000_000, "real"]]);
  });
  it("a word before a spaced or unglued sign stays a word", () => {
    expect(all("Savers can $5 a week put aside.")).toEqual([[5, "dollar per week"]]);
    expect(all("The Aus team won 3 matches.")).toEqual([[3, "match"]]);
  });
});
