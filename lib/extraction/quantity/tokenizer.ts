/** Tokenising and number-core parsing for the quantity parser. Pure functions, no I/O. */
import { OTHER_DOLLARS } from "@/lib/figures/unit";
import { CHANGE_VERB, CURRENCY_SYMBOLS, isPluralWord, SCALE_SUFFIXES, SCALE_WORDS, SMALL_NUMBERS, UNICODE_FRACTIONS } from "./lexicon";
import { andFractionAt, fractionAfter, isFractionWord, slashFractionAt, wordFractionAt } from "./fractions";
import { ISO_BEFORE, NAME_BEFORE } from "./units";
import { wordTable } from "@/lib/figures/word-table";

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "sym";
  /** No whitespace between this token and the previous one. */
  joined: boolean;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/;
const letterCache = new Map<number, boolean>();

/** Whether the code point at i is a letter; ASCII without a regular expression, the rest cached. */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const cp = s.codePointAt(i)!;
  let v = letterCache.get(cp);
  if (v === undefined) letterCache.set(cp, (v = LETTER.test(String.fromCodePoint(cp))));
  return v;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Code units in the code point at i: 2 for a surrogate pair, else 1. */
const cpLen = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
};
const isSpace = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]));
};

/** The end of a run of digits starting at i. */
function digitsEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/**
 * The end of a number at i: "1,234,567.89" (groups of three digits after one to three), "12.5", "300",
 * and the Indian grouping "12,50,307" (pairs of digits before the last three).
 * A comma or point not followed by digits ends the number before it.
 */
function numberEnd(s: string, i: number): number {
  let j = digitsEnd(s, i);
  if (j - i <= 2) j = indianGroupingEnd(s, j);
  if (j - i <= 3) {
    let k = j;
    // "11,2750" is no group of three: its comma is read by the parser ("41,85", a slipped grouping).
    while (k + 3 < s.length && s.charCodeAt(k) === 44 && isDigit(s.charCodeAt(k + 1)) && isDigit(s.charCodeAt(k + 2)) && isDigit(s.charCodeAt(k + 3)) && !isDigitAt(s, k + 4)) k += 4;
    j = k;
  }
  if (j + 1 < s.length && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) j = digitsEnd(s, j + 1);
  return j;
}

const isDigitAt = (s: string, i: number) => isDigit(s.charCodeAt(i));

/** After one or two digits at j: the end of ",50,307" (one or more pairs, then three digits), else j. */
function indianGroupingEnd(s: string, j: number): number {
  let k = j;
  let pairs = 0;
  while (s.charCodeAt(k) === 44 && isDigitAt(s, k + 1) && isDigitAt(s, k + 2) && s.charCodeAt(k + 3) === 44) {
    k += 3;
    pairs++;
  }
  const lastGroup = s.charCodeAt(k) === 44 && isDigitAt(s, k + 1) && isDigitAt(s, k + 2) && isDigitAt(s, k + 3) && !isDigitAt(s, k + 4);
  return pairs > 0 && lastGroup ? k + 4 : j;
}

/**
 * `word.toLowerCase()`, without the call (and the new string) for a word of ASCII without a capital, which it leaves
 * as it is: most words of English prose.
 */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  return word;
}

/**
 * Splits a sentence into numbers ("1,234.5", ".5"), words (letters with inner apostrophes: "don't",
 * "Côte") and single other characters. A scanner rather than a regular expression: it runs over every
 * sentence of every article.
 */
export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = -1;
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (isSpace(s, i)) {
      i++;
      continue;
    }
    const c = s.charCodeAt(i);
    let end: number;
    let kind: Tok["kind"];
    if (isDigit(c)) {
      end = numberEnd(s, i);
      kind = "num";
    } else if (c === 46 && i + 1 < n && isDigit(s.charCodeAt(i + 1)) && !(i > 0 && (isDigit(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 46 || isAsciiLetter(s.charCodeAt(i - 1))))) {
      // ".5 percent"; not the full stop of an abbreviation (Latin letters) glued to the amount: "Rs.512.40 crore" is "Rs", ".", "512.40".
      end = digitsEnd(s, i + 1);
      kind = "num";
    } else if (isLetterAt(s, i)) {
      end = i + cpLen(s, i);
      for (;;) {
        while (end < n && isLetterAt(s, end)) end += cpLen(s, end);
        const q = end < n ? s.charCodeAt(end) : -1; // no read past the end: it would deoptimise the scanner
        if ((q === 39 || q === 0x2019) && end + 1 < n && isLetterAt(s, end + 1)) end += 1;
        else break;
      }
      kind = "word";
    } else {
      end = i + cpLen(s, i);
      kind = "sym";
    }
    const text = s.slice(i, end);
    if (kind === "sym" && text in UNICODE_FRACTIONS) kind = "num";
    out.push({ text, lower: kind === "word" ? lowerCase(text) : text, start: i, end, kind, joined: i === prevEnd });
    prevEnd = end;
    i = end;
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
  /** Written as a fraction ("two thirds", "1/4", "2½"). */
  fraction: boolean;
  /** A lone "half": an amount only after a qualifier or before "of"/"the". */
  bare: boolean;
}

export function scaled(base: number, scale: number): number {
  return scale === 1 ? base : Number((base * scale).toPrecision(12));
}

export function parseCore(t: Tok[], i: number): Core | null {
  let k = i;
  let sign = 1;
  const first = t[k];
  if (!first) return null;
  // "plus or minus 3 points", "plus/minus one point" is a margin of 3, not minus 3.
  const margin = first.lower === "minus" && (t[k - 1]?.lower === "or" || t[k - 1]?.text === "/") && t[k - 2]?.lower === "plus";
  if (margin && (t[k + 1]?.kind === "num" || t[k + 1]?.lower in SMALL_NUMBERS)) k++;
  else if ((first.lower === "minus" || first.lower === "negative") && (t[k + 1]?.kind === "num" || t[k + 1]?.lower in SMALL_NUMBERS)) {
    sign = -1;
    k++;
  }
  const cur = currencyPrefix(t, k);
  const currency = cur?.currency ?? null;
  if (cur) k = cur.to;
  if (isMinus(t, k)) {
    sign = -sign;
    k++;
  }
  const tok = t[k];
  if (!tok) return null;
  const numAt = k;
  let base: number;
  let wordForm = false;
  let weak = false;
  let fraction = false;
  let bare = false;
  if (tok.kind === "num") {
    const slash = slashFractionAt(t, k);
    if (slash) [base, k, fraction] = [slash.value, slash.to, true];
    else if (tok.text in UNICODE_FRACTIONS) [base, k, fraction] = [UNICODE_FRACTIONS[tok.text], k + 1, true];
    else {
      base = Number(tok.text.replace(/,/g, ""));
      k++;
      if (spacedDecimalAt(t, k)) {
        // Tokenised copy writes "0 . 6": a point with a space on both sides never ends a sentence.
        base = Number(`${tok.text.replace(/,/g, "")}.${t[k + 1].text}`);
        k += 2;
      }
      const comma = /^\d{1,3}$/.test(tok.text) ? oddCommaAt(t, numAt, k, !!currency) : slippedGroupAt(t, numAt, k);
      if (comma) [base, k] = [comma.value, comma.to];
      else if (/^\d{1,3}$/.test(tok.text)) {
        // Thousands spaced out: "10 000", "1 414 021 100".
        while (t[k]?.kind === "num" && t[k].start === t[k - 1].end + 1 && /^\d{3}(?:\.\d+)?$/.test(t[k].text) && !(t[k + 1]?.joined && t[k + 1].text === "/")) {
          base = Number(`${String(base)}${t[k].text}`);
          k++;
          if (t[k - 1].text.includes(".")) break;
        }
      }
      const part = Number.isInteger(base) ? fractionAfter(t, k) : null;
      if (part) [base, k, fraction] = [base + part.value, part.to, true];
    }
  } else if (tok.kind === "word") {
    const frac = wordFractionAt(t, k);
    if (frac) {
      [base, k, fraction, bare] = [frac.value, frac.to, true, frac.bare];
      wordForm = true;
    } else if (currency) return null;
    else {
      const w = parseWords(t, k);
      if (!w) return null;
      base = w.value;
      weak = w.weak;
      k = w.to;
      wordForm = true;
    }
  } else return null;
  if (sign < 0) weak = false;
  if (Number.isInteger(base) && !fraction) {
    // "two and a half"; "one million and a half" is half of the million.
    const mixed = andFractionAt(t, k);
    const of = t[k - 1]?.lower in SCALE_WORDS ? SCALE_WORDS[t[k - 1].lower] : 1;
    const smaller = mixed ? smallerScaleAt(t, mixed.to, of) : 0;
    // "one billion and a half million": the fraction is of the scale word after it.
    if (mixed && smaller) [base, k, weak] = [base + mixed.value * smaller, mixed.to + 1, false];
    else if (mixed) [base, k, fraction, weak] = [base + mixed.value * of, mixed.to, of === 1, false];
  }

  let scale = 1;
  const nx = t[k];
  if (nx && (!wordForm || fraction) && nx.kind === "word") {
    // "221B Baker Street": a capital letter before a name is a house number's, not a billion.
    const address = !currency && nx.text.length === 1 && /^\p{Lu}$/u.test(nx.text) && t[k + 1]?.kind === "word" && /^\p{Lu}\p{Ll}/u.test(t[k + 1].text) && !millionInTitle(t, k);
    if (nx.joined && !wordForm && !address && SCALE_SUFFIXES[nx.lower] !== undefined && !(t[k + 1]?.joined && t[k + 1].kind === "word") && !metreNotMillion(t, k, currency) && !barrelsPerDayAt(t, k)) {
      scale = SCALE_SUFFIXES[nx.lower];
      k++;
    } else if (nx.joined && currency && (nx.text === "T" || nx.text === "MM")) {
      scale = nx.text === "T" ? 1e12 : 1e6;
      k++;
    } else if (!nx.joined && !wordForm && nx.text === "M" && !t[k + 1]?.joined) {
      // A capital M is never the metre's symbol: "1,674,200.5 M", "$5 M".
      scale = 1e6;
      k++;
    } else if (!nx.joined && SCALE_WORDS[nx.lower] !== undefined) {
      scale = SCALE_WORDS[nx.lower];
      k++;
    }
  }
  if (scale === 1 && hyphenScaleAt(t, k, wordForm, !!currency)) {
    scale = SCALE_WORDS[t[k + 1].lower];
    k += 2;
  }
  if (nx && !wordForm && !fraction && /^(?:dozens?|dzs?|dozs?)$/.test(nx.lower)) {
    scale = 12;
    k++;
  }
  if (fraction && scale === 1 && t[k]?.lower === "of" && /^an?$/.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower in SCALE_WORDS && t[k + 2].lower !== "hundred") {
    scale = SCALE_WORDS[t[k + 2].lower]; // "two thirds of a million"
    k += 3;
  }
  let rest = 0;
  if (scale > 1) {
    // "three lakh crore", "a thousand million"; "3 million and a half"
    while (t[k]?.kind === "word" && !t[k].joined && SCALE_WORDS[t[k].lower] > scale) scale *= SCALE_WORDS[t[k++].lower];
    const half = andFractionAt(t, k);
    const smaller = half ? smallerScaleAt(t, half.to, scale) : 0;
    if (half && smaller) [rest, k] = [half.value * smaller, half.to + 1];
    else if (half) [base, k] = [base + half.value, half.to];
    else if (!wordForm && Number.isInteger(base) && /^(?:hundred|thousand|lakh|crore)$/.test(t[k - 1]?.lower ?? "")) {
      // "3 hundred and 21", "4 thousand 3 hundred and 21", "6 crore and two hundred"
      const j = t[k]?.lower === "and" ? k + 1 : k;
      const more = t[j] && !t[j].joined ? parseCore(t, j) : null;
      // "Rs 15 crore and 1.5 lakh tablets": a decimal before its own scale starts a second amount, not the rest of this one.
      const decimalScaled = more && more.scale > 1 && !Number.isInteger(more.base);
      // "Rs 9 crore and a loan of ...": a lone article after "and" opens the next noun phrase, it is not one more unit.
      const article = more && more.scale === 1 && /^an?$/.test(t[j].lower);
      if (more && !article && !more.currency && !more.percent && !more.fraction && !decimalScaled && more.value > 0 && more.value < scale && (j > k || more.scale > 1)) {
        rest = more.value;
        k = more.to;
      }
    }
  }
  let cur2 = currency;
  const iso = t[k];
  if (!cur2 && scale === 1 && iso?.kind === "word" && ISO_BEFORE[iso.lower] && iso.text === iso.text.toUpperCase() && SCALE_WORDS[t[k + 1]?.lower] > 1 && !t[k + 1].joined) {
    cur2 = ISO_BEFORE[iso.lower]; // "75 USD million"
    scale = SCALE_WORDS[t[k + 1].lower];
    k += 2;
  }
  let percent = false;
  const p = t[k];
  if (p?.text === "%") {
    percent = true;
    k++;
  } else if (p?.joined && (p.text === "pc" || p.text === "pct") && t[k - 1]?.kind === "num" && !(t[k + 1]?.joined && t[k + 1].kind !== "sym")) {
    percent = true; // "up 20pc", "4.5pct": the newspaper abbreviation glued to the digits
    k++;
  } else if (p && !p.joined && (p.lower === "percent" || ((p.lower === "pct" || p.text === "pc") && !/^points?$/.test(t[k + 1]?.lower ?? "")) || p.lower === "percents" || (p.lower === "percentage" && !weak && !/^points?$/.test(t[k + 1]?.lower ?? "")))) {
    percent = true;
    k++;
  } else if (p?.lower === "per" && t[k + 1]?.lower === "cent") {
    percent = true;
    k += 2;
  }
  if (!cur2 && !percent) {
    const after = currencySuffix(t, k);
    if (after) [cur2, k] = [after, k + 1];
  }
  if (weak && (scale !== 1 || percent)) weak = false;
  return { from: i, to: k, numAt, base, scale, value: sign * (scaled(base, scale) + rest), currency: cur2, percent, wordForm, weak, fraction, bare };
}

/**
 * A scale word hyphened to the digits, as some papers write an amount and every paper writes it as a modifier:
 * "$1.5-billion deficit", "a 2-million-tonne harvest", "the 10-million mark". A hyphen then digits is a range
 * ("2-3 million"), not this.
 */
function hyphenScaleAt(t: Tok[], k: number, wordForm: boolean, money: boolean): boolean {
  const dash = t[k];
  const w = t[k + 1];
  if (dash?.text !== "-" || !dash.joined || !w || !w.joined || w.kind !== "word" || (SCALE_WORDS[w.lower] ?? 0) < 1000) return false;
  // "above the one-billion mark": a number word hyphened to a scale word written out, ending the compound ("a
  // one-billion-dollar fund" stays a describing word).
  if (wordForm) return t[k - 1]?.lower in SMALL_NUMBERS && /^(?:million|billion|trillion)$/.test(w.lower) && !(t[k + 2]?.text === "-" && t[k + 2].joined);
  // An abbreviation ("bn", "tn", "mln") hyphened on is a scale only after a currency ("$2-bn"): "a 40-tn crane" is tonnes.
  return money || /^(?:thousand|lakhs?|million|crores?|billion|trillion)$/.test(w.lower);
}

/** Words after which a figure is a level or an amount: "slid to 241, 336", "a price of 8, 160". */
const LEVEL_BEFORE = /^(?:to|at|of|from|was|is|by|reached|totalled|totaled|hit)$/;

/**
 * A comma that is no thousands separator, after one to three digits at `numAt` (comma at k):
 * - a decimal comma, joined on both sides with one, two or more than three digits after it: "41,85 percent", "3,5
 *   million" (a sentence that groups thousands with commas elsewhere, "12,140MW ... while 11,2750MW", reads more
 *   than three digits as a slip of the grouping: 162750);
 * - a thousands comma with a space slipped in after it, before exactly three digits, after money or a word of level
 *   and ending the figure: "GH¢8, 160 per tonne", "slid to 241, 336." (not "In May 12, 345 people", "of the 40,
 *   120 were", nor a list "101, 102 and 103").
 * Its value and where it ends, else null.
 */
function oddCommaAt(t: Tok[], numAt: number, k: number, money: boolean): { value: number; to: number } | null {
  const [c, d] = [t[k], t[k + 1]];
  if (c?.text !== "," || !c.joined || d?.kind !== "num" || !/^\d+$/.test(d.text)) return null;
  // After money a comma before words is the clause's ("at Sh3, 400, half the price"); before a number it goes on a list.
  const listed = (j: number) => (money && t[j]?.text === "," ? listedAt(t, j + 1) || t[j + 1]?.kind === "num" : listedAt(t, j));
  const intPart = t[numAt].text;
  if (t[numAt - 1]?.text === "," && t[numAt].joined && t[numAt - 2]?.kind === "num") return null; // "1,2,3": a list
  if (d.joined) {
    if (d.text.length === 3 || (t[k + 2]?.text === "," && t[k + 2].joined && t[k + 3]?.kind === "num")) return null;
    if (d.text.length > 3 && t.some((x) => x.kind === "num" && /^\d{1,3}(?:,\d{3})+/.test(x.text))) return { value: Number(intPart + d.text), to: k + 2 };
    // Only where an amount is plain: money, a percent or a scale after it ("Codes 12,50 and 4,75" stay apart).
    const n = t[k + 2];
    // "between 1,5 and 2,5 million": a range's first end written as its second.
    const plain = (x: Tok | undefined) => !!x && (x.text === "%" || /^(?:percent|per|pc|million|billion|trillion|thousand|bn|mn|m|mln|bln)$/.test(x.lower));
    const rangeEnd = !!n && /^(?:and|to|-|–)$/.test(n.lower) && t[k + 3]?.kind === "num" && t[k + 4]?.text === "," && t[k + 4].joined && /^\d{1,2}$/.test(t[k + 5]?.text ?? "") && !!t[k + 5]?.joined && plain(t[k + 6]);
    const amount = money || rangeEnd || plain(n);
    return amount ? { value: Number(`${intPart}.${d.text}`), to: k + 2 } : null;
  }
  if (d.text.length !== 3 || d.start !== c.end + 1 || listed(k + 2) || (t[k + 2]?.kind === "num")) return null;
  const before = t[numAt - 1];
  if (!money && !(before?.kind === "word" && LEVEL_BEFORE.test(before.lower))) return null;
  // "fell to 7, 120 more were hurt" is two figures: a level ends its sentence or clause, or a word of time or place follows.
  const n = t[k + 2];
  if (!money && n && !/^(?:[.;:)–—]|per|in|as|by|from|last|this|on|at)$/.test(n.lower)) return null;
  if (numAt >= 2 && t[numAt - 1].text === "," && t[numAt - 2].kind === "num") return null;
  return { value: Number(intPart + d.text), to: k + 2 };
}

/** Whether the figure ending before j goes on into a list: ", 102", "; 7", "and 103", "or 4", "and $700". */
function listedAt(t: Tok[], j: number): boolean {
  if (/^[,;]$/.test(t[j]?.text ?? "")) return true;
  if (/^(?:and|or|to)$/.test(t[j]?.lower ?? "") && t[j + 1]?.kind === "num") return true;
  return /^(?:and|or)$/.test(t[j]?.lower ?? "") && !!CURRENCY_SYMBOLS[t[j + 1]?.text ?? ""] && t[j + 2]?.kind === "num";
}

/** Words before a figure that name a whole whose part may follow: "of those 1,500, 400 were", "among 1,200, 150". */
const WHOLE_BEFORE = /^(?:the|those|these|its|their|all|of|among|amongst|from|total)$/;
/**
 * Words after three digits that open a clause or a comparison of their own, so that the digits are a second figure:
 * "4,000, 300 of whom", "45,000, 500 more than", "1,200, 150 were injured".
 */
const CLAUSE_AFTER = /^(?:of|more|fewer|less|than|were|was|are|is|be|been|had|have|has|will|would|could|can|may|might|must|should|did|do|does|who|whom|which|that|remain|remained|died|left|came|went|got)$/;

/**
 * A grouped number whose last group slipped a space after its comma: "had 2,483, 193 votes" is 2483193. Commas
 * already group the first part, so a comma, one space and exactly three digits read on as its next group, unless a
 * list goes on after them ("1,200, 450 and 300"), a word of a whole comes before the number ("of the 1,500, 400
 * were", "among 1,200, 150", "out of 2,000, 600 applicants"), or the digits open a clause or comparison of their own
 * ("detained 4,000, 300 of whom", "45,000, 500 more than").
 */
function slippedGroupAt(t: Tok[], numAt: number, k: number): { value: number; to: number } | null {
  const [c, d] = [t[k], t[k + 1]];
  if (c?.text !== "," || !c.joined || d?.kind !== "num" || !/^\d{3}$/.test(d.text) || d.start !== c.end + 1) return null;
  if (!/^\d{1,3}(?:,\d{3})+$/.test(t[numAt].text) || listedAt(t, k + 2)) return null;
  // The word before the figure, past a currency sign: "raised $1,200, 500 of it".
  let b = numAt - 1;
  while (b >= 0 && t[b].kind === "sym") b--;
  if (WHOLE_BEFORE.test(t[b]?.lower ?? "")) return null;
  if (t[k + 2] && (t[k + 2].joined || t[k + 2].kind !== "word" || CLAUSE_AFTER.test(t[k + 2].lower))) return null;
  return { value: Number(t[numAt].text.replace(/,/g, "") + d.text), to: k + 2 };
}

/** "0 . 6": digits, a point spaced on both sides, digits. */
function spacedDecimalAt(t: Tok[], k: number): boolean {
  const dot = t[k];
  const frac = t[k + 1];
  return !!dot && dot.text === "." && !dot.joined && !!frac && !frac.joined && frac.kind === "num" && /^\d+$/.test(frac.text) && /^\d+$/.test(t[k - 1].text);
}

/** A scale word at k smaller than `than` ("a half million" after "one billion and"); its value or 0. */
function smallerScaleAt(t: Tok[], k: number, than: number): number {
  const x = t[k];
  const v = x && x.kind === "word" && !x.joined ? SCALE_WORDS[x.lower] : undefined;
  return v !== undefined && v < than ? v : 0;
}

/**
 * A currency symbol written after the amount ("10 €", "-15€", "5 €, 10 €"): only where it cannot be the
 * symbol of the next amount ("10 $30" is 30 dollars), unless that amount has its own symbol after it.
 */
function currencySuffix(t: Tok[], k: number): string | null {
  const x = t[k];
  const currency = x?.kind === "sym" ? CURRENCY_SYMBOLS[x.text] : undefined;
  if (!currency) return null;
  const next = t[k + 1];
  if (next?.kind === "num" && !(t[k + 2]?.text === x.text)) return null;
  // "a $US160 million package": the sign of the next amount, whose dollar written after it.
  if (next?.joined && next.kind === "word" && t[k + 2]?.kind === "num" && t[k + 2].joined) return null;
  return currency;
}

/** "160,000b/d": the b of barrels a day, not a billion. */
function barrelsPerDayAt(t: Tok[], k: number): boolean {
  return t[k].lower === "b" && t[k + 1]?.text === "/" && t[k + 1].joined && t[k + 2]?.lower === "d" && t[k + 2].joined;
}

/** A minus sign glued to the digits, not a hyphen inside a label ("COVID-19") or between two numbers. */
function isMinus(t: Tok[], k: number): boolean {
  const x = t[k];
  if (!x || (x.text !== "-" && x.text !== "−") || t[k + 1]?.kind !== "num" || !t[k + 1].joined) return false;
  const prev = t[k - 1];
  // "up 44%-42%": a dash between two shares glued to the first one's sign, not a minus; nor after a share set off by a
  // space ("50.6% -923,592 votes"), nor the second stroke of "--" written for a dash ("stations--98%").
  return !prev || (prev.kind !== "num" && !(x.joined && prev.kind === "word") && prev.text !== "%" && !(x.joined && prev.text === "-"));
}

/**
 * Title case "More Than 2.4M Voters", "Over 3M Tonnes Shipped": a capital M glued to a number with a decimal point, or
 * before a plural, is a million, as it is in lower-case text ("221B Baker Street", "3M Company" keep reading as names).
 * `k` is where the "M" stands.
 */
function millionInTitle(t: Tok[], k: number): boolean {
  return t[k].text === "M" && (t[k - 1]?.text.includes(".") || isPluralWord(t[k + 1].lower));
}

const DIMENSION = /^(?:tall|long|high|wide|deep|thick)$/;

const LEVEL_VERB = /^(?:is|was|are|were|be|been|stay|stays|stayed|remain|remains|remained|stand|stands|stood|kept|keep|keeps|held|hold|holds|trade|trades|traded|close|closes|closed|ended|ends|just|well|still|far|to|from)$/;
const ELEVATION = /^(?:altitude|altitudes|elevation|elevations|height|heights|depth|depths)$/;

/**
 * "1.8m tall", "24703m2": metres, not millions (no currency, and a measure reading follows); also a height or depth
 * named before it: "areas above 300m", "at an altitude of 2,000m".
 */
function metreNotMillion(t: Tok[], k: number, currency: string | null): boolean {
  if (currency || t[k].text !== "m") return false;
  const before = t[k - 2];
  // "areas above 300m" is a place; "profits rose above 300m" a level, in millions.
  const place = /^(?:above|below)$/.test(before?.lower ?? "") && t[k - 3]?.kind === "word" && !CHANGE_VERB.test(t[k - 3].lower) && !LEVEL_VERB.test(t[k - 3].lower);
  if (t[k - 1]?.kind === "num" && (place || ELEVATION.test(before?.lower ?? "") || (before?.lower === "of" && ELEVATION.test(t[k - 3]?.lower ?? "")))) return true;
  const after = t[k + 1];
  if (after?.text === "-" && after.joined && t[k + 2]?.joined) return DIMENSION.test(t[k + 2].lower); // "30m-high"
  if (after?.joined) return /^[2²3³]$/.test(after.text);
  // "up to 5m (16ft)": a length given again in feet or yards in brackets is a length in metres.
  if (after?.text === "(" && t[k + 2]?.kind === "num" && /^(?:ft|feet|foot|yd|yds|yards?)$/.test(t[k + 3]?.lower ?? "")) return true;
  return /^(?:tall|long|high|wide|deep|away|below|above|under|x|by|from|in|across|thick|of)$/.test(after?.lower ?? "");
}

/** Letters before "$": whose dollar it is ("US$" the US dollar, "HK$" the Hong Kong dollar, "A$", "C$", "S$", "NZ$", "NT$"). */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable(Object.fromEntries(
  ["us", "c", "a", "hk", "nz", "s", "au", "nt"].map((p) => [p, OTHER_DOLLARS[p]]),
));

/**
 * The longer letters the agencies glue before "$" for whose money it is ("Aus$4.2 billion", "Can$12", "SG$4",
 * "R$5" the Brazilian real, "MX$300" the Mexican peso): read only glued to the sign and capitalised, so "can $5"
 * and "Mr$" stay words.
 */
export const GLUED_DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable({
  aus: "australian dollar", can: "canadian dollar", sg: "singapore dollar", r: "real", mx: "peso",
});

/** A currency written before the amount: "$", "€", "US$", "c $", "u.s $", "mxn$", "USD 200", "EUR 5m". */
function currencyPrefix(t: Tok[], k: number): { currency: string; to: number } | null {
  const x = t[k];
  if (!x) return null;
  if (x.kind === "sym") {
    // "$US160 million", "$A5 billion", "$NZ3m": the Australian press writes whose dollar it is after the sign.
    const whose = x.text === "$" ? t[k + 1] : undefined;
    if (whose?.joined && whose.text === whose.text.toUpperCase() && whose.lower in DOLLAR_PREFIXES && t[k + 2]?.kind === "num" && t[k + 2].joined)
      return { currency: DOLLAR_PREFIXES[whose.lower], to: k + 2 };
    return CURRENCY_SYMBOLS[x.text] ? { currency: CURRENCY_SYMBOLS[x.text], to: k + 1 } : null;
  }
  if (x.kind !== "word") return null;
  const dollar = t[k + 1]?.text === "$" ? k + 1 : -1;
  if (dollar > 0) {
    if (x.lower in DOLLAR_PREFIXES && (t[dollar].joined || !/^(?:a|s)$/.test(x.lower))) return { currency: DOLLAR_PREFIXES[x.lower], to: dollar + 1 };
    if (x.lower in ISO_BEFORE || x.lower === "mex") return { currency: x.lower === "mex" ? "peso" : ISO_BEFORE[x.lower], to: dollar + 1 };
    if (x.lower in GLUED_DOLLAR_PREFIXES && t[dollar].joined && /^\p{Lu}/u.test(x.text)) return { currency: GLUED_DOLLAR_PREFIXES[x.lower], to: dollar + 1 };
  }
  if (x.lower === "u" && t[k + 1]?.text === "." && t[k + 2]?.lower === "s") {
    const j = t[k + 3]?.text === "." ? k + 4 : k + 3;
    if (t[j]?.text === "$") return { currency: "dollar", to: j + 1 };
  }
  // "GH¢5 million", "GH₵ 20,000": the Ghanaian cedi.
  if (x.text === "GH" && /^[¢₵]$/.test(t[k + 1]?.text ?? "") && t[k + 1].joined) return { currency: "cedi", to: k + 2 };
  const letters = letterCurrencyAt(t, k);
  if (letters) return letters;
  const iso = ISO_BEFORE[x.lower];
  if (iso && (x.text === x.text.toUpperCase() || x.lower === "rmb") && t[k + 1]?.kind === "num") return { currency: iso, to: k + 1 };
  // "set at taka 7,500", "Rupees 2.5 crore": South Asian and African copy may name the money before the amount.
  const named = NAME_BEFORE[x.lower];
  if (named && t[k + 1]?.kind === "num" && !/^(?:1[89]|20)\d\d$/.test(t[k + 1].text) && !/^(?:%|percent)$/.test(t[k + 2]?.lower ?? "")) return { currency: named, to: k + 1 };
  return null;
}

/**
 * Currency abbreviations written before the amount: "Rs 500", "Rs. 2 crore", "KSh 40,000", "RM1.5 million"
 * (Malaysian ringgit), "Php 2 billion" (Philippine peso), "Dh50" (UAE dirham), "Sh40 million" (East African shilling).
 */
const LETTER_CURRENCIES: Readonly<Record<string, string>> = wordTable({
  Rs: "rupee", Rp: "rupiah", KSh: "shilling", Ksh: "shilling", Kshs: "shilling", Sh: "shilling", Shs: "shilling", Tk: "taka",
  RM: "ringgit", Php: "peso", PHP: "peso", Dh: "dirham", Dhs: "dirham",
});
/** One capital letter glued to an amount that is clearly money-sized: "N31 million" (naira), "R2.5bn" (rand), "P5 billion" (Philippine peso). */
const LETTER_SYMBOLS: Readonly<Record<string, string>> = wordTable({ N: "naira", R: "rand", P: "peso" });

function letterCurrencyAt(t: Tok[], k: number): { currency: string; to: number } | null {
  const x = t[k];
  const word = LETTER_CURRENCIES[x.text];
  if (word) {
    const j = t[k + 1]?.text === "." && t[k + 1].joined ? k + 2 : k + 1;
    return t[j]?.kind === "num" ? { currency: word, to: j } : null;
  }
  const symbol = LETTER_SYMBOLS[x.text];
  const n = t[k + 1];
  // "P400 million", "fund, P400 million", "(R2.1bn)"; not a letter glued to a word or number before it ("MP400", "4R20").
  const glued = x.joined && (t[k - 1]?.kind === "word" || t[k - 1]?.kind === "num");
  if (!symbol || n?.kind !== "num" || !n.joined || glued) return null;
  const scaled = t[k + 2]?.kind === "word" && (SCALE_WORDS[t[k + 2].lower] > 1e3 || (t[k + 2].joined && SCALE_SUFFIXES[t[k + 2].lower] > 1e3));
  if (scaled || /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(n.text)) return { currency: symbol, to: k + 1 };
  return symbol === "naira" && plainNairaAt(t, k) ? { currency: symbol, to: k + 1 } : null;
}

/** Words of a Nigerian story, as written: the country, its money, its cities and the bodies that set its prices. */
const NIGERIAN_WORDS = [
  "Nigeria", "Nigerian", "Nigerians", "naira", "Naira", "Abuja", "Lagos", "Kano", "Ibadan", "Kaduna", "Enugu", "Onitsha",
  "NNPC", "NNPCL", "IPMAN", "CBN", "PENGASSAN", "NUPENG", "NGN",
];
/** The same words as a sentence's tokens give them, in lower case. */
const NIGERIAN = new Set(NIGERIAN_WORDS.map((w) => w.toLowerCase()));
/** One of the words as written, or the naira's sign, anywhere in an article. */
const NIGERIAN_ARTICLE = new RegExp(`\\b(?:${NIGERIAN_WORDS.join("|")})\\b|₦`);

/** An article that names Nigeria, its money, one of its cities or a body that sets its prices (one scan of the text). */
export function isNairaArticle(text: string): boolean {
  return NIGERIAN_ARTICLE.test(text);
}

/** "lakh tonnes" ("lakh tonne", "lakh tones", "lakh metric tonnes") anywhere in an article (one scan of the text). */
const LAKH_TONNES = /\blakh\s+(?:metric\s+)?ton(?:ne)?s?\b/i;

/** An article that writes amounts in lakh tonnes: a plain "186.85 lt" in it is lakh tonnes. */
export function isLakhTonneArticle(text: string): boolean {
  return LAKH_TONNES.test(text);
}

/** Token lists of sentences from a Nigerian article (see `markNairaArticle`). */
const NAIRA_ARTICLE = new WeakSet<Tok[]>();

/** The sentence is from an article that names Nigeria, its money, a city or a body of it: "N617 per litre" is naira there. */
export function markNairaArticle(t: Tok[]): void {
  NAIRA_ARTICLE.add(t);
}

/** What may follow a price: "N715 per litre", "N1200/kg", "N870 to N880", "N910,", "at N640 and N690". */
const AFTER_PRICE = /^(?:per|a|an|to|and|or|for|at|in|on|while|from|each|apiece|\/|[.,;:)]|[-–])$/;

/**
 * "N715 per litre", "N870 to N880" in a sentence of a Nigerian story (a Nigerian word, or the naira's sign): a plain
 * amount after "N" is naira; "N95 masks", "the N1 road", "N4 motorway" (a name before a noun) and grid references are none.
 */
function plainNairaAt(t: Tok[], k: number): boolean {
  const n = t[k + 1];
  if (!/^\d{2,7}(?:\.\d{1,2})?$/.test(n.text) || Number(n.text) < 10) return false;
  const after = t[k + 2];
  if (after && !(AFTER_PRICE.test(after.lower) || after.text === "/")) return false;
  if (after?.text === "-" && !(t[k + 3]?.text === "N")) return false;
  return NAIRA_ARTICLE.has(t) || t.some((x) => x.kind === "word" && NIGERIAN.has(x.lower));
}

/** A currency's name at k, or after a hyphen ("dollar", "-dollar"). */
function moneyWordAt(t: Tok[], k: number): boolean {
  const j = t[k]?.text === "-" && t[k].joined ? k + 1 : k;
  return /^(?:dollars?|euros?|pounds?|yen|yuan|rupees?)$/.test(t[j]?.lower ?? "");
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
  } else if (/^(?:million|billion|trillion)$/.test(w0) && /^(?:our|its|their|his|her)$/.test(t[j - 1]?.lower ?? "") && moneyWordAt(t, j + 1)) {
    // "we hit our billion dollar expense reduction": one billion, written without "a".
    return { value: SCALE_WORDS[w0], to: j + 1, weak: false };
  } else if (w0 === "half" && (t[j + 1]?.lower === "a" || t[j + 1]?.lower === "an") && isScaleWord(t[j + 2])) {
    current = 0.5;
    started = true;
    j += 2;
  }
  let lastSmall = -1;
  while (j < t.length) {
    const x = t[j];
    if (x.kind === "sym") {
      // "forty-one thousand, two hundred and sixty": a cheque's comma after a scale word, the rest smaller.
      if (x.text === "," && lastSmall === -1 && total > 0 && current === 0 && restAfterCommaSmaller(t, j + 1, SCALE_WORDS[t[j - 1]?.lower] ?? 0)) {
        j++;
        continue;
      }
      // "two hundred & forty": the ampersand written for the "and" of a number.
      if (x.text === "&" && lastSmall === -1 && started && t[j + 1] && t[j + 1].lower in SMALL_NUMBERS && !isFractionWord(t[j + 2])) {
        j++;
        continue;
      }
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
    } else if (/^(?:dozens?|dzs?|dozs?)$/.test(w) && started && current > 0) {
      current *= 12;
      lastSmall = -1;
    } else if (w === "hundred" && started && current > 0) {
      current *= 100;
      lastSmall = -1;
    } else if (w in SCALE_WORDS && w !== "hundred" && started && (current > 0 || total > 0)) {
      // "three lakh crore": a scale word right after another multiplies it.
      if (current === 0 && t[j - 1]?.lower in SCALE_WORDS) total *= SCALE_WORDS[w];
      else total += current * SCALE_WORDS[w];
      current = 0;
      lastSmall = -1;
    } else if (w === "and" && lastSmall === -1 && started && t[j + 1] && t[j + 1].lower in SMALL_NUMBERS && !isFractionWord(t[j + 2])) {
      // "three hundred and fifty"
    } else break;
    j++;
  }
  if (!started || j === k) return null;
  const value = total + current;
  return { value: Number(value.toPrecision(12)), to: j, weak: value === 1 && j === k + 1 };
}

/**
 * After "thousand," or "million," at k: number words that end, within eight tokens, below that scale ("one hundred and
 * twenty", "four hundred thousand" after "million,"); false for a list of amounts ("two million, three million"). The
 * rest must read as a cheque's, with "hundred", an "and" or "&" inside it, or a hyphenated tens word ("twenty-two"): a
 * lone number word is a new clause ("a crowd of thirty thousand, one of the largest"), as is one followed by "of",
 * "whom" or "them" ("five thousand, two hundred of them children").
 */
function restAfterCommaSmaller(t: Tok[], k: number, scale: number): boolean {
  if (scale < 1000 || !(t[k]?.kind === "word" && t[k].lower in SMALL_NUMBERS)) return false;
  let cheque = false;
  let j = k;
  for (; j < k + 8 && j < t.length; j++) {
    const x = t[j];
    const w = x.lower;
    const nextSmall = (t[j + 1]?.lower ?? "") in SMALL_NUMBERS;
    if (w in SCALE_WORDS && w !== "hundred") {
      if (SCALE_WORDS[w] >= scale) return false;
    } else if (w === "hundred") cheque = true;
    else if (w === "and" || x.text === "&") {
      if (!nextSmall) break;
      cheque = true;
    } else if (x.text === "-" && x.joined) {
      if (!(nextSmall && t[j + 1].joined)) break;
      cheque = true;
    } else if (!(x.kind === "word" && w in SMALL_NUMBERS)) break;
  }
  return cheque && !/^(?:of|whom|them)$/.test(t[j]?.lower ?? "");
}

const CAPITAL = /^\p{Lu}/u;

/**
 * "the Three Gorges Dam", "our Zero Emissions Transition Plan", "the Five Star Movement": a number word with a capital
 * inside a sentence, a capitalised word after it, is part of a name. Not in a title-case headline ("Storm Leaves Three
 * Dead"), where every long word has its capital.
 */
export function numberWordInName(t: Tok[], numAt: number): boolean {
  const [prev, x, next] = [t[numAt - 1], t[numAt], t[numAt + 1]];
  if (x?.kind !== "word" || !CAPITAL.test(x.text) || x.text === x.text.toUpperCase() || prev?.kind !== "word") return false;
  if (next?.kind !== "word" || next.joined || !CAPITAL.test(next.text)) return false;
  // A lower-case word of four letters or more, other than the small words some title-case styles keep in lower case.
  return t.some((w) => w.kind === "word" && w.text.length >= 4 && !CAPITAL.test(w.text) && !TITLE_CASE_SMALL.has(w.lower));
}
const TITLE_CASE_SMALL = new Set(["with", "from", "after", "into", "over", "amid", "than", "that", "this", "says", "near", "onto", "upon", "said", "about", "under", "before"]);
