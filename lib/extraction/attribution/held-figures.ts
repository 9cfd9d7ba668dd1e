/**
 * Figures a source holds, named after the figure in a reduced relative clause: "the 20-year term federal
 * prosecutors sought", "the 3 percent analysts had expected". The figure is theirs; the rest of the
 * sentence is not.
 */
import type { Speaker } from "./article-context";

export interface HeldSpan {
  start: number;
  end: number;
  speaker: Speaker;
}

/** Sources that seek, propose or expect a figure. */
const HOLDERS = "(?:federal\\s+|state\\s+|defen[cs]e\\s+)?(?:prosecutors|prosecution|lawyers|attorneys|officials|unions?|investors|analysts|economists|forecasters|traders)";
/** Any character of the noun phrase; a comma only inside a number ("15,000"). */
const NP_CHAR = `(?:[^,;“”"]|,(?=\\d))`;
const HELD = new RegExp(
  `\\b((?:the|a|an)\\s+(?:(?!\\b(?:the|an?)\\s)${NP_CHAR}){0,40}?\\d${NP_CHAR}{0,30}?)\\s+(?:that\\s+)?(${HOLDERS})\\s+(?:had\\s+|have\\s+)?(?:sought|requested|demanded|proposed|recommended|wanted|asked\\s+for|expected|forecast|predicted)\\b`,
  "giu",
);
/** The passive form: "the $27bn net profit forecast by analysts", "a 12-year term sought by prosecutors". */
const HELD_BY = new RegExp(
  `\\b((?:the|a|an)\\s+(?:(?!\\b(?:the|an?)\\s)${NP_CHAR}){0,40}?\\d${NP_CHAR}{0,40}?\\s+(?:sought|requested|demanded|proposed|recommended|expected|forecast|predicted|estimated)\\s+by\\s+(?:the\\s+)?(?:most\\s+|some\\s+|many\\s+)?)(${HOLDERS})\\b`,
  "giu",
);

/** The active form: "Prosecutors had sought a 12-year sentence": what follows the verb, up to the clause's end. */
const HELD_ACTIVE = new RegExp(`\\b()(${HOLDERS})\\s+(?:had\\s+|have\\s+|has\\s+)?(?:sought|requested|demanded|proposed|recommended|asked\\s+for)\\s+(?=${NP_CHAR}*\\d)${NP_CHAR}*`, "giu");

/** " polled by Tallyset" right after the holders: who polled them, part of their description ("analysts polled by Tallyset"). */
/** (Each word ends on a letter: the stop closing the sentence is none of the name.) */
const POLLED_AFTER = /^\s+(?:polled|surveyed|questioned)\s+by\s+(?:the\s+)?\p{Lu}(?:[\p{L}\p{M}.&-]*\p{L})?(?:\s+\p{Lu}(?:[\p{L}\p{M}.&-]*\p{L})?){0,4}/u;

/** A word of HOLDERS, in any case (and with the same unicode folding): a cheap check before the three expressions, which all need one. */
const HOLDER_WORD = /prosecut|lawyer|attorney|official|union|investor|analyst|economist|forecaster|trader/iu;

/** The spans of a sentence whose figures a source named after them holds. */
export function heldSpans(s: string): HeldSpan[] {
  if (!/\b(?:sought|requested|demanded|proposed|recommended|wanted|asked|expected|forecast|predicted)\b/.test(s)) return [];
  const out: HeldSpan[] = [];
  if (!HOLDER_WORD.test(s)) return out;
  // Each expression read with exec rather than matchAll, which copies it per call; none matches empty text.
  for (const re of [HELD, HELD_BY, HELD_ACTIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      // ("the $3.1 billion expected by analysts polled by Tallyset": the holders as the poll describes them.)
      const end = m.index + m[0].length;
      const polled = s.startsWith(" ", end) ? POLLED_AFTER.exec(s.slice(end)) : null;
      const name = m[2].toLowerCase().replace(/\s+/g, " ") + (polled ? polled[0].replace(/\s+/g, " ") : "");
      out.push({ start: m.index, end: end + (polled?.[0].length ?? 0), speaker: { name, description: null, person: false, generic: true } });
    }
  }
  return out;
}
