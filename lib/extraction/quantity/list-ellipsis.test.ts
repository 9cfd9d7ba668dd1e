/** Results lists that write the unit once, after the first item: each later "Name N" item is a figure of that unit. */
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

type Row = [number | string, string | null];
const all = (s: string): Row[] => findQuantities(s).map((m) => [m.value ?? `${m.low}..${m.high}`, m.unit]);

describe("a list that names its unit once", () => {
  it("reads spelled-out counts after party names", () => {
    expect(all("The Labour Party leads the count with forty one seats, Greens nineteen, Liberal Democrats twelve and independents three.")).toEqual([
      [41, "seat"], [19, "seat"], [12, "seat"], [3, "seat"],
    ]);
  });

  it("reads digits after names that would otherwise look like labels", () => {
    expect(all("The ruling alliance took 212 seats followed by UDF-M 88, PNP 41 and others 9.")).toEqual([
      [212, "seat"], [88, "seat"], [41, "seat"], [9, "seat"],
    ]);
  });

  it("carries a percent to the regions listed after it", () => {
    expect(all("Turnout of 61.2 per cent was highest in the north, followed by Kano 58.4, Lagos Island 44.9 and Enugu state 40.1 per cent.")).toEqual([
      [61.2, "percent"], [58.4, "percent"], [44.9, "percent"], [40.1, "percent"],
    ]);
  });

  it("reads a name after 'the'", () => {
    expect(all("The PPP won 74 seats, the PTI 22 and the MQM 16.")).toEqual([[74, "seat"], [22, "seat"], [16, "seat"]]);
    expect(all("The storm killed 12 people, the 2019 floods 40.")).not.toContainEqual([2019, "person"]);
  });

  it("lets 'followed by' come a few words after the first figure", () => {
    expect(all("The Conservatives won 54 seats in the regional assembly followed by Labour 31.")).toEqual([[54, "seat"], [31, "seat"]]);
  });

  it("needs a first figure with a unit", () => {
    expect(all("Results so far: Labour 31, Greens 12 and Liberals 4.")).not.toContainEqual([12, "seat"]);
    expect(all("The vote was held on Sunday, March 12.")).toEqual([]);
  });

  it("stops at what is no item of the list", () => {
    expect(all("The storm killed 12 people, Governor Ana Ruiz said on Monday.")).toEqual([[12, "person"]]);
    expect(all("The blast wounded 40 people, Route 9 was closed and Flight 370 was delayed.")).toEqual([[40, "person"]]);
    expect(all("Police arrested 30 people, Vision 2030 officials said.")).toEqual([[30, "person"]]);
    expect(all("The firm cut 300 jobs, COVID 19 cases rose.")).toEqual([[300, "job"]]);
  });

  it("never lends money or a measure to the items after it", () => {
    expect(all("The fund paid $40 million, Acme 12 and Zeta 3.")).toEqual([[40_000_000, "dollar"]]);
  });
});

describe("the noun counted comes from after the number", () => {
  it("reads a container noun before 'of' even when printed in the singular", () => {
    expect(findQuantities("Police said officers seized 20 plastic pack of crystal from the car.")[0]).toMatchObject({ value: 20, unit: "pack" });
    expect(findQuantities("Customs officers found 14 wooden crate of ivory.")[0]).toMatchObject({ value: 14, unit: "crate" });
  });

  it("reads 'gm' as grams, never taking the sentence's subject", () => {
    expect(all("Acting on a tip-off, police intercepted a truck and recovered 480 gm of heroin.")).toEqual([[480, "gram"]]);
    expect(all("Police seized a bag weighing 3,250 gms.")).toEqual([[3250, "gram"]]);
    expect(all("GM 500 trucks were recalled.")).not.toContainEqual([500, "gram"]);
  });

  it("does not take a ranking or a verb for a noun before 'of'", () => {
    expect(all("The 20 most popular of the songs were played.")).not.toContainEqual([20, "popular"]);
    expect(all("The 12 best of the season were named.")).not.toContainEqual([12, "best"]);
  });
});
