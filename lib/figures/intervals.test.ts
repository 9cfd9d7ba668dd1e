import { describe, expect, it } from "vitest";
import { APPROXIMATE_TOLERANCE, NEARLY_REACH, figuresCompatible, formatInterval, intervalOf, intervalsOverlap, type ReportedFigure } from "./intervals";
import { QUALIFIERS, type Qualifier } from "./vocabulary";

const fig = (qualifier: Qualifier | null, value: number | null, low: number | null = null, high: number | null = null): ReportedFigure => ({ qualifier, value, low, high });

/** One figure per qualifier, all around 100 (the vague one is the parser's "hundreds of": 200..999). */
const AROUND_100: Record<Qualifier, ReportedFigure> = {
  exact: fig("exact", 100, 100, 100),
  approximately: fig("approximately", 100, 100, 100),
  at_least: fig("at_least", 100, 100, null),
  more_than: fig("more_than", 100, 100, null),
  nearly: fig("nearly", 100, null, 100),
  at_most: fig("at_most", 100, null, 100),
  less_than: fig("less_than", 100, null, 100),
  range: fig("range", null, 95, 105),
  vague: fig("vague", null, 200, 999),
};

/**
 * Whether each pair can both hold, worked out by hand from the intervals
 * exact [100] · about [90,110] · at least [100,∞) · more than (100,∞) · nearly [90,100) · at most (−∞,100] ·
 * less than (−∞,100) · range [95,105] · vague [200,999]. Rows and columns in QUALIFIERS order.
 */
const COMPATIBLE = [
  //          ex ap al mt ne am lt ra va
  /* ex */ "  y  y  y  n  n  y  n  y  n",
  /* ap */ "  y  y  y  y  y  y  y  y  n",
  /* al */ "  y  y  y  y  n  y  n  y  y",
  /* mt */ "  n  y  y  y  n  n  n  y  y",
  /* ne */ "  n  y  n  n  y  y  y  y  n",
  /* am */ "  y  y  y  n  y  y  y  y  n",
  /* lt */ "  n  y  n  n  y  y  y  y  n",
  /* ra */ "  y  y  y  y  y  y  y  y  n",
  /* va */ "  n  n  y  y  n  n  n  n  y",
].map((row) => row.trim().split(/\s+/).map((c) => c === "y"));

describe("intervalOf", () => {
  it("gives each qualifier its documented interval", () => {
    const shown = Object.fromEntries(QUALIFIERS.map((q) => [q, formatInterval(intervalOf(AROUND_100[q])!)]));
    expect(shown).toEqual({
      exact: "100",
      approximately: "[90, 110]",
      at_least: "[100, ∞)",
      more_than: "(100, ∞)",
      nearly: "[90, 100)",
      at_most: "(−∞, 100]",
      less_than: "(−∞, 100)",
      range: "[95, 105]",
      vague: "[200, 999]",
    });
  });

  it("widens 'about' by the tolerance and lets 'nearly' reach down by its reach, also for negative figures", () => {
    expect(APPROXIMATE_TOLERANCE).toBe(0.1);
    expect(NEARLY_REACH).toBe(0.1);
    expect(intervalOf(fig("approximately", -10))).toMatchObject({ low: -11, high: -9 });
    expect(intervalOf(fig("nearly", 20000))).toMatchObject({ low: 18000, high: 20000, highOpen: true });
  });

  it("has no interval for a figure without a number, and an unbounded one for a vague figure without bounds", () => {
    expect(intervalOf(fig("exact", null))).toBeNull();
    expect(intervalOf(fig("range", null))).toBeNull();
    expect(intervalOf(fig("vague", null))).toMatchObject({ low: -Infinity, high: Infinity });
    expect(figuresCompatible(fig("vague", null), fig("exact", 5))).toBe(true);
    expect(figuresCompatible(fig("exact", null), fig("exact", 5))).toBe(true);
  });

  it("reads a missing qualifier as exact", () => {
    expect(formatInterval(intervalOf(fig(null, 7))!)).toBe("7");
  });
});

describe("figuresCompatible", () => {
  for (const [i, a] of QUALIFIERS.entries()) {
    for (const [j, b] of QUALIFIERS.entries()) {
      it(`${a} 100 and ${b} 100: ${COMPATIBLE[i][j] ? "can" : "cannot"} both hold`, () => {
        expect(figuresCompatible(AROUND_100[a], AROUND_100[b])).toBe(COMPATIBLE[i][j]);
      });
    }
  }

  it("is symmetric", () => {
    for (let i = 0; i < QUALIFIERS.length; i++) for (let j = 0; j < QUALIFIERS.length; j++) expect(COMPATIBLE[i][j]).toBe(COMPATIBLE[j][i]);
  });

  it("keeps 'about' within its tolerance, both ends included", () => {
    expect(figuresCompatible(fig("approximately", 100), fig("exact", 110))).toBe(true);
    expect(figuresCompatible(fig("approximately", 100), fig("exact", 110.5))).toBe(false);
    expect(figuresCompatible(fig("approximately", 100), fig("exact", 90))).toBe(true);
    expect(figuresCompatible(fig("approximately", 100), fig("exact", 89))).toBe(false);
    // two approximations meet when their widened intervals touch
    expect(figuresCompatible(fig("approximately", 100), fig("approximately", 122))).toBe(true);
    expect(figuresCompatible(fig("approximately", 100), fig("approximately", 125))).toBe(false);
  });

  it("treats open ends as open: 'more than 17' excludes 17, 'less than 10' excludes 10", () => {
    expect(figuresCompatible(fig("more_than", 17), fig("exact", 17))).toBe(false);
    expect(figuresCompatible(fig("more_than", 17), fig("exact", 17.01))).toBe(true);
    expect(figuresCompatible(fig("less_than", 10), fig("at_least", 10))).toBe(false);
    expect(figuresCompatible(fig("at_most", 10), fig("at_least", 10))).toBe(true);
    expect(figuresCompatible(fig("at_least", 17), fig("exact", 1e12))).toBe(true);
  });

  it("reads 'nearly' as short of the figure but within its reach", () => {
    expect(figuresCompatible(fig("nearly", 20000), fig("exact", 19500))).toBe(true);
    expect(figuresCompatible(fig("nearly", 20000), fig("exact", 18000))).toBe(true);
    expect(figuresCompatible(fig("nearly", 20000), fig("exact", 17999))).toBe(false);
    expect(figuresCompatible(fig("nearly", 20000), fig("exact", 20000))).toBe(false);
  });

  it("uses the parser's vague bounds", () => {
    const hundreds = fig("vague", null, 200, 999);
    expect(figuresCompatible(hundreds, fig("exact", 300))).toBe(true);
    expect(figuresCompatible(hundreds, fig("exact", 1000))).toBe(false);
    expect(figuresCompatible(hundreds, fig("approximately", 1100))).toBe(true); // 990..1210 reaches 999
    expect(figuresCompatible(hundreds, fig("vague", null, 2000, 9999))).toBe(false);
  });
});

describe("intervalsOverlap", () => {
  it("meets at a shared closed end only", () => {
    const a = { low: 0, high: 10, lowOpen: false, highOpen: false };
    expect(intervalsOverlap(a, { low: 10, high: 20, lowOpen: false, highOpen: false })).toBe(true);
    expect(intervalsOverlap(a, { low: 10, high: 20, lowOpen: true, highOpen: false })).toBe(false);
    expect(intervalsOverlap({ ...a, highOpen: true }, { low: 10, high: 20, lowOpen: false, highOpen: false })).toBe(false);
  });
});
