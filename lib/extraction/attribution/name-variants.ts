/**
 * Spellings of one body's name within an article: "TimeWarner" and "Time Warner" are one company,
 * called as the article first writes it; "U.N. Refugee Agency" is the "United Nations Refugee Agency" the
 * article also writes; "NASA and the National Oceanic and Atmospheric Administration (NOAA)" gives the
 * acronym to the body whose initials it is.
 */
import type { WordIndex } from "./word-index";

/** "UN " or "U.N. " opening a body's name, which the name in full writes "United Nations ". */
const UN_PREFIX = /^U\.?N\.?\s+(?=\p{Lu})/u;
/** A capital after a lower-case letter inside a word: "TimeWarner", "PennDOT". */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * How the article first writes a name it also writes run together or spaced apart. Looked up per
 * speaker name (memoised) in the article's word index, so the cost does not grow with the article.
 */
export class NameVariants {
  private memo = new Map<string, string>();

  constructor(private readonly words: WordIndex) {}

  /**
   * The first written form of `name`: "TimeWarner" → "Time Warner" after a headline "... Time Warner
   * profit", and the other way round. An all-capital acronym stays as it is.
   */
  firstForm(name: string): string {
    let form = this.memo.get(name);
    if (form === undefined) this.memo.set(name, (form = this.compute(name)));
    return form;
  }

  private compute(name: string): string {
    if (/^[\p{Lu}\d.&-]+$/u.test(name)) return name;
    // "U.N. Refugee Agency" in an article that also writes "United Nations Refugee Agency": the name in full.
    const un = UN_PREFIX.exec(name);
    if (un && this.words.firstAt(`United Nations ${name.slice(un[0].length)}`) >= 0) return `United Nations ${name.slice(un[0].length)}`;
    const words = name.split(/\s+/);
    let other: string | null = null;
    if (words.length === 1 && INNER_CAPITAL.test(name)) other = name.replace(/(\p{Ll})(?=\p{Lu})/gu, "$1 ");
    else if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) other = words.join("");
    if (!other) return name;
    const at = this.words.firstAt(name);
    const otherAt = this.words.firstAt(other);
    return otherAt >= 0 && (at < 0 || otherAt < at) ? other : name;
  }
}

/** The initials of a name's capitalised words: "Centers for Disease Control" → "CDC". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|and|on|de|the)$/.test(w) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * The part of a capitalised run an acronym in parentheses stands for, when it is not the whole run:
 * "NASA and the National Oceanic and Atmospheric Administration (NOAA)" → the words from "National".
 * Null when the acronym is the whole run's (or no part's) initials.
 */
export function acronymTail(words: string[], acronym: string): string[] | null {
  const bare = acronym.replace(/\./g, "");
  if (initials(words.join(" ")) === bare) return null;
  for (let k = 1; k < words.length; k++) {
    if (!/^(?:and|the)$/.test(words[k - 1])) continue;
    const tail = words.slice(words[k] === "the" ? k + 1 : k);
    if (tail.length >= 2 && initials(tail.join(" ")) === bare) return tail;
  }
  return null;
}

/**
 * True when `acronym` is written as the initials of `name`, an all-capital word giving all its letters:
 * "US Geological Survey" → "USGS", "World Health Organization" → "WHO".
 */
export function spellsAcronym(name: string, acronym: string): boolean {
  const words = name.split(/\s+/).filter((w) => !/^(?:of|for|and|on|de|the)$/.test(w) && /^\p{Lu}/u.test(w));
  if (words.length < 2) return false;
  return initials(name) === acronym || words.map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : w[0])).join("") === acronym;
}

/** "the US Geological Survey or USGS": a name followed by "or" and its acronym; null when none closes `text`. */
export function nameOrAcronym(text: string): { name: string; acronym: string } | null {
  const m = /(?!(?:The|A|An)\s)(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.&-]*)+)\s+or\s+(\p{Lu}{2,6})$/u.exec(text);
  return m && spellsAcronym(m[1], m[2]) ? { name: m[1], acronym: m[2] } : null;
}

/**
 * True when `part` is `name` followed by lower-case words saying which part of it: "UN refugee agency" of "UN",
 * "EU border agency" of "EU" (not "UN Development Programme", a body of its own name).
 */
export function describedPart(name: string, part: string): boolean {
  return /^\p{Lu}/u.test(name) && part.startsWith(name + " ") && /^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+$/u.test(part.slice(name.length + 1));
}
