/**
 * Sources an article introduces without a name and names later: "A city spokeswoman says ..." then
 * "City spokeswoman Gail Loskill said ...", "A court in Shandong province announced ..." then "The
 * Intermediate People's Court of Weihai City ruled ...". Read once per article, before attribution.
 */
import { anchoredMatches } from "./anchored-matches";
import { ABBREVIATED_TITLES, TITLES } from "./names";

export interface TitledPerson {
  name: string;
  /** The title as written, lower case: "city spokeswoman". */
  title: string[];
  /** Where the name is in the text. */
  at: number;
  /** The initials of a capitalised title of two words or more, and of its longer endings: "Cabinet Secretary" → ["CS"]. */
  initials?: string[];
}

const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){1,2}";
/**
 * Titles, capitalised or not ("Spokeswoman", "spokeswoman"); no "i" flag, which would make \p{Lu} match any letter.
 * Grouped by first letter, "[sS](?:pokesman|pokeswoman|...)", so a scan tries one group at a letter, not every title
 * (the same matches: titles with another first letter cannot match there, and each group keeps the titles' order).
 */
const TITLE_ALTERNATION = titleAlternation([...TITLES].filter((t) => /^[a-z]+$/.test(t)));

function titleAlternation(titles: string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const t of titles) byFirst.set(t[0], [...(byFirst.get(t[0]) ?? []), t.slice(1)]);
  return [...byFirst].map(([first, rests]) => `[${first}${first.toUpperCase()}](?:${rests.join("|")})`).join("|");
}
/**
 * "City spokeswoman Gail Loskill", "police chief Dale Kovacs": a title before a full name; "Prime Minister Ana Lopes"
 * is "minister" with "prime" before it, not "prime" and a name starting "Minister".
 */
const TITLE_BEFORE = new RegExp(`\\b(${TITLE_ALTERNATION})[^\\S\\n]+(?!(?:${TITLE_ALTERNATION})\\b)(${NAME})`, "gu");
/** Up to two words closing the text before a title: its modifiers ("City" in "City spokeswoman"). */
const MODIFIERS = /(?:^|[^\p{L}\p{M}'’.,;:-])((?:[\p{L}-]+\s+){0,2})$/u;
/**
 * "Gail Loskill, a city spokeswoman,": a full name with its title after it; not "..., Northgate Terminal, a police
 * officer said", where the description is the subject of the verb after it.
 */
const TITLE_AFTER = new RegExp(`(${NAME}),\\s+(?:an?|the)\\s+((?:[\\p{Ll}-]+\\s+){0,3})(${TITLE_ALTERNATION})\\b(?!\\s+(?:said|says|told|added|confirmed|stated)\\b)`, "gu");

/**
 * "The ferry captain, Teo Varke, said", "Harbour Range Inspector General of Police (IGP), Teo Varke, said": a title,
 * maybe its office after "of" and its acronym in brackets, then the name set off by commas. Group 1 the title, group 2
 * the office, group 3 the name. The match starts at the title, the words before it read from the text before
 * (WORDS_BEFORE): a run of words before the title, unanchored, was retried at every character.
 */
const TITLE_THEN_NAME = new RegExp(`\\b(${TITLE_ALTERNATION})((?:\\s+of\\s+\\p{Lu}[\\p{L}-]+)?)(?:\\s+\\(\\p{Lu}{2,6}\\))?,\\s+(${NAME}),`, "gu");

/** The patterns above tried only where they are (see anchoredMatches), and the places their matches pass through. */
const TITLE_THEN_NAME_AT = new RegExp(TITLE_THEN_NAME.source, "yu");
const TITLE_AFTER_AT = new RegExp(TITLE_AFTER.source, "yu");
const COMMA_CAPITAL = /,\s+\p{Lu}/gu;
const COMMA_ARTICLE = /,\s+(?:an?|the)\s/gu;

/** The finder of the next place in `text` a global `pattern` matches, at or after a position (-1 when none). */
function nextPlace(text: string, pattern: RegExp): (from: number) => number {
  return (from) => {
    pattern.lastIndex = from;
    return pattern.exec(text)?.index ?? -1;
  };
}

const ABBREVIATION = `(?:${Object.keys(ABBREVIATED_TITLES).join("|")})\\.`;
/** Up to three words closing the text before a title, each followed by spaces (see TITLE_THEN_NAME). */
const WORDS_BEFORE = /((?:[\p{L}-]+[^\S\n]+){0,3})$/u;

/**
 * Where a match of WORDS_BEFORE in `s` can start: after the fourth run of white space from the end (0 when there are
 * fewer). A match holds at most three words, each closed by one whole run of white space and nothing else white, so it
 * starts after that run; tried from there, the unanchored pattern finds the same match, not retried at every character.
 */
function afterFourthRunFromEnd(s: string): number {
  let runs = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (isWhiteAt(s, i) && (i === s.length - 1 || !isWhiteAt(s, i + 1)) && ++runs === 4) return i + 1;
  }
  return 0;
}

/** `/\s/.test(s[i])`, without the expression for ASCII (tab to carriage return, space). */
function isWhiteAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(s[i]);
}

/**
 * "Gov. Ana Mendes", "Sen. Mendes", "Lt. Gov. Ana Mendes": titles abbreviated with a stop, one or more, before a full
 * name or a surname alone (the stop makes it a title, so one name word is enough), never an abbreviation as the name.
 * Group 1 the abbreviations, group 2 the name.
 */
const ABBREVIATED_BEFORE = new RegExp(`\\b((?:${ABBREVIATION}[^\\S\\n]+)+)(?!${ABBREVIATION})(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}\\.)?(?:[^\\S\\n]+\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2})`, "gu");

/**
 * The initials of the capitalised words closing a title, for each ending of two words or more: "Education Cabinet
 * Secretary" → ["CS", "ECS"]; none for a title in lower case ("city spokeswoman").
 */
function titleInitials(written: string[]): string[] {
  const out: string[] = [];
  let initials = "";
  for (let k = written.length - 1; k >= 0 && /^\p{Lu}\p{Ll}/u.test(written[k]); k--) {
    initials = written[k][0] + initials;
    if (initials.length >= 2) out.push(initials);
  }
  return out;
}

/** The words (up to two) right before a title at `at`: "city" in "city spokeswoman", "Education" in "Education Cabinet Secretary". */
function modifiersBefore(text: string, at: number): string {
  return MODIFIERS.exec(text.slice(Math.max(0, at - 40), at))?.[1].trim() ?? "";
}

/** Every person the text names with a title. */
export function titledPeople(text: string): TitledPerson[] {
  const out: TitledPerson[] = [];
  for (const m of text.matchAll(TITLE_BEFORE)) {
    const before = modifiersBefore(text, m.index);
    const mods = before ? before.toLowerCase().split(/\s+/) : [];
    const initials = titleInitials([...(before ? before.split(/\s+/) : []), m[1]]);
    out.push({ name: m[2], title: [...mods, m[1].toLowerCase()], at: m.index + m[0].length - m[2].length, ...(initials.length ? { initials } : {}) });
  }
  for (const m of text.matchAll(ABBREVIATED_BEFORE)) {
    const before = modifiersBefore(text, m.index);
    const mods = before ? before.toLowerCase().split(/\s+/) : [];
    // "Lt. Gov.": "lieutenant governor", the last abbreviation the title's head.
    const written = m[1].trim().split(/\.\s*/).filter(Boolean).map((a) => ABBREVIATED_TITLES[a]);
    out.push({ name: m[2], title: [...mods, ...written], at: m.index + m[0].length - m[2].length });
  }
  // Each match has a comma before a capital; at most three runs of spaces before that comma (" of Harbour (IGP)").
  for (const m of anchoredMatches(text, TITLE_THEN_NAME_AT, nextPlace(text, COMMA_CAPITAL), 4)) {
    const before120 = text.slice(Math.max(0, m.index - 120), m.index);
    const words = WORDS_BEFORE.exec(before120.slice(afterFourthRunFromEnd(before120)))?.[1].trim() ?? "";
    const before = words ? words.split(/\s+/) : [];
    // ("It rained, Teo Varke, ..." is no title: the words before a lower-case title open with "the".)
    const from = before.findIndex((w) => /^the$/i.test(w));
    const capital = /^\p{Lu}/u.test(m[1]);
    if (!capital && from < 0) continue;
    const mods = before.slice(from + 1);
    const office = m[2].trim() ? m[2].trim().split(/\s+/).slice(1) : [];
    const initials = capital ? [...titleInitials([...mods, m[1]]), ...titleInitials([...mods, m[1], ...office]).filter((a) => office.length && a.length >= 3)] : [];
    out.push({ name: m[3], title: [...mods.map((w) => w.toLowerCase()), m[1].toLowerCase()], at: m.index + m[0].length - m[3].length - 1, ...(initials.length ? { initials } : {}) });
  }
  // Each match has ", a" ("an", "the") after the name, with at most three runs of spaces in the name.
  for (const m of anchoredMatches(text, TITLE_AFTER_AT, nextPlace(text, COMMA_ARTICLE), 4)) {
    const mods = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    out.push({ name: m[1], title: [...mods, m[3].toLowerCase()], at: m.index });
  }
  return fullerNames(out);
}

/**
 * "Gov. Mendes" where the article also writes "Gov. Ana Mendes": a surname alone is the one person named in full with it.
 */
function fullerNames(people: TitledPerson[]): TitledPerson[] {
  const full = new Map<string, string | null>();
  for (const p of people) {
    if (!p.name.includes(" ")) continue;
    const surname = p.name.slice(p.name.lastIndexOf(" ") + 1);
    full.set(surname, full.has(surname) && full.get(surname) !== p.name ? null : p.name);
  }
  return people.map((p) => (!p.name.includes(" ") && full.get(p.name) ? { ...p, name: full.get(p.name)! } : p));
}

/** The one person whose title's initials are `acronym` ("CS": "Cabinet Secretary Ana Lopes"); null when none or several. */
export function personByInitials(acronym: string, people: TitledPerson[]): string | null {
  const names = new Set(people.filter((p) => p.initials?.includes(acronym)).map((p) => p.name));
  return names.size === 1 ? [...names][0] : null;
}

/**
 * The one person whose title has the description's head and every modifier ("city spokeswoman" fits
 * "City spokeswoman Gail Loskill"); null when none or more than one person fits.
 */
export function personForDescription(description: string[], people: TitledPerson[]): string | null {
  const head = description[description.length - 1];
  const mods = description.slice(0, -1);
  const names = new Set(people.filter((p) => p.title[p.title.length - 1] === head && mods.every((w) => p.title.includes(w))).map((p) => p.name));
  if (names.size || !ANY_RANK.has(head)) return names.size === 1 ? [...names][0] : null;
  // "a local rescue official" then "Local rescue agency chief X": "official" says no rank, so any title whose
  // modifiers include the description's own (its field: "rescue") fits; "local" or "senior" say nothing of it.
  const field = mods.filter((w) => !VAGUE_MODIFIERS.has(w));
  if (!field.length) return null;
  const fits = new Set(people.filter((p) => field.every((w) => p.title.slice(0, -1).includes(w))).map((p) => p.name));
  return fits.size === 1 ? [...fits][0] : null;
}

/**
 * The person named last before `before` with `title` among their title words and every modifier ("the provincial
 * governor" → "Provincial governor Ana Mendes"): whom "the governor" refers to when no one quoted carries it.
 */
export function lastTitled(title: string, modifiers: string[], before: number, people: TitledPerson[]): TitledPerson | null {
  return new TitledIndex(people).last(title, modifiers, before);
}

/** Titled people by title word, in text order, so that each look-up costs a binary search, not a pass over the article. */
export class TitledIndex {
  private byWord = new Map<string, TitledPerson[]>();

  constructor(people: TitledPerson[]) {
    for (const p of [...people].sort((a, b) => a.at - b.at)) {
      for (const w of new Set(p.title)) {
        const list = this.byWord.get(w);
        if (list) list.push(p);
        else this.byWord.set(w, [p]);
      }
    }
  }

  /** The last person before `before` with `title` and every modifier (checked over the 20 nearest such people). */
  last(title: string, modifiers: string[], before: number): TitledPerson | null {
    const list = this.byWord.get(title);
    if (!list) return null;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].at < before) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= Math.max(0, lo - 20); k--) {
      const p = list[k];
      if (modifiers.every((m) => p.title.some((w) => w.startsWith(m)))) return p;
    }
    return null;
  }
}

/** Heads of a description that name no rank: the person may carry any title. */
const ANY_RANK = new Set(["official", "officer"]);
/** Modifiers that say how high or where, not in which service. */
const VAGUE_MODIFIERS = new Set(["local", "senior", "top", "junior", "high-ranking", "ranking", "regional", "district", "provincial", "state", "government"]);
