import { describe, expect, it } from "vitest";
import { canonicalUnit, sameUnit, unitSpellings } from "./unit";

describe("canonicalUnit", () => {
  it("treats spellings of one unit as one", () => {
    expect(sameUnit("kilometre", "kilometer")).toBe(true);
    expect(sameUnit("square kilometre", "square kilometer")).toBe(true);
    expect(sameUnit("kilometre per hour", "kilometer per hour")).toBe(true);
    expect(sameUnit("Metre", "meter")).toBe(true);
    expect(sameUnit("litre", "liter")).toBe(true);
    expect(sameUnit("metric ton", "tonne")).toBe(true);
    expect(canonicalUnit("  Cubic   Metre ")).toBe("cubic meter");
  });

  it("keeps different units apart", () => {
    expect(sameUnit("ton", "tonne")).toBe(false);
    expect(sameUnit("dollar", "hk dollar")).toBe(false);
    expect(sameUnit("dollar", "australian dollar")).toBe(false);
    expect(sameUnit("pound", "egyptian pound")).toBe(false);
    expect(sameUnit("mile", "nautical mile")).toBe(false);
    expect(sameUnit("meter", "kilometer")).toBe(false);
    expect(sameUnit("person", null)).toBe(false);
  });

  it("names each currency one way however it was written", () => {
    expect(canonicalUnit("Hong Kong dollar")).toBe("hk dollar");
    expect(canonicalUnit("US dollar")).toBe("dollar");
    expect(canonicalUnit("pound sterling")).toBe("pound");
    expect(canonicalUnit("new taiwan dollar")).toBe("taiwan dollar");
  });

  it("gives null for no unit", () => {
    expect(canonicalUnit(null)).toBeNull();
    expect(canonicalUnit("  ")).toBeNull();
    expect(sameUnit(null, undefined)).toBe(true);
  });
});

describe("unitSpellings", () => {
  it("lists every stored form of the same unit, and only those", () => {
    expect(unitSpellings("kilometre per hour").sort()).toEqual(["kilometer per hour", "kilometre per hour"]);
    expect(unitSpellings("tonne").sort()).toEqual(["metric ton", "metric tonne", "tonne"]);
    expect(unitSpellings("ton")).toEqual(["ton"]);
    expect(unitSpellings("hk dollar").sort()).toEqual(["hk dollar", "hong kong dollar"]);
    for (const form of unitSpellings("square meter")) expect(sameUnit(form, "square metre")).toBe(true);
  });
});
