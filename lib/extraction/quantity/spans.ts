/**
 * Quantities said in two or three units: a span of time in its smaller unit ("seven years and four months" → 88
 * months, "2 hours, 10 minutes and 5 seconds" → 7,805 seconds), a length or weight in the larger unit as a share
 * ("5 feet 11 inches" → 5.917 feet, "1 pound 3 ounces" → 1.1875 pounds), money in the currency ("3 dollars and 50 cents").
 */
import { type Tok, parseCore } from "./tokenizer";
import { measureAt } from "./units";
import { wordTable } from "@/lib/figures/word-table";

const SUBUNITS: Readonly<Record<string, { unit: string; per: number }>> = wordTable({
  foot: { unit: "inch", per: 12 }, pound: { unit: "ounce", per: 16 }, dollar: { unit: "cent", per: 100 },
});

/**
 * A span of time said in two units ("seven years and four months", "one hour and 26 minutes", "3 hrs 20 mins")
 * is one span, counted in the smaller unit. A list with commas ("3 years, 2 months, 14 days") stays a list.
 */
const SMALLER_SPANS: Readonly<Record<string, { unit: string; per: number }>> = wordTable({
  year: { unit: "month", per: 12 }, week: { unit: "day", per: 7 }, day: { unit: "hour", per: 24 },
  hour: { unit: "minute", per: 60 }, minute: { unit: "second", per: 60 },
});
/** Spans of time as written, singular or plural, full or clipped, by their unit. */
export const SPAN_WORDS: Readonly<Record<string, string>> = wordTable({
  year: "year", years: "year", yr: "year", yrs: "year", month: "month", months: "month", week: "week", weeks: "week",
  day: "day", days: "day", hour: "hour", hours: "hour", hr: "hour", hrs: "hour", minute: "minute", minutes: "minute",
  min: "minute", mins: "minute", second: "second", seconds: "second", sec: "second", secs: "second",
});

/** "hours and 15 minutes", "years and four months": the rest of a span of time in the next smaller unit; null when none. */
export function smallerSpanAfter(t: Tok[], k: number, unit: string): { value: number; unit: string; per: number; to: number } | null {
  const sub = SMALLER_SPANS[unit];
  if (!sub) return null;
  // "1 day, 4 hours, 30 minutes" on the clock; "3 years, 2 months, 14 days" is a list.
  const clock = unit === "day" || unit === "hour" || unit === "minute";
  // "two hours, six minutes, and 28 seconds": a comma before the "and" of the last part (the serial comma).
  const j = t[k]?.lower === "and" ? k + 1 : t[k]?.text === "," && clock ? (t[k + 1]?.lower === "and" ? k + 2 : k + 1) : k;
  if (!t[j] || t[j].joined) return null;
  const c = parseCore(t, j);
  // "1 minute, 4.13 seconds": a race time's seconds take hundredths; other smaller parts are whole.
  if (!c || c.currency || c.percent || c.value <= 0 || c.value >= sub.per || !(Number.isInteger(c.value) || sub.unit === "second")) return null;
  if (SPAN_WORDS[t[c.to]?.lower ?? ""] !== sub.unit || t[c.to + 1]?.text === "-") return null;
  return { value: c.value, unit: sub.unit, per: sub.per, to: c.to + 1 };
}

/** "hour and 26 minutes" at k, after a number: a span in two units; null when the word at k starts none. */
export function compoundSpanAt(t: Tok[], k: number): { value: number; unit: string; per: number; to: number } | null {
  const unit = SPAN_WORDS[t[k]?.lower ?? ""];
  return unit && !t[k].joined ? smallerSpanAfter(t, k + 1, unit) : null;
}

/**
 * "5 feet 2 inches", "1 pound 3 ounces", "3 dollars and 50 cents", "15 feet, 7 inches", "6-foot-2": the smaller unit,
 * as a share of the larger; null when none.
 */
export function subunitAfter(t: Tok[], k: number, unit: string): { value: number; to: number } | null {
  if (unit in MASS_GRAMS) return massPartsAfter(t, k, unit);
  const sub = SUBUNITS[unit];
  if (!sub) return null;
  if (unit === "foot") {
    const height = inchesGlued(t, k);
    if (height) return height;
  }
  // "cleared 15 feet, 7 inches": a height's inches after a comma ("10 feet, 6 inches of snow" is a list).
  const comma = unit === "foot" && t[k]?.text === "," ? 1 : 0;
  const j = t[k + comma]?.lower === "and" ? k + comma + 1 : k + comma;
  if (!t[j] || t[j].joined) return null;
  const c = parseCore(t, j);
  if (!c || c.currency || c.percent || c.value <= 0 || c.value >= sub.per) return null;
  const m = measureAt(t, c.to);
  if (m?.unit !== sub.unit && !(sub.unit === "inch" && t[c.to]?.lower === "in")) return null;
  const to = m ? m.to : c.to + 1;
  if (comma && (t[to]?.lower === "of" || (t[to]?.text === "," && parseCore(t, t[to + 1]?.lower === "and" ? to + 2 : to + 1)?.weak === false))) return null;
  return { value: c.value / sub.per, to };
}

/** "6-foot-2", "a 6-foot-10 centre", "5-foot-3-inch": a height in feet and inches, the inches glued on by a hyphen. */
function inchesGlued(t: Tok[], k: number): { value: number; to: number } | null {
  const n = t[k + 1];
  if (t[k]?.text !== "-" || !t[k].joined || n?.kind !== "num" || !n.joined || !/^\d{1,2}$/.test(n.text) || Number(n.text) >= 12 || Number(n.text) === 0) return null;
  const after = t[k + 2];
  if (after?.joined && after.text === "-" && /^inch(?:es)?$/.test(t[k + 3]?.lower ?? "") && t[k + 3].joined) return { value: Number(n.text) / 12, to: k + 4 };
  if (after?.joined && after.kind !== "sym") return null;
  if (after?.joined && (after.text === "-" || after.text === "/")) return null;
  return { value: Number(n.text) / 12, to: k + 2 };
}

const MASS_GRAMS: Readonly<Record<string, number>> = wordTable({ kilogram: 1000, gram: 1 });
const SMALLER_MASS: Readonly<Record<string, number>> = wordTable({ gram: 1, milligram: 0.001 });

/**
 * "1kg 550g and 419mg", "5g and 932mg": a weight written in metric parts, each smaller than the first unit, is one
 * figure in the first unit (1.550419 kg). A comma, "of" or a part as large as the first unit ends it. A part joined by
 * "and" belongs only when the weight ends there, before "of", punctuation or the sentence's end: "1kg and 500g bags"
 * and "2kg and 600g respectively" are two weights.
 */
function massPartsAfter(t: Tok[], k: number, unit: string): { value: number; to: number } | null {
  const whole = MASS_GRAMS[unit];
  let value = 0;
  let to = k;
  let beforeAnd: { value: number; to: number } | null = null;
  for (let n = 0; n < 3; n++) {
    const and = t[to]?.lower === "and";
    const j = and ? to + 1 : to;
    const c = t[j] && !t[j].joined && t[j].kind === "num" ? parseCore(t, j) : null;
    if (!c || c.currency || c.percent || c.scale !== 1 || c.value <= 0) break;
    const m = measureAt(t, c.to);
    const grams = m ? SMALLER_MASS[m.unit] : undefined;
    if (!m || grams === undefined || grams >= whole || c.value * grams >= whole) break;
    if (and && !beforeAnd) beforeAnd = { value, to };
    value += (c.value * grams) / whole;
    to = m.to;
  }
  if (beforeAnd && !weightEndsAt(t[to])) ({ value, to } = beforeAnd);
  return value > 0 ? { value: Number(value.toPrecision(12)), to } : null;
}

/** After a weight's last part: "of", punctuation or nothing, where a weight in parts joined by "and" may end. */
function weightEndsAt(x: Tok | undefined): boolean {
  return !x || x.lower === "of" || /^[.,;:!?)\]"”’'—–]$/.test(x.text);
}
