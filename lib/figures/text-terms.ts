/**
 * Claim text as comparable terms: lower case, accents folded, numbers written any way ("20,000", "20 000",
 * "20k") as one token ("#20000"), stop words and reporting verbs dropped, plurals folded ("trucks" → "truck").
 * Pure: used by claim matching and by tracker suggestions.
 */
import { findWrittenNumber } from "./number-query";

const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for from with without into onto over under about as is are was were be been being " +
    "has have had do does did this that these those it its they them their there here he she his her we our you your i me my " +
    "not no nor so than then too very can could would should will shall may might must also just only more most less least " +
    "some any all each every other such which who whom whose what when where why how after before since while during " +
    "said says say told according reported reports report added adding stated statement claimed claims claim " +
    "up down out off again further once one per yet still"
  ).split(/\s+/),
);

/**
 * Verb families that reports of one figure use interchangeably ("evacuated", "left", "fled"; "killed",
 * "died", "dead"): each is read as one term.
 */
const FAMILIES: Record<string, string> = Object.fromEntries(
  Object.entries({
    leave: "left leave leaves leaving fled flee flees fleeing evacuate evacuated evacuates evacuating evacuation evacuations evacuee evacuees",
    die: "died die dies dead death deaths killed kill kills killing",
    injure: "injured injuring injuries wounded wounding",
    arrive: "arrived arrive arrives arriving arrival arrivals",
  }).flatMap(([term, words]) => words.split(" ").map((w) => [w, term])),
);

const fold = (text: string) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** A word with its plural ending taken off, so "trucks" and "truck" meet; short words are kept as they are. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

/** The written numbers of a text as tokens, and the text with them taken out. */
function takeNumbers(text: string): { numbers: string[]; rest: string } {
  const numbers: string[] = [];
  let rest = text;
  for (let guard = 0; guard < 50; guard++) {
    const found = findWrittenNumber(rest);
    if (!found) break;
    numbers.push(`#${found.value}`);
    rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`;
  }
  return { numbers, rest };
}

/** The terms of a text, in order, repeats kept. */
export function textTerms(text: string): string[] {
  const { numbers, rest } = takeNumbers(fold(text));
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...words.filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w)).map((w) => FAMILIES[w] ?? stem(w)), ...numbers];
}

/** How many words a text has (before stop words are dropped): short claims are too ambiguous to link. */
export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N},.'’-]*/gu) ?? []).length;

/**
 * The words of a text worth looking up in a full-text index to find other wordings of it, each with its
 * singular and plural forms ("truck", "trucks"): stop words and bare numbers dropped (figures are matched by
 * value, not by how they are written), repeats removed, longest (most specific) first, at most `limit`.
 */
export function keyWords(text: string, limit = 12): string[][] {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const byStem = new Map<string, Set<string>>();
  for (const w of words) {
    if (w.length < 2 || STOP_WORDS.has(w) || /\d/.test(w)) continue;
    const s = stem(w);
    byStem.set(s, (byStem.get(s) ?? new Set([s, `${s}s`])).add(w));
  }
  return [...byStem.entries()].sort(([a], [b]) => b.length - a.length || a.localeCompare(b)).slice(0, limit).map(([, forms]) => [...forms]);
}
