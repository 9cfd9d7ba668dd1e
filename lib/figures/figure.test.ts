import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatFigure, pluralize } from "./figure";

const f = (qualifier: string | null, value: number | null, low: number | null, high: number | null, unit: string | null) =>
  formatFigure({ qualifier, value, low, high, unit });

describe("formatFigure", () => {
  it("says qualified figures as a reader would", () => {
    expect(f("at_least", 17, 17, null, "truck")).toBe("at least 17 trucks");
    expect(f("nearly", 20000, null, 20000, "civilian")).toBe("nearly 20,000 civilians");
    expect(f("approximately", 300, 300, 300, "fighter")).toBe("about 300 fighters");
    expect(f("exact", 1, 1, 1, "week")).toBe("1 week");
  });
  it("formats money and percentages", () => {
    expect(f("exact", 4200000, 4200000, 4200000, "dollar")).toBe("$4,200,000");
    expect(f("more_than", 62, 62, null, "percent")).toBe("more than 62%");
    expect(f("exact", 4417000000, 4417000000, 4417000000, "hk dollar")).toBe("HK$4,417,000,000");
    expect(f("exact", 12, 12, 12, "egyptian pound")).toBe("12 egyptian pounds");
  });
  it("rounds to two decimals and groups thousands, call after call", () => {
    expect(f("exact", 3.14159, 3.14159, 3.14159, "percent")).toBe("3.14%");
    expect(f("exact", 1234.5, 1234.5, 1234.5, "tonne")).toBe("1,234.5 tonnes");
    expect(f("exact", 0.005, 0.005, 0.005, "percent")).toBe("0.01%");
  });
  it("formats ranges and vague figures", () => {
    expect(f("range", null, 40, 50, "person")).toBe("between 40 and 50 people");
    expect(f("range", null, 40, 50, "dollar")).toBe("between $40 and $50");
    expect(f("vague", null, 200, 999, "civilian")).toBe("an unspecified number of civilians (200–999)");
  });
  it("writes any number as en-US grouping with at most two decimals, as toLocaleString does", () => {
    expect(f("exact", 1234.5678, null, null, null)).toBe("1,234.57");
    expect(f("exact", -0.5, null, null, "percent")).toBe("-0.5%");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        expect(f("exact", n, null, null, null)).toBe(n.toLocaleString("en-US", { maximumFractionDigits: 2 }));
      }),
    );
  });
  it("returns null when there is no figure", () => {
    expect(f(null, null, null, null, null)).toBeNull();
  });
  it("pluralizes common units", () => {
    expect(pluralize("casualty")).toBe("casualties");
    expect(pluralize("child")).toBe("children");
    expect(pluralize("fisherman")).toBe("fishermen");
    expect(pluralize("policewoman")).toBe("policewomen");
    expect(pluralize("human")).toBe("humans");
    expect(pluralize("bus")).toBe("buses");
  });
});

describe("pluralize of several words", () => {
  it("puts the plural on the last word", () => {
    expect(pluralize("armed man")).toBe("armed men");
    expect(pluralize("police officer")).toBe("police officers");
  });
});

describe("pluralize of rates and measures", () => {
  it("puts the plural on the measure of a rate, and on 'degree'", () => {
    expect(pluralize("barrel per day")).toBe("barrels per day");
    expect(pluralize("part per million")).toBe("parts per million");
    expect(pluralize("degree celsius")).toBe("degrees celsius");
  });
  it("leaves units that do not change alone", () => {
    expect(pluralize("mph")).toBe("mph");
    expect(pluralize("horsepower")).toBe("horsepower");
    expect(formatFigure({ qualifier: "exact", value: 200000, low: 200000, high: 200000, unit: "barrel per day" })).toBe("200,000 barrels per day");
  });
});
