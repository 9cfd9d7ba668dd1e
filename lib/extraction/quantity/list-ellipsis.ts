/**
 * Results lists that name their unit once: "PPP is leading with seventy four seats, PTI twenty two, MQM sixteen
 * and GDA eleven", "turnout of 55.09 per cent ... followed by Sindh 48.11 and Khyber Pakhtunkhwa 45.52". After a
 * first figure with a count or percent unit, each "Name N" item joined to it by a comma, "and" or "followed by"
 * is a figure of that unit, the noun left out as a reader leaves it out. Only inside the sentence, only after
 * such a first figure, and only where each item is a name and a number that ends the item.
 */
import { LABEL_WORDS, MONTHS, UNIT_STOP, isMeasureOrMoney } from "./lexicon";
import type { QuantityMention } from "./parser";
import { type Tok, parseCore } from "./tokenizer";

/** Words a list's first figure may be followed by before "followed by": "seats in the National Assembly followed by". */
const BEFORE_FOLLOWED_BY = 8;
const NAME_WORDS = 5;
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** A word of a list item's name: a capitalised word ("PML-N", "Majlis-e-Amal") or a plural noun ("independents"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’]*|\p{Ll}{3,}s)$/u;
/** Lower-case words that may sit inside a capitalised name: "Balochistan assembly", "Party of Pakistan". */
const NAME_INNER = /^(?:assembly|party|of|province|state|region|group|alliance|league)$/;

/**
 * Adds the figures of a results list whose items leave the unit out; `found` are the sentence's figures so far
 * (in order). Returns them with the list's figures added, in order.
 */
export function listedFigures(s: string, t: Tok[], found: QuantityMention[]): QuantityMention[] {
  const added: QuantityMention[] = [];
  const inList = new Set<QuantityMention>();
  for (const first of found) {
    if (inList.has(first) || !first.unit || (first.unit !== "percent" && isMeasureOrMoney(first.unit)) || first.qualifier === "vague" || first.qualifier === "range") continue;
    let k = tokenAt(t, first.end);
    const lead = followedByWithin(t, k);
    let sep = lead ?? separatorAt(t, k);
    while (sep !== null) {
      const item = itemAt(t, sep);
      if (!item || item.percent !== (first.unit === "percent") && item.percent) break;
      const known = found.find((m) => m.start <= t[item.numAt].start && m.end > t[item.numAt].start);
      if (known) {
        if (known.unit && known.unit !== first.unit) break;
        known.unit = first.unit;
        inList.add(known);
        k = tokenAt(t, known.end);
      } else if (added.some((a) => a.start === t[item.numAt].start)) break;
      else {
        const start = t[item.numAt].start;
        const end = t[item.to - 1].end;
        added.push({ value: item.value, low: item.value, high: item.value, qualifier: "exact", unit: first.unit, text: s.slice(start, end), start, end });
        k = item.to;
      }
      sep = separatorAt(t, k);
    }
  }
  if (!added.length) return found;
  return [...found, ...added.filter((a) => !found.some((m) => m.start < a.end && a.start < m.end))].sort((a, b) => a.start - b.start);
}

/** The first token at or after character `end`. */
function tokenAt(t: Tok[], end: number): number {
  let k = 0;
  while (k < t.length && t[k].start < end) k++;
  return k;
}

/** "followed by" within a few words (no punctuation) after k: the token after it, else null. */
function followedByWithin(t: Tok[], k: number): number | null {
  for (let j = k; j < Math.min(t.length - 1, k + BEFORE_FOLLOWED_BY + 1); j++) {
    if (t[j].text === "," && t[j + 1].lower === "followed") continue; // "was highest in the north, followed by"
    if (t[j].kind !== "word") return null;
    if (t[j].lower === "followed" && t[j + 1].lower === "by") return j + 2;
  }
  return null;
}

/** A list's separator at k (", ", "and", ", and", "followed by", ", followed by"): the token after it, else null. */
function separatorAt(t: Tok[], k: number): number | null {
  let j = k;
  if (t[j]?.text === ",") j++;
  if (t[j]?.lower === "and") j++;
  else if (t[j]?.lower === "followed" && t[j + 1]?.lower === "by") j += 2;
  return j > k ? j : null;
}

/** "PTI twenty two", "independents 14", "Balochistan assembly 51.85" at k: the number's value and where it ends. */
function itemAt(t: Tok[], k: number): { value: number; numAt: number; to: number; percent: boolean } | null {
  // "the PTI 22": an article before a capitalised name.
  if (t[k]?.lower === "the" && /^\p{Lu}/u.test(t[k + 1]?.text ?? "")) k++;
  let j = k;
  while (j < k + NAME_WORDS && t[j]?.kind === "word" && isNameWord(t, j, k)) {
    j++;
    // "PML-N", "Majlis-e-Amal": hyphenated parts of one name.
    while (t[j]?.text === "-" && t[j].joined && t[j + 1]?.kind === "word" && t[j + 1].joined) j += 2;
  }
  if (j === k || (t[j]?.kind !== "num" && t[j]?.kind !== "word")) return null;
  const last = t[j - 1].lower;
  if (LABEL_WORDS.has(last) || MONTHS.has(last) || WEEKDAYS.test(last)) return null;
  const core = parseCore(t, j);
  if (!core || core.currency || core.fraction || core.weak || core.numAt !== j || core.scale !== 1) return null;
  if (!core.wordForm && /^\d{4}$/.test(t[j].text) && core.value >= 1900 && core.value <= 2100) return null; // a year
  const end = t[core.to];
  // The number ends the item: a comma, "and" or the sentence's end.
  const ends = !end || /^[,.;]$/.test(end.text) || (end.lower === "and" && !end.joined);
  return ends ? { value: core.value, numAt: j, to: core.to, percent: core.percent } : null;
}

function isNameWord(t: Tok[], j: number, k: number): boolean {
  const w = t[j];
  if (UNIT_STOP.has(w.lower) && !(j > k && NAME_INNER.test(w.lower))) return false;
  return NAME_WORD.test(w.text) || (j > k && NAME_INNER.test(w.lower));
}
