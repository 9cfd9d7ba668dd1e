import { CALENDAR_WORD } from "./names";

/**
 * What a subject's own words say about who it is: nationalities and roles standing for a person, a body's status
 * words, things claimed rather than said, impersonal reports. Pure string rules for attribution.ts.
 */

/** "it was stated in Parliament that": an impersonal passive report and the named body it was made in or by. */
export const STATED_IN = /\b[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:stated|said|announced|reported|revealed|disclosed|confirmed|claimed)\s+(?:in|by|at|before)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.&-]*){0,5})(?:\s+(?:on|in|last|this)\s+[\p{L}\d]+)?,?\s+that\b/u;

/** Roles of one competitor in sport copy, after "the" and up to two modifiers ("the defending champion"). */
export const PERSON_ROLE = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(striker|forward|midfielder|defender|goalkeeper|keeper|skipper|champion|titleholder|winner|runner-up|veteran|rookie|teenager|youngster|sprinter|runner|swimmer|golfer|boxer|driver|rider|cyclist|skier|skater|speedster|marathoner|hurdler|jockey|batsman|bowler|pitcher|quarterback|seed|star|right-hander|left-hander)$/iu;

/**
 * "state-run", "official", "privately held": words saying who owns or backs a body, written before its name,
 * are no part of it ("the state-run Antara news agency" → "Antara news agency"), nor is the country's possessive
 * before such a name ("Iran's semi-official Tasnim news agency" → "Tasnim news agency").
 */
const STATUS_WORD = String.raw`(?:[\p{Ll}]+-(?:run|owned|backed|funded|controlled|operated|affiliated|linked|sponsored|managed|held|aligned)|(?:semi-)?official|state|government|privately|publicly|held|owned|listed|traded|independent|influential|respected|popular|leading)`;
const STATUS_MODIFIERS = new RegExp(String.raw`^(?:${STATUS_WORD}\s+)+(?=\p{Lu})`, "u");
/** "state-run television ", "the official news agency ": an outlet's kind in lower case, with its status, before its name. */
const OUTLET_KIND_FIRST = new RegExp(String.raw`^(?:the\s+)?(?:${STATUS_WORD}\s+)*(?:news\s+agency|broadcaster|television|radio|newspaper|daily|channel|news\s+website)\s+(?=\p{Lu})`, "u");
/** "Japan's ": a country's possessive before a body with a name of its own ("Japan's Kyodo news agency"). */
const PLACE_POSSESSIVE = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s\s+/u;
/** "People's", "Children's": a possessive that belongs to a body's name ("Intermediate People's Court"), no place's. */
const NAME_POSSESSIVE = /(?:People|Children|Women|Men|Workers|Veterans|Farmers)['’]s?\s/u;

/** "Peru's National Emergency Operations Center" → "National Emergency Operations Center": the place's possessive dropped. */
export function withoutPlacePossessive(name: string): string {
  const m = PLACE_POSSESSIVE.exec(name);
  return m && !NAME_POSSESSIVE.test(m[0]) && /^\p{Lu}/u.test(name.slice(m[0].length)) ? name.slice(m[0].length) : name;
}

/**
 * An outlet named after its kind and status, as in "figures carried by state-run television Al Nour TV", is named by
 * its name alone: "state broadcaster Nour TV" → "Nour TV", "the official news agency Vesna" → "Vesna". A day after
 * the kind is no name ("state television Tuesday").
 */
export function withoutOutletKind(name: string): string {
  const m = OUTLET_KIND_FIRST.exec(name);
  const rest = m ? name.slice(m[0].length) : name;
  return m && !CALENDAR_WORD.test(rest.split(/\s/, 1)[0]) ? rest : name;
}

export function withoutStatus(name: string): string {
  const rest = name.replace(PLACE_POSSESSIVE, "").replace(STATUS_MODIFIERS, "");
  return /^\p{Lu}/u.test(rest) ? rest : name.replace(STATUS_MODIFIERS, "");
}

/**
 * What follows "claimed" when it is a thing taken, not words: a noun phrase with a determiner and no verb up to the
 * clause's end ("a record-setting $4.42 million paycheque — ...", "his third title,"). "Claimed responsibility" is a statement.
 */
export const CLAIMED_THING = /^\s+(?:(?:an?|his|her|their|its|the)\s+(?![^,;:.!?—–“”"]*\b(?:was|were|is|are|had|has|have|would|will|could|can|did|\p{Ll}{3,}ed)\b)[^,;:.!?—–“”"]*(?:[,;:.!?—–]|$))/u;

/** Nationalities used as nouns: "the Australian", "the Spaniard", "the Briton", "the Pakistani". */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|can|ese|ard|ani|aqi|eli|i|an)|Briton|Brit|Swede|Dane|Finn|Pole|Czech|Greek|Thai|Turk|Scot|Swiss|Dutchman|Dutchwoman|Frenchman|Frenchwoman|Irishman|Irishwoman|Welshman|Welshwoman|Englishman|Englishwoman|Kiwi|Argentine|Filipino|Filipina)$/u;
/** Bodies whose names look like nationalities. */
const NOT_DEMONYM = /^(?:Taliban|Vatican|Kremlin|Pentagon)$/;
/** "the (24-year-old) Australian" written right before or after the verb. */
/** A word shaped like a nationality ("Chinese", "Iraqi", "Briton"). */
export function demonymShaped(word: string): boolean {
  return DEMONYM.test(word) && !NOT_DEMONYM.test(word);
}

export function isDemonym(name: string, pre: string, after: string): boolean {
  if (!DEMONYM.test(name) || NOT_DEMONYM.test(name)) return false;
  const the = `\\bthe\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}${name}`;
  return new RegExp(`${the}\\s*,?\\s*$`, "iu").test(pre) || new RegExp(`^\\s+${the}\\b`, "iu").test(after);
}

/** ", citing local officials.", ", quoting a police official,": the source a report relays ("U.S." stays whole). */
export const CITING = /,\s+(?:citing|quoting)\s+((?:[^,;:“”"().]|\.(?=\S)|(?<=\b\p{Lu})\.){2,80}?)\s*(?:[,;!?]|(?<!\b\p{Lu})\.(?!\S)|$)/u;
