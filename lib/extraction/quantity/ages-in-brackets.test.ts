// A person's age printed in brackets after the name is no claim; a place's count in brackets stays one.
import { describe, expect, it } from "vitest";
import { findQuantities } from "./parser";

const all = (s: string) => findQuantities(s).map((m) => [m.value ?? [m.low, m.high], m.unit]);

describe("ages in brackets after names", () => {
  it("drops the ages of people named in a list", () => {
    expect(all("Police arrested 3 men, identified as Arun Mehta (38), Kiran Rao (24) and Md Salim (51).")).toEqual([[3, "man"]]);
  });
  it("drops the age of a named candidate", () => {
    expect(all("The party said its candidate Tendai Banda (47) had won.")).toEqual([]);
  });
  it("keeps counts in brackets after places", () => {
    expect(all("Cases were found in two regions: Rio Verde (140) and Monte Alto (36).")).toEqual([[2, "region"], [140, "region"], [36, "region"]]);
  });
  it("keeps a bracketed figure that is no age", () => {
    expect(all("Relief reached 12 villages, including Nova Vila (1,200 people).").map(([v]) => v)).toEqual([12, 1200]);
  });
});
