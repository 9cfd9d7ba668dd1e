/**
 * Bodies an article calls by a description and names with the description's own word capitalised: "the country's
 * statistics office" and "Statistics Norvalia", "the weather bureau" and "Norvalia Weather Service". A name with
 * no body's word in it ("Statistics Norvalia") is read as a body only through such a description. Pure string rules.
 */
import { anchoredMatches } from "./anchored-matches";
import { isNameToken, isTitleWord } from "./names";

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.&-]*";
const GAP = "[^\\S\\n]+";
const CONNECTOR = `(?:(?:of|for|and|on)${GAP}(?:the${GAP})?)?`;

/**
 * The capitalised names of two words or more the text writes with `word` capitalised among them ("Statistics" →
 * "Statistics Norvalia"), once each in order; never a titled person's ("Health Minister Ana Lopes").
 */
export function namesWithWord(text: string, word: string): string[] {
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  if (!text.includes(cap)) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{M}'’.&-])((?:${NAME_WORD}${GAP}${CONNECTOR}){0,3})${escapeRegExp(cap)}(?![\\p{L}\\p{M}])((?:${GAP}${CONNECTOR}${NAME_WORD}){0,4})`, "yu");
  const out: string[] = [];
  // A match has the word in it, with at most three name words before it on its line, each with a connector ("of the").
  for (const m of anchoredMatches(text, re, (from) => text.indexOf(cap, from), 10, true)) {
    const words = m[0].replace(/['’]s?$/, "").split(/\s+/);
    // "The Statistics Norvalia survey", "By Statistics Norvalia's count": a word opening the run that is no name's (an
    // article, a preposition, a conjunction) is no part of it; the description's own word always is ("Data++").
    while (words.length && !words[0].startsWith(cap) && !isNameToken(words[0])) words.shift();
    while (words.length && /^(?:of|for|and|on|the)$/.test(words[words.length - 1])) words.pop();
    if (words.length < 2 || words.some((w) => isTitleWord(w.replace(/[.,]$/, "")))) continue;
    const name = words.join(" ").replace(/[.,]$/, "");
    // "Statistics Norvalia and Statistics Ostland": two names run together, neither one's alone.
    if (name.split(cap).length > 2) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** `text` with the characters a regular expression reads as syntax escaped ("Data++" matches only itself). */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
