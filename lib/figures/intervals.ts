/**
 * What interval of true values a reported figure allows, and whether two reports can both hold.
 *
 * Each qualifier becomes an interval (ends may be open, and infinite where the wording sets no limit):
 * - exact                  → [v, v]
 * - approximately ("about") → [v − 10%, v + 10%]                       (APPROXIMATE_TOLERANCE)
 * - at_least               → [v, ∞)
 * - more_than              → (v, ∞)
 * - nearly                 → [v − 10%, v)                              (NEARLY_REACH: "nearly 20,000" is 18,000 up to, not including, 20,000)
 * - at_most ("up to")      → (−∞, v]
 * - less_than              → (−∞, v)
 * - range                  → [low, high]
 * - vague                  → [low, high] from the parser's vague bounds ("hundreds of" 200..999); (−∞, ∞) without bounds
 * Widening is applied to |v| so that negative figures widen the same way.
 */
import type { Qualifier } from "./vocabulary";

/** "About v" allows v ± this fraction of v. */
export const APPROXIMATE_TOLERANCE = 0.1;
/** "Nearly v" reaches down to v − this fraction of v, and stops short of v. */
export const NEARLY_REACH = 0.1;

export interface ReportedFigure {
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

const closed = (low: number, high: number): Interval => ({ low, high, lowOpen: false, highOpen: false });

/** The interval a figure allows; null when it states no number at all (no value and no bounds). */
export function intervalOf(figure: ReportedFigure): Interval | null {
  const qualifier = (figure.qualifier ?? "exact") as Qualifier;
  const v = figure.value;
  if (qualifier === "range" || qualifier === "vague") {
    const low = figure.low ?? v;
    const high = figure.high ?? v;
    if (low == null && high == null) return qualifier === "vague" ? closed(-Infinity, Infinity) : null;
    return closed(low ?? -Infinity, high ?? Infinity);
  }
  if (v == null) return null;
  const spread = (fraction: number) => Math.abs(v) * fraction;
  switch (qualifier) {
    case "approximately":
      return closed(v - spread(APPROXIMATE_TOLERANCE), v + spread(APPROXIMATE_TOLERANCE));
    case "at_least":
      return { low: v, high: Infinity, lowOpen: false, highOpen: true };
    case "more_than":
      return { low: v, high: Infinity, lowOpen: true, highOpen: true };
    case "nearly":
      return { low: v - spread(NEARLY_REACH), high: v, lowOpen: false, highOpen: true };
    case "at_most":
      return { low: -Infinity, high: v, lowOpen: true, highOpen: false };
    case "less_than":
      return { low: -Infinity, high: v, lowOpen: true, highOpen: true };
    default:
      return closed(v, v);
  }
}

/** True when every value `a` allows is below every value `b` allows. */
export function liesBelow(a: Interval, b: Interval): boolean {
  if (a.high < b.low) return true;
  return a.high === b.low && (a.highOpen || b.lowOpen);
}

/** True when some value satisfies both intervals. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return !liesBelow(a, b) && !liesBelow(b, a);
}

/** Two reported figures can both be true (a figure without a number is compatible with anything). */
export function figuresCompatible(a: ReportedFigure, b: ReportedFigure): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  return !x || !y || intervalsOverlap(x, y);
}

const DIGITS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const number = (n: number) => (Number.isFinite(n) ? DIGITS.format(n) : n > 0 ? "∞" : "−∞");

/** An interval in mathematical notation: "[18,000, 20,000)", "(17, ∞)". */
export function formatInterval(i: Interval): string {
  if (i.low === i.high && !i.lowOpen && !i.highOpen) return number(i.low);
  return `${i.lowOpen ? "(" : "["}${number(i.low)}, ${number(i.high)}${i.highOpen ? ")" : "]"}`;
}
