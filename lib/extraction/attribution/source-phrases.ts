/**
 * Phrases around a source that tell what it is: titles of a body and places in an apposition, offices,
 * court rulings, records and dated documents. Pure string rules for attribution.ts.
 */
import { DOCUMENT_NOUNS, ORG_WORDS, isNameToken, isOrganisation, isTitleWord } from "./names";

/** "the study finds that ...", "a new study suggests that ...": a document stating a conclusion, reported like speech. */
export const CONCLUDES = /^(?:found|finds|suggests|suggested)$/;

/** Acts that report a decision only from the bench: "the court upheld the sentence", not "police ordered an evacuation". */
export const JUDICIAL_ACT = /^(?:ordered|upheld|upholds|sentenced|convicted|acquitted|overturned|awarded|imposed|fined)$/;

/**
 * Sentencing is an act the record shows, not a statement: "Judge Mara Voss sentenced him to 6 years", "the court fined
 * the firm $2m", "a jury convicted 3 men" are the writer's account of what happened, credited to no one. (A bench's
 * ruling, "the court ordered ..." or "upheld ...", still reports it; so does a court that "said" or "found that".)
 */
export const SENTENCING_ACT = /^(?:sentenced|convicted|acquitted|awarded|imposed|fined)$/;

/** Who sits in judgement: what they find, order or uphold is their ruling. */
export const JUDICIAL = /\b(?:[Jj]ur(?:y|ies)|[Jj]udges?|[Jj]ustices?|[Mm]agistrates?|[Cc]ourts?|[Tt]ribunals?)\b/;

/** A cheap check before RECORDED_ON. */
export const RECORD_CHECK = /\b(?:recorded|registered|listed|printed|entered|given|shown)\s+(?:on|in)\s/;

/** "recorded on the official Harbour Register", "listed in the Land Registry database": a record a figure is read from. */
export const RECORDED_ON = new RegExp(
  `\\b(?:figure|number|total|count|tally|reading|value|score|time)s?\\s+(?:recorded|registered|listed|printed|entered|given|shown)\\s+(?:on|in)\\s+(?:the|an?|its)\\s+(?:official\\s+)?((?:\\p{Lu}[\\p{L}'’.&-]*\\s+){0,5}(?:certificate|register|registry|database|ledger|log|record|records|${[...DOCUMENT_NOUNS].join("|")}))\\b`,
  "u",
);

/**
 * "Championship Director and CEO of UK Athletics", "Police chief in Munshiganj district", "head of the GEC": a
 * title of a body or a place set off as an apposition, without an article.
 */
export function titleOfBody(seg: string): boolean {
  const words = seg.trim().split(/\s+/);
  const of = words.findIndex((w) => /^(?:of|for|at|in)$/.test(w));
  const titles = of < 0 ? words : words.slice(0, of);
  if (!titles.length || titles.length > 7 || !isTitleWord(titles[titles.length - 1])) return false;
  // "head of the GEC", "police chief of Kollam district": a lower-case title needs the body or place it is a title of.
  if (!/^\p{Lu}/u.test(titles[0])) return of > 0 && of < words.length - 1 && titles.length <= 3 && titles.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w));
  // "WHO regional director for Europe": up to two lower-case modifiers of the title after the body's name;
  // "West Java disaster mitigation agency official": three when they name the kind of body ("agency").
  const modifiers = titles.filter((w) => /^\p{Ll}/u.test(w) && !isTitleWord(w) && w !== "and");
  const bodyKind = modifiers.length === 3 && ORG_WORDS.has(modifiers[2]) && titles.length <= 7;
  return titles.every((w, n) => /^\p{Lu}/u.test(w) || isTitleWord(w) || (n > 0 && (w === "and" || /^\p{Ll}[\p{Ll}-]*$/u.test(w)))) && (modifiers.length <= 2 ? titles.length <= 5 : bodyKind) && (of < 0 || of < words.length - 1);
}

/** First words of two-word place names ("New Delhi", "San Diego", "Port Louis"), never of a person's. */
const PLACE_OPENERS = /^(?:New|San|Santa|Los|Las|La|El|Saint|St\.?|Port|Fort|Mount|North|South|East|West|Upper|Lower|Greater|Kuala|Abu|Hong|Rio|Sao|São|Buenos|Cape)$/;

/** Last words of place names that say what kind of place it is ("Kent County", "Orange Province"), never of a person's. */
const PLACE_KINDS = /^(?:County|District|Province|State|Region|Division|Governorate|Prefecture|Territory|Parish|Borough|Township|Municipality)$/;

/**
 * "The head of the Red Cross Society", "the director of Norland's weather bureau": a title of a body, no name in it.
 * "the governor in Norland", "the Relief Coordinator in Norland": a title held in a place is one too.
 */
function titleOfBodyOpening(phrase: string): boolean {
  const m = /^(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{L}-]+)\s+(?:of|for|at|in)\s+\S/iu.exec(phrase.trim());
  if (m && m[1].split(/\s+/).every((w) => /^\p{Ll}/u.test(w)) && isTitleWord(m[1].split(/\s+/).pop()!)) return true;
  // "Varna Range Inspector General of Police", "Superintendent of Police", "The state Sector Commander of the Highway
  // Patrol Service": a capitalised title of a portfolio or a body.
  const cap = /^(?:[Tt]he\s+)?(?:\p{Ll}+\s+){0,2}(?:\p{Lu}[\p{L}-]*\s+){0,4}?(\p{Lu}[\p{L}-]*)\s+(?:of|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}-]*){0,5}$/u.exec(phrase.trim());
  return !!cap && isTitleWord(cap[1]);
}

/**
 * "a hospital in Columbia, Missouri,": the second part of a place written "town, state" inside an
 * apposition; it goes on describing the subject.
 */
export function placeGoesOn(seg: string, before: string, moreBefore: boolean): boolean {
  const words = seg.trim().split(/\s+/);
  if (words.length > 3 || !words.every(isNameToken)) return false;
  // "The head of the Red Cross Society, Anna Berg,": after a title of a body, with no one named yet, a full name
  // set off by commas is the title's holder, not the body's town.
  // ("the mayor of Dunmore, Kent County,": a name closed by the kind of place it is stays a place.)
  if (words.length >= 2 && !PLACE_OPENERS.test(words[0]) && !PLACE_KINDS.test(words[words.length - 1]) && titleOfBodyOpening(before)) return false;
  // "Dr Jitendra Kumar of CCL Hospital, Gandhinagar,": the town of the body the person is of.
  if (/\s(?:of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*$/u.test(before.trim()) && isOrganisation(before.trim().split(/\s+/).slice(-3))) return true;
  return moreBefore && /^(?:an?|the)\s.*\s(?:in|near|of|outside)\s+\p{Lu}[\p{L}.'’-]*$/u.test(before.trim());
}

/** A cheap check before DOC_WHEN. */
export const WHEN_CHECK = /\b(?:published|released|issued|presented|unveiled)\b/;

/** "A new study published Thursday": when a document came out is no part of its name. */
export const DOC_WHEN = new RegExp(
  `\\b(${[...DOCUMENT_NOUNS].join("|")})\\s+(?:published|released|issued|presented|unveiled)(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|(?:last|this)\\s+(?:week|month|year)))?$`,
  "i",
);

/** "Prime Minister Jonas Weber's office": a person's office or aides, named by the person. */
export const OFFICE_OF = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,5}\p{Lu}[\p{L}\p{M}-]*)['’]s\s+(office|spokesman|spokeswoman|spokesperson|aides?|campaign|lawyers?|attorneys?)$/u;

/** "..., says the study, which was published in Nature.": a closing verb, its subject and a relative clause describing it. */
export const TAIL_DESCRIBED = /^\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3},\s+(?:which|who)\s[^,;“”"]{1,100}[.!?]["”’)]*$/u;

/** "Friday's report", "last week's figures": a date says which document, not whose. */
export const DATED_DOCUMENT = /^(?:the\s+)?(?:(?:last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)['’]s\s+/i;

/** "U.S. Geological Survey": a capitalised name of several words ending in a document noun names a body. */
export function namedBody(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the|on)$/.test(w));
}
