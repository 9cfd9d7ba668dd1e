/**
 * What a sentence says about its figures beyond the words right after each number:
 * - two bounds joined by "and"/"but" make one range: "more than 10 and less than 20" → 10..20;
 * - a number without a unit takes it from elsewhere in the sentence: from the figure before it
 *   ("21 cases in May and 35 in June" → case), from a verb of dying or injury ("8,000 died" → person),
 *   or from a noun before it ("the death toll rose to 61" → death, "valid votes were 4,112,908" → vote,
 *   "magnitude 6.9" → magnitude).
 */
import type { QuantityMention } from "./parser";
import { isPluralWord, singularize } from "./lexicon";

const LOWER_BOUND = new Set(["more_than", "at_least"]);
const UPPER_BOUND = new Set(["less_than", "at_most", "nearly"]);

export function mergeBounds(s: string, found: QuantityMention[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && /^\s*,?\s*(?:and|but)\s+$/.test(s.slice(a.end, b.start)) && (a.unit === b.unit || !a.unit || !b.unit)) {
      const lowFirst = LOWER_BOUND.has(a.qualifier) && UPPER_BOUND.has(b.qualifier);
      const highFirst = UPPER_BOUND.has(a.qualifier) && LOWER_BOUND.has(b.qualifier);
      const [lo, hi] = lowFirst ? [a, b] : [b, a];
      if ((lowFirst || highFirst) && lo.value! < hi.value!) {
        out.push({ value: null, low: lo.value, high: hi.value, qualifier: "range", unit: a.unit ?? b.unit, text: s.slice(a.start, b.end), start: a.start, end: b.end });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const CASUALTY_AFTER = /^\s+(?:(?:people\s+)?(?:have|had|were|are|was)\s+(?:been\s+)?)?(?:died|dead|killed|injured|wounded|hurt|missing|drowned|perished|arrested|detained|evacuated|displaced|rescued|hospitali[sz]ed)\b/i;
const CASUALTY_BEFORE = /\b(?:killing|killed|kills|wounding|wounded|injuring|injured|leaving)\s+(?:at least\s+|more than\s+|nearly\s+|about\s+|some\s+)?$/i;
const NOUN_BEFORE = /\b(\p{L}+)(?:\s+(?:toll|count|tally|total|figure|number))?\s+(?:has\s+|had\s+|have\s+)?(?:risen|rose|climbed|reached|stood|stands|hit|jumped|increased|grew|is|was|were|are|totall?ed|numbered)\s+(?:to\s+|at\s+)?(?:[\p{L}\s]{0,20})?$/u;
const JOINED_TO_PREVIOUS = /^[^.;:!?()]{0,40}$/;

export function unitsFromContext(s: string, found: QuantityMention[]): QuantityMention[] {
  let previous: QuantityMention | null = null;
  for (const m of found) {
    if (!m.unit && m.qualifier !== "vague" && !/^[-−–]?\d*\s*[%$€£]/.test(m.text)) {
      const before = s.slice(Math.max(0, m.start - 60), m.start);
      const after = s.slice(m.end, m.end + 40);
      const noun = NOUN_BEFORE.exec(before);
      const toll = noun && /\s(?:toll|count|tally)\s/.test(noun[0]);
      if (/\bmagnitude\s+$/i.test(before)) m.unit = "magnitude";
      else if (CASUALTY_AFTER.test(after) || CASUALTY_BEFORE.test(before)) m.unit = "person";
      else if (noun && (toll || isPluralWord(noun[1].toLowerCase())) && !/^(?:there|these|those|this|it|they)$/i.test(noun[1]))
        m.unit = singularize(noun[1]);
      else if (previous?.unit && previous.unit !== "percent" && JOINED_TO_PREVIOUS.test(s.slice(previous.end, m.start)) && /\b(?:and|or|while|compared with|against|to)\b|,/.test(s.slice(previous.end, m.start)))
        m.unit = previous.unit;
    }
    previous = m;
  }
  return found;
}
