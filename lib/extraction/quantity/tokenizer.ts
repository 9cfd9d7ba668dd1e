/** Tokenising and number-core parsing for the quantity parser. Pure functions, no I/O. */
import {
  CURRENCY_SYMBOLS, KNOWN_UNITS, SCALE_SUFFIXES, SCALE_WORDS, SMALL_NUMBERS, UNIT_STOP,
  isPluralWord, singularize,
} from "./lexicon";

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "sym";
  /** No whitespace between this token and the previous one. */
  joined: boolean;
}

const TOKEN_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|\S/gu;
const LETTER = /\p{L}/u;

export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = -1;
  for (const m of s.matchAll(TOKEN_RE)) {
    const text = m[0];
    const start = m.index;
    const c = text.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? "num" : LETTER.test(text[0]) ? "word" : "sym";
    out.push({ text, lower: text.toLowerCase(), start, end: start + text.length, kind, joined: start === prevEnd });
    prevEnd = start + text.length;
  }
  return out;
}

/** A bare number with its currency, scale and percent sign: tokens `from` (inclusive) to `to` (exclusive). */
export interface Core {
  from: number;
  to: number;
  /** Index of the digit or first number-word token. */
  numAt: number;
  base: number;
  scale: number;
  value: number;
  currency: string | null;
  percent: boolean;
  wordForm: boolean;
  /** A lone "one", "a" or "an": an amount only after a qualifier or inside a range. */
  weak: boolean;
}

export function scaled(base: number, scale: number): number {
  return Number((base * scale).toPrecision(12));
}

const DOLLAR_PREFIXES = new Set(["us", "c", "a", "hk", "nz", "s", "au"]);

export function parseCore(t: Tok[], i: number): Core | null {
  let k = i;
  let currency: string | null = null;
  const first = t[k];
  if (!first) return null;
  if (first.kind === "word" && DOLLAR_PREFIXES.has(first.lower) && t[k + 1]?.text === "$" && t[k + 1].joined) {
    currency = "dollar";
    k += 2;
  } else if (first.kind === "sym" && CURRENCY_SYMBOLS[first.text]) {
    currency = CURRENCY_SYMBOLS[first.text];
    k++;
  }
  const tok = t[k];
  if (!tok) return null;
  const numAt = k;
  let base: number;
  let wordForm = false;
  let weak = false;
  if (tok.kind === "num") {
    base = Number(tok.text.replace(/,/g, ""));
    k++;
  } else if (tok.kind === "word" && !currency) {
    const w = parseWords(t, k);
    if (!w) return null;
    base = w.value;
    weak = w.weak;
    k = w.to;
    wordForm = true;
  } else return null;

  let scale = 1;
  const nx = t[k];
  if (nx && !wordForm && nx.kind === "word") {
    if (nx.joined && SCALE_SUFFIXES[nx.lower] !== undefined && !(t[k + 1]?.joined && t[k + 1].kind === "word")) {
      scale = SCALE_SUFFIXES[nx.lower];
      k++;
    } else if (!nx.joined && SCALE_WORDS[nx.lower] !== undefined) {
      scale = SCALE_WORDS[nx.lower];
      k++;
    }
  }
  let percent = false;
  const p = t[k];
  if (p?.text === "%") {
    percent = true;
    k++;
  } else if (p && !p.joined && (p.lower === "percent" || p.lower === "pct")) {
    percent = true;
    k++;
  } else if (p?.lower === "per" && t[k + 1]?.lower === "cent") {
    percent = true;
    k += 2;
  }
  if (weak && (scale !== 1 || percent)) weak = false;
  return { from: i, to: k, numAt, base, scale, value: scaled(base, scale), currency, percent, wordForm, weak };
}

/** Number words: "three", "forty-five", "a dozen", "two dozen", "a hundred", "half a million", "a"/"an". */
function parseWords(t: Tok[], k: number): { value: number; to: number; weak: boolean } | null {
  let j = k;
  let current = 0;
  let total = 0;
  let started = false;
  const w0 = t[j].lower;
  const isScaleWord = (x: Tok | undefined) => !!x && x.kind === "word" && (x.lower === "dozen" || x.lower in SCALE_WORDS);
  if (w0 === "a" || w0 === "an") {
    if (!isScaleWord(t[j + 1])) return { value: 1, to: j + 1, weak: true };
    current = 1;
    started = true;
    j++;
  } else if (w0 === "half" && (t[j + 1]?.lower === "a" || t[j + 1]?.lower === "an") && isScaleWord(t[j + 2])) {
    current = 0.5;
    started = true;
    j += 2;
  }
  let lastSmall = -1;
  while (j < t.length) {
    const x = t[j];
    if (x.kind === "sym") {
      const nextV = t[j + 1] ? SMALL_NUMBERS[t[j + 1].lower] : undefined;
      if (x.text === "-" && x.joined && t[j + 1]?.joined && lastSmall >= 20 && lastSmall % 10 === 0 && nextV !== undefined && nextV > 0 && nextV < 10) {
        j++;
        continue;
      }
      break;
    }
    const w = x.lower;
    if (w in SMALL_NUMBERS) {
      const v = SMALL_NUMBERS[w];
      if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && v < 10)) break;
      current += v;
      lastSmall = v;
      started = true;
    } else if (w === "dozen" && started && current > 0) {
      current *= 12;
      lastSmall = -1;
    } else if (w === "hundred" && started && current > 0) {
      current *= 100;
      lastSmall = -1;
    } else if (w in SCALE_WORDS && w !== "hundred" && started && (current > 0 || total > 0)) {
      total += current * SCALE_WORDS[w];
      current = 0;
      lastSmall = -1;
    } else if (w === "and" && lastSmall === -1 && started && t[j + 1] && t[j + 1].lower in SMALL_NUMBERS) {
      // "three hundred and fifty"
    } else break;
    j++;
  }
  if (!started || j === k) return null;
  const value = total + current;
  return { value: Number(value.toPrecision(12)), to: j, weak: value === 1 && j === k + 1 };
}

const INVARIANT = new Set(["police", "staff", "personnel", "security", "aid", "army", "militia", "government"]);
const ADJECTIVE_END = /(?:ed|ing|al|ful|ous|ive|ic|ian|ish|less|able|ible|ly)$/;

/** The counted noun after a number: "17 flatbed trucks" → truck. Returns the token index after it. */
export function findUnit(t: Tok[], k: number, singular: boolean): { unit: string | null; to: number } {
  let j = k;
  if (t[j]?.lower === "of") {
    j++;
    if (/^(?:the|its|their|those|these|his|her)$/.test(t[j]?.lower ?? "")) j++;
  }
  if (t[j]?.lower === "percentage" && /^points?$/.test(t[j + 1]?.lower ?? "")) return { unit: "percentage point", to: j + 2 };
  for (let n = 0; n < 4 && j < t.length; n++) {
    const x = t[j];
    if (x.kind !== "word") break;
    let word = x.text;
    let end = j + 1;
    while (t[end]?.text === "-" && t[end].joined && t[end + 1]?.joined && t[end + 1].kind === "word") {
      word += "-" + t[end + 1].text;
      end += 2;
    }
    const lw = word.toLowerCase();
    if (UNIT_STOP.has(lw)) break;
    const compound = lw.includes("-");
    const acronym = word.length > 1 && word === word.toUpperCase();
    if (!acronym && !compound) {
      const modifier = INVARIANT.has(lw) && t[end]?.kind === "word" && isPluralWord(t[end].lower) && !UNIT_STOP.has(t[end].lower);
      if (!modifier && (isPluralWord(lw) || KNOWN_UNITS.has(lw))) return { unit: singularize(lw), to: end };
      if (singular && n === 0 && !ADJECTIVE_END.test(lw)) return { unit: lw, to: end };
    }
    j = end;
  }
  return { unit: null, to: k };
}
