/**
 * Documents as sources, as a phrase: where "according to <a document>" ends, and what an unnamed
 * document is called ("the federal data" → "federal data", "a new study" → "study").
 */
import { DOCUMENT_NOUNS } from "./names";

const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|such)$/i;
/**
 * Words that only point back to a document or say where it stands among others: dropped from its name. "new",
 * "latest", "recent" and "fresh" are kept: an unnamed source is written as the article writes it ("new research").
 */
const TIME_ADJECTIVE = /^(?:separate|further|same|last|previous|earlier|later|today's|yesterday's)$/i;
/** "New research shows", "Recent reports say": words of when, capitalised only to open the sentence. */
const WHEN_OPENING = /^(?:New|Latest|Recent|Fresh)$/;
/** Adjectives saying which kind of document, capitalised as a sentence's first word: "Official", "Preliminary". */
export const KIND_OPENING_WORDS = ["Official", "Unofficial", "Preliminary", "Provisional", "Final", "Partial", "Initial", "Revised", "Monthly", "Annual", "Quarterly", "Weekly", "Federal"];
const KIND_OPENING = new RegExp(`^(?:${KIND_OPENING_WORDS.join("|")})$`);
const DOC_ALTERNATION = [...DOCUMENT_NOUNS].join("|");
/**
 * "these initial results only four groups ...": a determiner, up to two lower-case modifiers and a
 * document noun, followed by a word that does not go on describing it (no preposition or participle).
 */
const DOC_PHRASE_END = new RegExp(
  `^((?:(?:the|this|that|these|those|its|their|an?)\\s+)?(?:[a-z][a-z'’-]*\\s+){0,2}?(?:${DOC_ALTERNATION}))\\s+(?!(?:of|from|by|in|on|for|at|to|released|published|issued|compiled|collected|gathered|obtained|received|seen|cited|provided|made|posted)\\b)[a-z]`,
);
/** "federal data released today": a participle closing the phrase with no author ("by" / "from" is kept). */
const TRAILING_PARTICIPLE = /\s+(?:released|published|issued|compiled|collected|gathered|obtained|received|seen|cited|provided|made public|posted|out)(?:\s+(?!by\b|from\b)[^\s]+){0,4}$/;

/** The phrase after "according to", cut where the document it names ends. */
export function trimAccordingPhrase(phrase: string): string {
  const end = DOC_PHRASE_END.exec(phrase);
  if (end) return end[1];
  if (/\s(?:by|from)\s/.test(phrase)) return phrase;
  const words = phrase.split(/\s+/);
  const head = words.findIndex((w) => DOCUMENT_NOUNS.has(w.toLowerCase()));
  return head >= 0 && head <= 3 ? phrase.replace(TRAILING_PARTICIPLE, "") : phrase;
}

/**
 * What an unnamed document is called: its head noun with the lower-case words that say which kind it
 * is ("federal data", "initial results"), without determiners or words that only say when ("new").
 * "data from the ministry" → "data".
 */
export function documentDescription(name: string): string {
  // "Official estimates say": a kind's adjective capitalised only to open the sentence is still the document's.
  const words = name.trim().split(/\s+/).filter((w, n) => !(n === 0 && DETERMINER.test(w))).map((w, n) => (n === 0 && (KIND_OPENING.test(w) || WHEN_OPENING.test(w)) ? w.toLowerCase() : w));
  if (words.length > 2 && /^(?:from|by|of)$/i.test(words[1])) return words[0].toLowerCase();
  const at = words.findLastIndex((w) => DOCUMENT_NOUNS.has(w.toLowerCase()));
  if (at < 0) return words[words.length - 1]?.toLowerCase() ?? name;
  const modifiers = words.slice(Math.max(0, at - 2), at).filter((w) => /^\p{Ll}/u.test(w) && !DETERMINER.test(w) && !TIME_ADJECTIVE.test(w));
  return [...modifiers, words[at]].join(" ").toLowerCase();
}

/** The document's kind for finding its issuer: its description without the words of when ("new figures" → "figures"). */
export function documentKind(name: string): string {
  return documentDescription(name).replace(/^(?:new|latest|recent|fresh)\s+/, "");
}
