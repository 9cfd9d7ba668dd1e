/** Small figures wire copy states in words: a span after a place's name, a lone "one" recovered, a step "by one", "nearly a penny". */
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

type Row = [number | string, string | null, string];
const all = (s: string): Row[] => findQuantities(s).map((m) => [m.value ?? `${m.low}..${m.high}`, m.unit, m.qualifier]);

describe("a span of time after a place's name", () => {
  it("is an amount, not a label like 'Flight 370'", () => {
    expect(all("The ferry reached Dover three hours behind schedule, the operator said.")).toEqual([[3, "hour", "exact"]]);
    expect(all("The convoy reached Kandahar 4 days later.")).toEqual([[4, "day", "exact"]]);
  });

  it("keeps labels that are labels", () => {
    expect(all("Flight 370 vanished over the sea.")).toEqual([]);
    expect(all("By then Windows 10 months after launch ran on most PCs.")).toEqual([]);
  });
});

describe("a lone 'one' that counts", () => {
  it("counts a body recovered", () => {
    expect(all("One body has been recovered from the river.")).toEqual([[1, "body", "exact"]]);
    expect(all("One corpse was retrieved on Monday.")).toEqual([[1, "corpse", "exact"]]);
  });

  it("counts the size of a change stated 'by one'", () => {
    expect(all("Forecasters later downgraded the storm by one category.")).toEqual([[1, "category", "exact"]]);
    expect(all("The central bank raised its rate by one percentage point.")).toEqual([[1, "percentage point", "exact"]]);
    expect(all("The deadline was extended by one week.")).toEqual([[1, "week", "exact"]]);
  });

  it("counts the size of a change stated 'by a' span or measure, 'full' or 'whole' passed over", () => {
    expect(all("The council moved its budget vote up by a day after the audit.")).toEqual([[1, "day", "exact"]]);
    expect(all("The bank of Vessia raised its key rate by a full percentage point.")).toEqual([[1, "percentage point", "exact"]]);
    expect(all("The hearing was postponed by a whole month.")).toEqual([[1, "month", "exact"]]);
    expect(all("The river at Tarnow rose by a metre overnight.")).toEqual([[1, "meter", "exact"]]);
  });

  it("counts 'and a' closing a list of counts of things as one more", () => {
    expect(all("The strike hit the clinic, injuring three ambulance drivers and a nurse.")).toEqual([[3, "driver", "exact"], [1, "nurse", "exact"]]);
    expect(all("The van carried 14 men, 3 women and a child.")).toEqual([[14, "man", "exact"], [3, "woman", "exact"], [1, "child", "exact"]]);
    expect(all("Police in Arlen arrested five men and a woman on Monday.")).toEqual([[5, "man", "exact"], [1, "woman", "exact"]]);
  });

  it("leaves 'and a' after money or a span, before 'of' or an amount word", () => {
    expect(all("The fund raised $3 million and a pledge.")).toEqual([[3_000_000, "dollar", "exact"]]);
    expect(all("The flood killed 12 people and a sense of loss remains.")).toEqual([[12, "person", "exact"]]);
    expect(all("They seized 3 guns and a number of knives.")).toEqual([[3, "gun", "exact"]]);
    expect(all("Twelve people died and a child was hurt.")).toEqual([[12, "person", "exact"]]);
  });

  it("leaves 'and a' before a clause's verb or a thing of another kind than the list's people", () => {
    expect(all("The storm killed 12 people, and a witness said the roof collapsed.")).toEqual([[12, "person", "exact"]]);
    expect(all("Rebels freed 40 hostages and a pilot said they were unharmed.")).toEqual([[40, "hostage", "exact"]]);
    expect(all("Police found 3 bodies and a note, the chief said.")).toEqual([[3, "body", "exact"]]);
    expect(all("Guards stopped 6 trucks and a driver on the bridge.")).toEqual([[6, "truck", "exact"]]);
  });

  it("counts the one more of a list of people before a comma or a preposition", () => {
    expect(all("Rebels freed 40 hostages and a pilot, the army said.")).toEqual([[40, "hostage", "exact"], [1, "pilot", "exact"]]);
  });

  it("leaves 'by a' that names a doer, a fraction or no change", () => {
    expect(all("He was hit by a car on the bridge.")).toEqual([]);
    expect(all("The strike was called by a union of dock workers.")).toEqual([]);
    expect(all("She was replaced by a day worker.")).toEqual([]);
    expect(all("The rail link was finished by a deadline set in May.")).toEqual([]);
  });

  it("leaves 'one' that refers or is done by one", () => {
    expect(all("One man carried a crutch.")).toEqual([]);
    expect(all("He was hit by one car.")).toEqual([]);
    expect(all("The plan was backed by one party.")).toEqual([]);
  });
});

describe("'a' after a qualifier", () => {
  it("reads a coin or a fortnight", () => {
    expect(all("Diesel fell by nearly a penny to $3.01.")).toEqual([[1, "penny", "nearly"], [3.01, "dollar", "exact"]]);
    expect(all("Milk rose almost a cent a litre.")[0]).toEqual([1, "cent per liter", "nearly"]);
    expect(all("The raid happened about a fortnight ago.")).toEqual([[1, "fortnight", "approximately"]]);
  });

  it("leaves an unqualified 'a month ago' as a reporting window", () => {
    expect(all("They were killed a fortnight ago.")).toEqual([]);
  });
});

describe("a vague count before joined describing words", () => {
  it("finds the noun after 'X and Y'", () => {
    expect(findQuantities("Several provincial and municipal officials were sacked.")[0]).toMatchObject({ low: 3, high: 9, qualifier: "vague", unit: "official" });
    expect(findQuantities("A few local and foreign reporters were held.")[0]).toMatchObject({ low: 2, high: 5, qualifier: "vague", unit: "reporter" });
  });
});

describe("a span with 'or longer' after it", () => {
  it("is at least the span, also after 'a'", () => {
    expect(all("Tenants who waited a year or longer were compensated.")).toEqual([[1, "year", "at_least"]]);
    expect(all("Some 300 tenants waited 18 months or longer.")).toEqual([[300, "tenant", "approximately"], [18, "month", "at_least"]]);
  });
  it("a lone 'a' with a span and nothing after it stays no amount", () => {
    expect(all("A man waited a day.")).toEqual([]);
    expect(all("Prices rose for longer than expected.")).toEqual([]);
  });
});
