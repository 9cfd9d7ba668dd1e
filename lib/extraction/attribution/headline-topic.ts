/**
 * "Measles: 151 dead, announce authorities", "Coral Reef: 90 percent of reefs bleached": a headline's lead before its
 * colon is its topic, not a source, when the rest of the line names its own source, or when the lead is no body, no
 * title, no source noun and the article never has it say anything (no "<lead> said", "according to <lead>").
 * "Police: ...", "UN: ...", "Minister: ...", "Halvorsen: ..." (with "Halvorsen said" in the body) stay sources.
 */
import { SOURCE_NOUNS, isOrganisation, isTitleWord } from "./names";
import { VERB_RE } from "./attribution";

/**
 * A reporting verb with its subject, or "according to", in the rest of the line: the line names its source there.
 * "..., says Norland Health Board", "... - announce authorities": a verb after a comma or dash, then its subject (no
 * preposition: "..., reported in a week" is none); "officials say ...": a present or "said" after its subject. A past
 * participle ("4,000 cases reported in a week", "residents warned of floods") names no source.
 */
const OWN_SOURCE = new RegExp(
  [
    "(?:,|\\s[-–—])\\s*(?:says|said|say|told|tells|announces?|announced|reports?|reported|claims?|claimed|warns?|warned)\\s+(?!(?:in|on|at|by|to|for|from|with|over|since|during|after|before|as)\\b)(?:the\\s+)?\\p{L}",
    "(?<!\\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|their|his|her|its|a|the)\\s+)\\b\\p{L}+\\s+(?:says|say|said|tells|announces?|warns?)\\b",
    "\\baccording\\s+to\\b",
  ].join("|"),
  "u",
);
const SPEECH = "(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|announced|announces|stated|warned|warns|confirmed|estimated|reported|reports|claimed)";

/** A word of a name as the article writes it: letters, marks, and the dots, apostrophes and hyphens inside names. */
const NAME_WORD = "[\\p{L}\\p{M}.'’-]";
/**
 * "Halvorsen said", "Halvorsen, 61, told", "Mayor Ana Tello insisted", "Orlando plans to cut ...", "Ana Tello, who has
 * led the council since 2019 and faces a vote in May, said": each word the article has speak is read back from a
 * reporting verb of the extractor's (VERB_RE) or a stated plan: the word before it, before up to two lower-case words
 * ("also", "on Monday" has a capital and stops), perhaps before an aside of up to three commas' parts of 1 to 120
 * characters without a full stop or semicolon. Reading back from each verb costs the text's verbs, not its words.
 * Built on first use (VERB_RE is the attribution module's, which reads this one).
 */
let verbAnywhere: RegExp | null = null;
const verbAnywhereRe = () =>
  (verbAnywhere ??= new RegExp(`${VERB_RE.source.replace("\\b(", "\\b(?:")}|\\b(?:plans|planned|intends|intended|aims)\\b`, "gu"));
const NAME_CHAR = new RegExp(NAME_WORD, "u");
const LETTER = /\p{L}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const SPACE = /\s/u;
/** Longest an aside's part may be, in characters (code points). */
const ASIDE_PART = 120;

/** The code point ending at `end` (a surrogate pair read whole). */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end > 1 ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/** The word of a name ending at `end`: the whole run of name characters there, opening with a letter; else null. */
function nameWordBefore(text: string, end: number): string | null {
  let start = end;
  for (let c = charBefore(text, start); start > 0 && NAME_CHAR.test(c); c = charBefore(text, start)) start -= c.length;
  if (start === end) return null;
  const first = text.codePointAt(start)!;
  return LETTER.test(String.fromCodePoint(first)) ? text.slice(start, end) : null;
}

/** The words before each of up to three commas' parts that close with the comma at `comma` ("Halvorsen, 61, told"). */
function wordsBeforeAside(text: string, comma: number, add: (w: string | null) => void): void {
  for (let part = 0; part < 3; part++) {
    let at = comma - 1;
    while (at >= 0 && at > comma - 2 * ASIDE_PART - 2 && text[at] !== "," && text[at] !== "." && text[at] !== ";") at--;
    if (at < 0 || text[at] !== ",") return;
    const length = [...text.slice(at + 1, comma)].length;
    if (length < 1 || length > ASIDE_PART) return;
    add(nameWordBefore(text, at));
    comma = at;
  }
}

/** Every word the text has speak before a verb (see verbAnywhereRe), into `out` as written and bare. */
function wordsBeforeVerbs(text: string, out: Set<string>): void {
  const add = (w: string | null) => {
    if (w) out.add(w).add(bare(w));
  };
  const re = verbAnywhereRe();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Back over whitespace, then the speaker's word or an aside's comma; again past each of two lower-case words.
    let end = m.index;
    for (let lower = 0; lower <= 2; lower++) {
      let at = end;
      while (at > 0 && SPACE.test(text[at - 1])) at--;
      if (at === end) break;
      add(nameWordBefore(text, at));
      if (text[at - 1] === ",") wordsBeforeAside(text, at - 1, add);
      let start = at;
      while (start > 0 && !SPACE.test(text[start - 1])) start--;
      if (!LOWER_WORD.test(text.slice(start, at))) break;
      end = start;
    }
    if (m[0] === "") re.lastIndex++;
  }
}
/** "said Halvorsen", "according to the Norland Health Board": the words of the name after the verb, up to four. */
const SPEAKER_AFTER = new RegExp(`\\b(?:${SPEECH}|according\\s+to)\\s+(?=(?:the\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${NAME_WORD}+))`, "gu");

/** A name's word without a possessive or the punctuation after it ("Halvorsen’s", "Halvorsen." → "Halvorsen"). */
const bare = (word: string) => word.replace(/['’]s$/u, "").replace(/[.'’-]+$/u, "");

/**
 * The words the article has speak ("Halvorsen said", "according to Halvorsen"), read once over the whole article: a
 * headline lead is looked up here, so many headline lines cost no more than one reading of the article each.
 */
export function speakingWords(text: string): Set<string> {
  const out = new Set<string>();
  wordsBeforeVerbs(text, out);
  SPEAKER_AFTER.lastIndex = 0;
  for (let m = SPEAKER_AFTER.exec(text); m; m = SPEAKER_AFTER.exec(text)) {
    for (const w of m[1].split(/\s+/)) if (w) out.add(w).add(bare(w));
    // (A match of the look-ahead alone is empty: step past it.)
    if (m[0] === "") SPEAKER_AFTER.lastIndex++;
  }
  return out;
}

/** The speaking words of each article, read once per article (its context). */
const speakingByArticle = new WeakMap<object, Set<string>>();

function speakingIn(article: string | { articleText(): string }): Set<string> {
  if (typeof article === "string") return speakingWords(article);
  let words = speakingByArticle.get(article);
  if (!words) speakingByArticle.set(article, (words = speakingWords(article.articleText())));
  return words;
}

/**
 * True when the headline lead `lead` (before the colon) is the line's topic, not its source; `rest` is the line after
 * the colon; `article` is the article's text, or its context (whose text's speaking words are then read only once).
 */
export function leadIsTopic(lead: string, rest: string, article: string | { articleText(): string }): boolean {
  const words = lead.split(/\s+/);
  const last = words[words.length - 1];
  // "WHO: 4,000 new cases reported in a week": a body, a title, an acronym or a source noun is the source, whatever the rest says.
  if (SOURCE_NOUNS.has(last.toLowerCase()) || isOrganisation(words) || words.some(isTitleWord) || /^\p{Lu}{2,}$/u.test(last)) return false;
  if (OWN_SOURCE.test(rest) && !/[“”"]/.test(rest)) return true;
  // "Halvorsen said", "Halvorsen, 61, told", "according to Halvorsen": the article has the lead speak.
  return !speakingIn(article).has(last);
}
