/**
 * Fractions: "1/4", "2 1/2", "½", "two thirds", "a quarter", "one-half", "three halves", "two and a half".
 * A singular fraction after "a"/"one" ("a third", "a quarter") is an amount only where an ordinal
 * cannot be meant: before "of", a scale word, a unit of measure or the end of the clause ("a third of
 * voters", "a quarter million", "a quarter mile"), never "a third year" or "a quarter final".
 */
import { SCALE_WORDS, SMALL_NUMBERS, UNICODE_FRACTIONS } from "./lexicon";
import type { Tok } from "./tokenizer";
import { measureAt } from "./units";
import { wordTable } from "@/lib/figures/word-table";

const DENOMINATOR: Readonly<Record<string, number>> = wordTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});
const COMMON_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 16, 20, 25, 32, 40, 50, 64, 100]);
const PLURAL_DENOMINATOR = /(?:s|halves)$/;

/** "1/4" at k (digits, slash, digits, all joined; not a date "5/17/2018"): the fraction's value. */
export function slashFractionAt(t: Tok[], k: number): { value: number; to: number } | null {
  const a = t[k];
  const slash = t[k + 1];
  const b = t[k + 2];
  if (a?.kind !== "num" || slash?.text !== "/" || !slash.joined || b?.kind !== "num" || !b.joined) return null;
  if (!/^\d+$/.test(a.text) || !/^\d+$/.test(b.text)) return null;
  if (t[k + 3]?.text === "/" && t[k + 3].joined) return null;
  const [n, d] = [Number(a.text), Number(b.text)];
  // Written fractions have a common denominator; "9/11" and "24/7" are names.
  if (!COMMON_DENOMINATORS.has(d) || n >= d) return null;
  return { value: n / d, to: k + 3 };
}

/** A fraction written after a whole number: "2 1/2", "2½", "2 ½". */
export function fractionAfter(t: Tok[], k: number): { value: number; to: number } | null {
  const x = t[k];
  if (!x) return null;
  if (x.text in UNICODE_FRACTIONS) return { value: UNICODE_FRACTIONS[x.text], to: k + 1 };
  if (!x.joined) return slashFractionAt(t, k);
  return null;
}

/** "and a half", "and a quarter", "and one third" after a whole number: 0.5, 0.25, 1/3. */
export function andFractionAt(t: Tok[], k: number): { value: number; to: number } | null {
  if (t[k]?.text === "-" && t[k].joined && t[k + 1]?.lower === "and" && t[k + 1].joined) return hyphenatedAndFraction(t, k + 1);
  if (t[k]?.lower !== "and") return null;
  const n = t[k + 1]?.lower ?? "";
  const d = DENOMINATOR[t[k + 2]?.lower ?? ""];
  if (!d || !/^(?:a|an|one)$/.test(n) || PLURAL_DENOMINATOR.test(t[k + 2].lower)) return null;
  return { value: 1 / d, to: k + 3 };
}

/** "six-and-a-half-week": the same, written with hyphens. */
function hyphenatedAndFraction(t: Tok[], k: number): { value: number; to: number } | null {
  const joinedWord = (j: number) => t[j]?.text === "-" && t[j].joined && t[j + 1]?.joined && t[j + 1].kind === "word";
  if (!joinedWord(k + 1) || !joinedWord(k + 3) || !/^(?:a|an|one)$/.test(t[k + 2].lower)) return null;
  const d = DENOMINATOR[t[k + 4].lower];
  if (!d || PLURAL_DENOMINATOR.test(t[k + 4].lower)) return null;
  return { value: 1 / d, to: k + 5 };
}

function endsClause(x: Tok | undefined): boolean {
  return !x || (x.kind === "sym" && x.text !== "-" && x.text !== "/");
}

/**
 * A fraction in words at k: "two thirds", "one-half", "a quarter", "three halves", and "half"/"quarter"
 * before a scale word ("half million"). `bare` marks a lone "half", an amount only after a qualifier or
 * before "of"/"the" ("more than half", "half of the").
 */
export function wordFractionAt(t: Tok[], k: number): { value: number; to: number; bare: boolean } | null {
  const x = t[k];
  if (x?.kind !== "word") return null;
  const w = x.lower;
  // "the first half of the year", "second-quarter profit": a part of a period or a game, no amount.
  if ((w === "half" || w === "quarter") && POSITION_BEFORE.test(t[k - 1]?.text === "-" ? (t[k - 2]?.lower ?? "") : (t[k - 1]?.lower ?? ""))) return null;
  if ((w === "half" || w === "quarter") && t[k + 1]?.lower in SCALE_WORDS) return { value: w === "half" ? 0.5 : 0.25, to: k + 1, bare: false };
  if (w === "half" && /^an?$/.test(t[k + 1]?.lower ?? "")) return null; // "half a million": a number word
  if (w === "half" && !x.joined) return { value: 0.5, to: k + 1, bare: true };
  const n = w === "a" || w === "an" ? 1 : SMALL_NUMBERS[w];
  if (n === undefined || n < 1 || n > 10) return null;
  let j = k + 1;
  if (t[j]?.text === "-" && t[j + 1]?.kind === "word") j++;
  const dw = t[j]?.lower ?? "";
  const d = DENOMINATOR[dw];
  if (!d || t[j].kind !== "word") return null;
  if (quarterYearsAt(t, k, j)) return null;
  // "two-third majority": a hyphenated fraction is one even with its denominator left singular.
  const plural = PLURAL_DENOMINATOR.test(dw) || (n > 1 && j === k + 2 && /^(?:third|fifth|sixth|eighth|tenth)$/.test(dw));
  if (plural !== n > 1 && !(n === 1 && dw === "half")) return null;
  if (n >= d && dw !== "halves") return null;
  const after = t[j + 1];
  // "gained nearly a third this year": elsewhere a singular fraction is an amount only after a qualifier (bare).
  if (!plural && !(after?.lower === "of" || after?.lower in SCALE_WORDS || endsClause(after) || measureAt(t, j + 1)))
    return n === 1 && /^(?:third|quarter|fifth|tenth)$/.test(dw) && !ORDINAL_NOUN.test(after?.lower ?? "") ? { value: n / d, to: j + 1, bare: true } : null;
  return { value: n / d, to: j + 1, bare: false };
}

/** Words that open a window of periods before its count: "the next three quarters", "the past two quarters". */
const PERIOD_WINDOW = /^(?:next|last|past|previous|preceding|following|coming|recent|first|final)$/;

/**
 * "over the next three quarters", "in two of the last three quarters": plural quarters (written apart, not
 * "three-quarters") counted after a word that opens a window of periods are quarter-years, no fraction;
 * "three quarters of the homes" stays 0.75.
 */
function quarterYearsAt(t: Tok[], k: number, j: number): boolean {
  return t[j].lower === "quarters" && j === k + 1 && PERIOD_WINDOW.test(t[k - 1]?.lower ?? "");
}

/** Words that place a half or a quarter in a period or a game: "first half", "final quarter", "the latter half". */
const POSITION_BEFORE = /^(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter|former|opening|closing|back|front|early|late)$/;

/** Nouns after "a third"/"a quarter" that make it an ordinal or a name: "a third time", "a quarter final". */
const ORDINAL_NOUN = /^(?:time|term|year|day|round|place|party|country|world|way|man|person|child|final|finals|straight|consecutive|successive|century|wave|attempt|quarter|option|phase|stage|season|test|game|match|goal)$/;

export function isFractionWord(x: Tok | undefined): boolean {
  return !!x && x.kind === "word" && x.lower in DENOMINATOR;
}
