/**
 * Headline and summary-line shapes that name a source without the body's grammar. Pure string rules:
 * - a body named after the headline's last comma with no verb ("Prices rose 0.4% in May, Statistics Bureau");
 * - a "says X" clause closed by a dash and a lower-case continuation ("3,000 homes flooded, says Red Crescent -
 *   with at least 4 dead"): the continuation's figures are the headline's own;
 * - a lead before a colon that is no speaker: a document word ("Study: ...") or a place ("Kerala: ...").
 */
import { ORG_WORDS, SOURCE_NOUNS, isOrganisation } from "./names";
import { demonymShaped } from "./subject-words";

/** ", Labor Department" closing a line: a capitalised name of up to six words after the last comma. */
const COMMA_NAME = /,\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|for|the|and|on)){0,5})\s*$/u;
/** ", officials", ", state media": a lower-case source after the last comma, with at most one modifier of a source's kind. */
const COMMA_COMMON = /,\s+((?:(?:state|local|senior|security|health|hospital|rescue|military|government|police|election|court|fire|medical|army|federal|city|county|provincial|district|\p{Ll}+(?:ian|ese))\s+)?\p{Ll}+)\s*$/u;

/**
 * The body or common source named after a headline's last comma with no verb ("..., Labor Department",
 * "..., officials"), as an exec-like match ([1] the phrase); null when the words there are no source (a place,
 * a topic: "..., Kenya", "..., more rain ahead").
 */
export function commaClosingSource(s: string): RegExpExecArray | null {
  const named = COMMA_NAME.exec(s);
  if (named) return isOrganisation(named[1].split(/\s+/)) ? named : null;
  const common = COMMA_COMMON.exec(s);
  if (!common) return null;
  const words = common[1].split(/\s+/);
  // "..., police", "..., state media"; not "..., report" (a document word alone is no one).
  return SOURCE_NOUNS.has(words[words.length - 1]) && /s$|^(?:police|military|army|government|media)$/.test(words[words.length - 1]) ? common : null;
}

/** ", says Red Cross in Norland - with at least 4 dead": a reporting clause closed by a dash and a lower-case continuation. */
const SAYS_THEN_DASH = /,\s+(?:(?:says|said)\s+(?:the\s+)?\p{Lu}[^,;:–—-]{0,60}?|(?:the\s+)?[\p{L}'’.&]+(?:\s+[\p{L}'’.&]+){0,5}\s+(?:says|said))(\s+[-–—]\s+)(?=\p{Ll})/u;

/**
 * Where the headline's own continuation starts after a "says X" clause closed by a dash ("..., says Red Cross -
 * with at least 9 dead"), or -1. The part before is the source's; the continuation carries no verb of its own.
 */
export function continuationAfterSource(s: string): number {
  const m = SAYS_THEN_DASH.exec(s);
  if (!m) return -1;
  const at = m.index + m[0].length;
  return /\b(?:says|said|say|told|according\s+to)\b/.test(s.slice(at)) ? -1 : at - m[1].length;
}

/** "Report: ...", "Study: ...": a document word alone before a headline's colon. */
const DOCUMENT_LEAD = /^(?:New\s+|Official\s+|UN\s+|U\.N\.\s+)?(Report|Study|Survey|Poll|Data|Analysis|Figures|Census|Audit|Review)s?:\s+(?=\S)/u;

/** The document noun ("report") leading a headline before its colon, or null. */
export function documentLead(s: string): string | null {
  const m = DOCUMENT_LEAD.exec(s);
  return m ? m[1].toLowerCase() : null;
}

/** A capitalised name of up to six words ("Ministry of Health"), stopping before a seat ("in Gaza"). */
const ISSUER = String.raw`(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.&-]*){0,5})`;

/**
 * The body the article names as the issuer of its `noun` ("a report issued by the Ministry of Health", "the
 * Ministry of Health said in a report"), first in the text; a leading demonym before a body's word is dropped
 * ("Norlandic Ministry of Health" → "Ministry of Health"). Null when the article names none. One pass over the text.
 */
export function documentIssuer(text: string, noun: string): string | null {
  // One look-up per article and noun, however many headline lines ask.
  if (issuers.text !== text) issuers = { text, found: new Map() };
  let found = issuers.found.get(noun);
  if (found === undefined) issuers.found.set(noun, (found = issuerIn(text, noun)));
  return found;
}
let issuers: { text: string; found: Map<string, string | null> } = { text: "", found: new Map() };

function issuerIn(text: string, noun: string): string | null {
  const by = new RegExp(String.raw`\b(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?${noun}\s+(?:(?:just|recently|newly|first|also|\p{Ll}+ly)\s+)?(?:(?:issued|released|published|compiled|prepared|produced|commissioned|conducted)\s+)?(?:by|from)\s+(?:the\s+)?${ISSUER}`, "u");
  const saidIn = new RegExp(String.raw`${ISSUER}\s+(?:said|says|stated|reported|revealed|found|warned)\s+in\s+(?:an?|its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}?${noun}\b`, "u");
  const hits = [by.exec(text), saidIn.exec(text)].filter((m): m is RegExpExecArray => !!m).sort((a, b) => a.index - b.index);
  const name = hits[0]?.[1].replace(/^(?:The|A|An)\s+/, "");
  if (!name || !isOrganisation(name.split(/\s+/))) return null;
  const words = name.split(/\s+/);
  return words.length > 1 && demonymShaped(words[0]) && ORG_WORDS.has(words[1].toLowerCase()) ? words.slice(1).join(" ") : name;
}
