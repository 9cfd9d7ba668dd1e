import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";
import { extractClaims } from "../extract";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.qualifier, m.unit]);

describe("a vague amount with no noun of its own", () => {
  it.each([
    ["Crews are still trying to reach millions after the storm.", [[[2_000_000, 9_999_999], "vague", "person"]]],
    ["Officials said thousands were still without water.", [[[2000, 9999], "vague", "person"]]],
  ])("counts people: %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it.each([
    ["The mayor held back millions from the 2020 budget.", [[[2_000_000, 9_999_999], "vague", "dollar"]]],
    ["Water boards earn billions from higher bills", [[[2_000_000_000, 9_999_999_999], "vague", "dollar"]]],
    ["The club paid £30m for him and wasted millions more.", [[30_000_000, "exact", "pound"], [[2_000_000, 9_999_999], "vague", "pound"]]],
  ])("is money in a clause about money: %s", (s, want) => {
    expect(all(s)).toEqual(want);
  });
  it("keeps a noun written after it", () => {
    expect(all("The clip was viewed millions of times.")).toEqual([[[2_000_000, 9_999_999], "vague", "time"]]);
    expect(all("Thousands of farmers marched.")).toEqual([[[2000, 9999], "vague", "farmer"]]);
  });
});

describe("a headline's vague amount with no noun", () => {
  it("counts people when its words do not say what it is", () => {
    expect(all("Millions tune in as Kelso Point hosts the final")).toEqual([[[2_000_000, 9_999_999], "vague", "person"]]);
  });
  it("is left to the article's noun or money when its words say what it is", () => {
    expect(all("Thousands still in shelters after Port Alder floods")).toEqual([[[2000, 9999], "vague", null]]);
    expect(all("Billions needed to rebuild Port Alder")).toEqual([[[2_000_000_000, 9_999_999_999], "vague", null]]);
  });
});

describe("a bare vague sum in an article that counts in another currency", () => {
  const vague = (text: string) => extractClaims(text).filter((c) => c.quantity?.qualifier === "vague").map((c) => c.quantity!.unit);
  it("takes the article's money", () => {
    expect(vague("Energy bills to fall\n\nThe cap falls to £1,412 a year from July.\n\nThe minister said the state acted swiftly, spending billions on support.\n")).toEqual(["pound"]);
  });
  it("keeps the dollar when the article counts in dollars or the sum says so", () => {
    expect(vague("Roads plan\n\nThe levy is $40.\n\nThe state is spending billions on roads.\n")).toEqual(["dollar"]);
    expect(vague("Roads plan\n\nThe levy is £40.\n\nThe state is spending billions of dollars on roads.\n")).toEqual(["dollar"]);
  });
  it("keeps the dollar when the sentence names the United States", () => {
    const council = "Kesh roads\n\nThe Kesh council will spend £40m on roads, the mayor said. ";
    expect(vague(council + "Washington has spent billions on the war in Velsby, he added.\n")).toEqual(["dollar"]);
    expect(vague(council + "American taxpayers have spent billions on the Velsby war.\n")).toEqual(["dollar"]);
    expect(vague(council + "The US has spent billions on the Velsby war.\n")).toEqual(["dollar"]);
    expect(vague(council + "Ardley has spent billions on the Velsby war, he added.\n")).toEqual(["pound"]);
  });
});
