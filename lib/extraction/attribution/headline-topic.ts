/**
 * "Measles: 151 dead, announce authorities", "Coral Reef: 90 percent of reefs bleached": a headline's lead before its
 * colon is its topic, not a source, when the rest of the line names its own source, or when the lead is no body, no
 * title, no source noun and the article never has it say anything (no "<lead> said", "according to <lead>").
 * "Police: ...", "UN: ...", "Minister: ...", "Halvorsen: ..." (with "Halvorsen said" in the body) stay sources.
 */
import { SOURCE_NOUNS, isOrganisation, isTitleWord } from "./names";

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

/** True when the headline lead `lead` (before the colon) is the line's topic, not its source; `rest` is the line after the colon. */
export function leadIsTopic(lead: string, rest: string, text: string): boolean {
  const words = lead.split(/\s+/);
  const last = words[words.length - 1];
  // "WHO: 4,000 new cases reported in a week": a body, a title, an acronym or a source noun is the source, whatever the rest says.
  if (SOURCE_NOUNS.has(last.toLowerCase()) || isOrganisation(words) || words.some(isTitleWord) || /^\p{Lu}{2,}$/u.test(last)) return false;
  if (OWN_SOURCE.test(rest) && !/[“”"]/.test(rest)) return true;
  const name = last.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // "Halvorsen said", "Halvorsen, 61, told", "according to Halvorsen": the article has the lead speak.
  const speaks = new RegExp(`\\b${name}(?:['’]s)?(?:,[^,.;]{1,40},)?\\s+(?:\\p{Ll}+\\s+){0,2}?${SPEECH}\\b|\\b(?:${SPEECH}|according\\s+to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${name}\\b`, "u");
  return !speaks.test(text);
}
