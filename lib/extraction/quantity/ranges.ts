/**
 * The second end of a range after a first number: "40-50", "5 to 10 million", "between 40 and 50",
 * "20 through 100", "20~100", and with the unit written on both ends: "30 cents to 32 cents",
 * "44 mg to 50 mg", "$350 per kg to $680 per kg", "8- to 16-meter", "from -12 °C to -20 °C",
 * "one year to 20 months" (→ 12 to 20 months), and a ceiling's words before the second end: "5 inches to as much as 15 inches".
 */
import { findUnit } from "./counted-noun";
import { CHANGE_VERB } from "./lexicon";
import { type Core, type Tok, parseCore, scaled } from "./tokenizer";
import { wordTable } from "@/lib/figures/word-table";

export interface RangeEnd {
  b: Core;
  /** The unit when it was written after the first number too, and the token index after the second one. */
  unit?: string;
  to?: number;
}

const DASHES = new Set(["-", "–", "—", "~"]);

function isSeparator(x: Tok | undefined, between: boolean): boolean {
  if (!x) return false;
  if (DASHES.has(x.text)) return true;
  return between ? x.lower === "and" || x.lower === "to" : x.lower === "to" || x.lower === "or" || x.lower === "through" || x.lower === "thru";
}

/** The tokens `lastSeparators` was read from: only the last sentence's. */
let separatorsOf: Tok[] | null = null;
/** The index of the last token that may stand between a range's ends other than a hyphen, outside and after "between"; -1 for none. */
const lastSeparators = [-1, -1];

/**
 * The index of the last token of the sentence that is a separator (`isSeparator`) other than a hyphen, -1 when there
 * is none: read once per sentence.
 */
function lastSeparator(t: Tok[], between: boolean): number {
  if (t !== separatorsOf) {
    separatorsOf = t;
    lastSeparators[0] = lastSeparators[1] = -1;
    // `isSeparator` written out on `lower` (a symbol's is its text): "to" and the dashes but "-" are separators
    // both ways, "or", "through", "thru" outside "between", "and" after it.
    for (let j = t.length - 1; j >= 0 && (lastSeparators[0] < 0 || lastSeparators[1] < 0); j--) {
      const w = t[j].lower;
      const both = w === "to" || w === "–" || w === "—" || w === "~";
      if (lastSeparators[0] < 0 && (both || w === "or" || w === "through" || w === "thru")) lastSeparators[0] = j;
      if (lastSeparators[1] < 0 && (both || w === "and")) lastSeparators[1] = j;
    }
  }
  return lastSeparators[between ? 1 : 0];
}

/** "to as much as 15", "and as many as 3,000": a ceiling's words between the separator and the second end; how many. */
function ceilingWords(t: Tok[], a: Core, sep: number): number {
  // "rose from 30 cents to as much as 45 cents": a change to a new level keeps its ceiling as the level's qualifier.
  if (t[a.from - 1]?.lower === "from" || changedJustBefore(t, a.from)) return 0;
  if (!/^(?:to|and)$/.test(t[sep]?.lower ?? "") || t[sep + 1]?.lower !== "as" || t[sep + 3]?.lower !== "as") return 0;
  return /^(?:much|many|high|far|long|large|big|deep|low)$/.test(t[sep + 2]?.lower ?? "") ? 3 : 0;
}

function secondEnd(t: Tok[], a: Core, sep: number): Core | null {
  // "either 10 bln or 10 tln": two alternatives, not a range.
  if (t[sep].lower === "or" && t[a.from - 1]?.lower === "either") return null;
  const c = parseCore(t, sep + 1 + ceilingWords(t, a, sep));
  if (!c) return null;
  // "7-Eleven", "3-Ten": digits glued by a hyphen to a capitalised number word are a name, not a range.
  if (DASHES.has(t[sep].text) && t[sep].joined && c.wordForm && !a.wordForm && /^\p{Lu}/u.test(t[c.numAt]?.text ?? "")) return null;
  // "more than half – 61 per cent – said": a share in words restated in percent is two figures, no range.
  const clash = (a.percent && c.currency) || (a.currency && c.percent) || (a.currency && c.currency && a.currency !== c.currency) || (a.fraction && c.percent);
  if (clash) return null;
  // "grew by 25% to 34,500 tonnes": the change, then the new level in another unit.
  // "shot up 8.2 percent to 28.15", "fell 3% to 1,204": after a verb of change, a change and the new level.
  if (a.percent && !c.percent && (t[a.from - 1]?.lower === "by" || findUnit(t, c.to, false).unit || changedJustBefore(t, a.from))) return null;
  // "expect revenues to drop by a third to NZ$14 billion", "grew by 40 to 310", "slid almost 12,000 to 241,336": after
  // a verb of change, a fraction, a "by" or a level far above the first figure makes it the change and the new level.
  // "rose 5 to 10 percent" stays a range.
  // "revised upward 12,000 to 96,000", "marked up 20 to 95": a word of direction after the verb says the first
  // figure is how far it moved.
  if (t[sep].lower === "to" && changedJustBefore(t, a.from) && (a.fraction || (t[a.from - 1]?.lower === "by" && !rangeOfChange(t, a, c)) || (directedChange(t, a.from) && !sharedAfterSecond(t, a, c)) || (a.value > 0 && c.value >= 5 * scaled(a.base, Math.max(a.scale, c.scale))))) return null;
  const value = a.scale === 1 && c.scale > 1 && a.base < c.base ? scaled(a.base, c.scale) * Math.sign(a.value || 1) : a.value;
  // Ends in order, or two temperatures below zero written from warm to cold ("-18 °C to -34 °C").
  if (!(c.value > value || (value < 0 && c.value < 0 && c.value !== value))) return null;
  // The first end shares what only the second wrote: "5 to 10 percent", "3 to $5 million".
  if (!a.currency && c.currency) a.currency = c.currency;
  if (!a.percent && c.percent) a.percent = true;
  a.value = value;
  return c;
}

const DIRECTION = /^(?:up|down|upward|upwards|downward|downwards|higher|lower)$/;
/** A word of direction right before the figure, after a verb of change: "revised downward", "moved higher". */
function directedChange(t: Tok[], from: number): boolean {
  return DIRECTION.test(t[from - 1]?.lower ?? "") && CHANGE_VERB.test(t[from - 2]?.lower ?? "");
}
/**
 * "went down 3 to 5 percent", "up 2 to 3 million", "moved higher 3 to 5 points", "revised down 1 to 2 degrees", "went up
 * 10 to 20 cents": a unit, scale or currency written once, after the second end, is a range's when the first is bare.
 */
function sharedAfterSecond(t: Tok[], a: Core, c: Core): boolean {
  if ((c.percent && !a.percent) || (c.scale > 1 && a.scale === 1)) return true;
  if (a.currency || a.percent || a.scale > 1) return false;
  // A currency written after the digits ("20 cents", "40 rupees"), not before them ("to $41").
  if (c.currency) return c.to - 1 > c.numAt && t[c.to - 1]?.kind === "word";
  return !c.percent && !!findUnit(t, c.to, false).unit;
}

/**
 * "increase by 3 to 4 percent", "cut by 2 to 3 million", "rise by 10 to 15 cents": after "by", a bare first figure
 * that shares the unit, scale or percent written after the second, and is at least half of it, is a range of the
 * change. "revised up by 16,000 to 167,000" (a level far above), "rose by 0.3 points to 2.1%" (a unit of its own),
 * "rose by 1 to 5 percent" stay the change and the level reached.
 */
function rangeOfChange(t: Tok[], a: Core, c: Core): boolean {
  return a.value > 0 && c.value <= 2 * scaled(a.base, Math.max(a.scale, c.scale)) && sharedAfterSecond(t, a, c);
}

/** A verb of change within the three words before the figure ("shot up", "fell", "rose by"). */
function changedJustBefore(t: Tok[], from: number): boolean {
  for (let j = from - 1; j >= Math.max(0, from - 3); j--) if (CHANGE_VERB.test(t[j].lower)) return true;
  return false;
}

export function rangeAfter(t: Tok[], a: Core, between: boolean): RangeEnd | null {
  let k = a.to;
  if (t[k]?.text === "-" && t[k].joined && t[k + 1]?.lower === "to") k++; // "8- to 16-meter"
  if (isSeparator(t[k], between)) {
    const b = secondEnd(t, a, k);
    return b ? { b } : null;
  }
  // The unit written after the first number as well: the second must carry the same one. It ends before a separator
  // other than a hyphen, after k: without one there the noun after the figure (`findUnit`, costly) is not read.
  if (lastSeparator(t, between) <= k) return null;
  let u = a.currency || a.percent ? null : findUnit(t, k, false);
  let after = u?.unit ? u.to : k;
  if ((a.currency || a.percent) && /^(?:per|a|an)$/.test(t[k]?.lower ?? "") && t[k + 1]?.kind === "word") after = k + 2;
  if (after === k || !isSeparator(t[after], between) || t[after].text === "-") return null;
  const b = parseCore(t, after + 1 + ceilingWords(t, a, after));
  if (!b) return null;
  const u2 = b.currency || b.percent ? null : findUnit(t, b.to, false);
  const coins = !a.currency && !a.percent && !!u?.unit && !!b.currency && coinsOfMoney(t, a, u.unit, b.currency);
  // Read in the second end's money while it is tried; put back as written when it is no range.
  const written = [a.value, a.currency] as const;
  if (coins) [a.value, a.currency] = [Number((a.value / 100).toPrecision(12)), b.currency];
  if (a.currency || a.percent) {
    let to = b.to;
    if (/^(?:per|a|an)$/.test(t[to]?.lower ?? "") && t[to + 1]?.kind === "word") to += 2;
    if (b.currency === a.currency && b.percent === a.percent && secondEnd(t, a, after)) return { b, to };
    if (coins) [a.value, a.currency] = written;
    return null;
  }
  if (!u?.unit || !u2?.unit) return null;
  const value = a.value;
  if (u.unit === "year" && u2.unit === "month") {
    a.value *= 12;
    u = { unit: "month", to: u.to };
  }
  const c = u2.unit === u.unit ? secondEnd(t, a, after) : null;
  if (!c) a.value = value;
  return c ? { b: c, unit: u.unit ?? undefined, to: u2.to } : null;
}

/** The coins a hundred of which make a currency, by the currencies they are the hundredth of. */
const COIN_OF: Readonly<Record<string, RegExp>> = wordTable({ cent: /(?:^|\s)(?:dollar|euro)$/, penny: /^pound$/, paisa: /^rupee$/, kobo: /^naira$/ });

/**
 * "earnings of 80 cents to $1.10 a share", "from 95p to £1.20", "between 50 cents and €1.50": a first end in the coins
 * of the second end's money (`unit` is its unit, `money` the second end's currency) is read in that money, a range, but
 * not after a change ("rose by 30 cents to $1.10", "will rise from 95p to £1.20" are the change, or the old level, and
 * the new one).
 */
function coinsOfMoney(t: Tok[], a: Core, unit: string, money: string): boolean {
  if (!COIN_OF[unit]?.test(money) || a.scale !== 1) return false;
  return !changedJustBefore(t, t[a.from - 1]?.lower === "from" ? a.from - 1 : a.from);
}

const BEFORE_WHOLE = /^(?:the|about|around|some|roughly|approximately|nearly|almost|over|estimated|an)$/;

/**
 * "12.3 of about 16.2 million voters", "$1.5 of the $4 billion": a part with a decimal point written before its
 * whole takes the whole's scale (a decimal count of people or of dollars is no count at all); returns true when scaled.
 */
export function scaleFromWholeAfter(t: Tok[], a: Core): boolean {
  if (a.scale !== 1 || a.percent || !t[a.numAt].text.includes(".") || t[a.to]?.lower !== "of") return false;
  let k = a.to + 1;
  while (k < a.to + 4 && BEFORE_WHOLE.test(t[k]?.lower ?? "")) k++;
  const c = parseCore(t, k);
  if (!c || c.scale <= 1 || c.percent || c.currency !== a.currency || !(a.base < c.base)) return false;
  a.value = scaled(a.base, c.scale) * Math.sign(a.value || 1);
  a.scale = c.scale;
  return true;
}
