/** A running total brought to a bare figure names what it counts; quotation marks around a describing word keep the noun phrase whole. */
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

type Row = [number | string, string | null];
const all = (s: string): Row[] => findQuantities(s).map((m) => [m.value ?? `${m.low}..${m.high}`, m.unit]);

describe("a running total brought to a figure", () => {
  it("counts the noun of 'the number of'", () => {
    expect(all("Two wounded policemen died overnight, bringing the total number of officers killed to seven.")).toEqual([[2, "policeman"], [7, "officer"]]);
    expect(all("Floods destroyed 40 homes, bringing the number of houses lost to 300.")).toEqual([[40, "home"], [300, "house"]]);
  });

  it("counts deaths for a toll, whoever's toll it is", () => {
    expect(all("Rescuers found four more bodies in two hamlets, raising Monday's death toll from the floods to 26.")).toEqual([[4, "body"], [2, "hamlet"], [26, "death"]]);
    expect(all("Six more died in three towns, pushing the toll to 41.")).toContainEqual([41, "death"]);
  });

  it("names nothing when the total is of no plural noun", () => {
    expect(all("The fire destroyed 40 homes, bringing the number of this to 300.")).not.toContainEqual([300, "this"]);
  });
});

describe("a describing word in quotation marks", () => {
  it("stays inside the noun phrase", () => {
    expect(all("Troops killed at least three “heavily-armed” militants.")).toEqual([[3, "militant"]]);
    expect(all('Auditors found 12 "so-called" ghost workers on the payroll.')).toEqual([[12, "worker"]]);
  });

  it("does not read a quotation that follows a number as its noun", () => {
    expect(all('The firm said 3 "were lost in transit" last week.')).not.toContainEqual([3, "were"]);
  });
});

describe("a counted noun phrase in quotation marks", () => {
  it("counts the last word of a quoted noun phrase right after the figure", () => {
    expect(all("The council has made almost 1,800 'hardship grants' since May.")).toEqual([[1800, "grant"]]);
    expect(all("It paid 75 ‘goodwill refunds’ last year.")).toEqual([[75, "refund"]]);
  });

  it("does not read a quoted verb phrase as a noun", () => {
    expect(all("Officials said 14 'were never told' of the change.")).not.toContainEqual([14, "were"]);
    expect(all("It paid 75 'in full' last year.")).not.toContainEqual([75, "full"]);
  });
});
