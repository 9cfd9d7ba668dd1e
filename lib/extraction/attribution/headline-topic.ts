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
 * led the council since 2019 and faces a vote in May, said": each word the article has speak, any reporting verb of
 * the extractor's (VERB_RE) or a stated plan after it, perhaps after an aside of up to three commas' parts. Built on
 * first use (VERB_RE is the attribution module's, which reads this one).
 */
let speakerBefore: RegExp | null = null;
const speakerBeforeRe = () =>
  (speakerBefore ??= new RegExp(
    `(?<!${NAME_WORD})(\\p{L}${NAME_WORD}*)(?=(?:(?:,[^,.;]{1,120}){1,3},)?\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${VERB_RE.source.replace("\\b(", "\\b(?:")}|\\b(?:plans|planned|intends|intended|aims)\\b))`,
    "gu",
  ));
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
  for (const re of [speakerBeforeRe(), SPEAKER_AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const w of m[1].split(/\s+/)) if (w) out.add(w).add(bare(w));
      // (A match of the look-ahead alone is empty: step past it.)
      if (m[0] === "") re.lastIndex++;
    }
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
