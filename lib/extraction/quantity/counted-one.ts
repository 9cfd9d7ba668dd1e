/**
 * When a lone "one" counts something. "One man carried a crutch" and "one of the worst" are no figures,
 * but a "one" among other counts or in a tally of what happened is: "one soldier and two militants",
 * "two soldiers and one civilian", "one more person was killed", "one cabin has burned", "Perak (one)",
 * "a one-point lead", "Perak (one)", "have one each", "sentenced to one year imprisonment".
 */
import { PERSON_STATES, SMALL_NUMBERS, UNIT_STOP, isMeasureOrMoney, isPluralWord, singularize } from "./lexicon";
import type { Tok } from "./tokenizer";

/** Words that may stand between "one" and its noun without making it a reference ("one more person"). */
export const BEFORE_NOUN = new Set(["more", "other", "additional", "further", "extra", "new", "single", "remaining"]);

/**
 * What happened to the thing counted: "was killed", "died", "has burned", "is missing", "were destroyed", also with how
 * badly ("seriously injured", "was critically wounded") and a patient's state ("was in critical condition"); what one of
 * a vote or a group did: "four voted against and one abstained", "two were caught and one escaped".
 */
const TALLY_AFTER = /^\s+(?:(?:was|were|is|are|has|had|have)\s+(?:also\s+)?(?:been\s+)?(?:still\s+)?)?(?:[a-z]+ly\s+)?(?:died|dead|killed|injured|wounded|hurt|missing|drowned|perished|arrested|detained|rescued|hospitali[sz]ed|infected|burned|burnt|destroyed|damaged|collapsed|confirmed|reported|recorded|sentenced|charged|released|freed|evacuated|recovered|retrieved|exhumed|admitted|treated|discharged|abstained|voted\s+(?:against|for|in\s+favou?r|no|yes|to)|dissented|escaped|survived|in\s+(?:a\s+)?(?:critical|serious|stable|fair|grave|satisfactory|poor)\s+condition)\b/i;
/** What befell the thing counted, written before it: "killed one motorcyclist", "rescued one child". */
const TALLY_BEFORE = /\b(?:(?:death|killing|rescue|arrest|abduction|kidnapping|disappearance)\s+of|kill|killed|kills|injure|injured|injures|wound|wounded|wounds|hurt|arrest|arrested|arrests|detained|detains|rescue|rescued|rescues|evacuated|hospitali[sz]ed|infected|infects|killing|injuring|wounding|arresting|rescuing)\s+$/i;
/** Nouns that name a tally themselves: one of them is a count whatever follows. */
const TALLY_NOUN = /^(?:injury|death|fatality|casualty|infection|arrest|hospitali[sz]ation)$/;
/** Found, with its auxiliary: "one body was found", "one more had been recovered" ("one study found" is a source). */
const FOUND_AFTER = /^\s+(?:was|were|(?:has|had|have)\s+been)\s+(?:later\s+|also\s+)?(?:found|located|pulled\s+out)\b/i;
const SPEAKS_AFTER = /^\s+(?:(?:later|also|then|\p{Ll}+ly)\s+)?(?:said|says|told|tells|added|adds|noted|explained|described|called|argued|insisted|warned|wrote|asked|recalled|claimed|suggested)\b/iu;
/** A name in commas right after the noun: ", Ade Bello,", ", Maria de la Cruz,". */
const NAMED_APPOSITION = /^,\s{1,3}\p{Lu}[\p{L}'’.-]{0,20}(?:\s{1,3}(?:\p{Lu}[\p{L}'’.-]{0,20}|de|da|van|von|bin|al|la|del)){0,4},/u;
/** A figure read before in the sentence: its unit, text and where it ends. */
export type Counted = { readonly unit: string | null; readonly text?: string; readonly end?: number };
/** Words after "one" that say it is a count of one: "one more title", "one single charge", "one extra day". */
const ONE_MORE = /^(?:more|single|additional|extra)$/;
/** Nouns that make "single" part of a name: "one single market", "one single currency". */
const SINGLE_NAMES = /^(?:market|currency|window|voice|entity|source|point|body|mother|father|parent|use|largest|biggest)$/;
/** Words before "one" that make it a choice or a denial, not a count: "the one extra thing", "not one single vote". */
const NOT_COUNTED_BEFORE = /^(?:the|this|that|any|every|no|not|which|each)$/;
/** Nouns after which "one" is a pronoun or a name, not a count. */
const REFERENCE_AFTER = /^(?:of|worth|another|day|time|thing|way|side|hand|point|reason|problem|question|part|chance|look|step|word|moment|try|attempt)$/;
/** A hyphenated span after "one" that reads as an amount: "one-point lead", "one-goal", "one-seat majority". */
const HYPHEN_UNITS = /^(?:points?|goals?|runs?|seats?|votes?|games?|stars?|percentage)$/;

/** Whether a number (digits or a number word) starts at k: "two militants", "450 bullets". */
function numberAt(t: Tok[], k: number): boolean {
  const x = t[k];
  return !!x && (x.kind === "num" || (x.kind === "word" && x.lower in SMALL_NUMBERS && x.lower !== "one"));
}

/**
 * Whether the lone "one" at `at` (tokens up to `to`) counts its noun, given where the noun phrase ends
 * (`nounEnd`, the token after it) and where the figure read before it in the sentence ends (a character
 * offset, or -1).
 */
export function isCountedOne(s: string, t: Tok[], at: number, to: number, nounEnd: number, previousEnd: number, unit: string | null = null, earlier: readonly Counted[] = []): boolean {
  const one = t[at];
  if (one.lower !== "one" || nounEnd <= to) return false;
  if (REFERENCE_AFTER.test(t[to]?.lower ?? "") || REFERENCE_AFTER.test(t[nounEnd - 1].lower)) return false;
  // "By one count, 40 died", "by one estimate": a source of the figure after it, no count of counts.
  if (/^(?:by|in|on)$/.test(t[at - 1]?.lower ?? "") && /^(?:count|estimate|measure|tally|account|reckoning|calculation)$/.test(t[nounEnd - 1].lower)) return false;
  // "one officer said": a source, not a count.
  if (SPEAKS_AFTER.test(s.slice(t[nounEnd - 1].end, t[nounEnd - 1].end + 30))) return false;
  // "three counts of fraud and one count of theft", "two goals and one goal disallowed": the noun one of the last three figures counts.
  if (unit && earlier.slice(-3).some((m) => m.unit === unit)) return true;
  // "one count each of fraud and theft": shared out, a count.
  if (t[nounEnd]?.lower === "each") return true;
  // "limited to one pack per visit", "sold to one buyer per ID": a quota, counted ("one day per week" is a rate of time).
  if (t[nounEnd]?.lower === "per" && nounEnd === to + 1 && t[nounEnd + 1]?.kind === "word" && !NOT_COUNTED_BEFORE.test(t[at - 1]?.lower ?? "")) return true;
  // "one more title than his rival", "on one single charge", "one additional officer": a count of one, said so.
  if (ONE_MORE.test(t[to]?.lower ?? "") && nounEnd > to + 1 && !NOT_COUNTED_BEFORE.test(t[at - 1]?.lower ?? "") && !(t[to].lower === "single" && SINGLE_NAMES.test(t[to + 1]?.lower ?? ""))) return true;
  // "charged with one count of assault", "one charge of fraud": a charge in court copy is a count ("by one count" is a source).
  if ((unit === "count" || unit === "charge") && t[nounEnd]?.lower === "of" && t[nounEnd + 1]?.kind === "word" && !/^(?:the|a|an|its|their|his|her|this|these|those|all)$/.test(t[nounEnd + 1].lower) && !/^(?:by|at|in)$/.test(t[at - 1]?.lower ?? "")) return true;
  if (t[nounEnd]?.lower === "of") return false;
  // "Five people were arrested, including one woman": one of the count before, named.
  if (t[at - 1]?.lower === "including" && previousEnd >= 0 && previousEnd < one.start) return true;
  if (/^(?:only|just)$/.test(t[at - 1]?.lower ?? "") && !REFERENCE_AFTER.test(t[nounEnd - 1].lower)) return true; // "with only one vehicle"
  if (TALLY_AFTER.test(s.slice(t[nounEnd - 1].end, t[nounEnd - 1].end + 40)) || FOUND_AFTER.test(s.slice(t[nounEnd - 1].end, t[nounEnd - 1].end + 40))) return true;
  // "one suspect, Ade Bello, was arrested": the person's name in commas between the noun and what befell it.
  const named = NAMED_APPOSITION.exec(s.slice(t[nounEnd - 1].end, t[nounEnd - 1].end + 60));
  if (named && TALLY_AFTER.test(s.slice(t[nounEnd - 1].end + named[0].length, t[nounEnd - 1].end + named[0].length + 40))) return true;
  // "One sailor from the trawler was rescued", "one man in the car died": a short place or source between it and what befell it.
  const rest = s.slice(t[nounEnd - 1].end, t[nounEnd - 1].end + 80);
  const placed = /^\s+(?:from|in|on|at|aboard|inside)\s+(?:(?:the|that|this|a|an|its|their)\s+)?(\p{Ll}+)(\s+\p{Ll}+)?/u.exec(rest);
  if (placed && (TALLY_AFTER.test(rest.slice(placed[0].length - (placed[2]?.length ?? 0))) || (!!placed[2] && TALLY_AFTER.test(rest.slice(placed[0].length))))) return true;
  // "The crash also killed one motorcyclist", "police arrested one suspect": the object of what befell it.
  if (TALLY_BEFORE.test(s.slice(Math.max(0, one.start - 30), one.start))) return true;
  // "One injury (minor) with firefighters treating patient": a noun that is itself a tally; "in one case" frames.
  if (TALLY_NOUN.test(t[nounEnd - 1].lower) && nounEnd === to + 1 && !/^(?:in|at|for|on)$/.test(t[at - 1]?.lower ?? "")) return true;
  // In a list of counts: "one soldier and two militants", "one pistol, two rifles", "two soldiers and one civilian".
  const sep = t[nounEnd]?.lower;
  if ((sep === "and" || sep === "," || sep === "or") && numberAt(t, nounEnd + 1)) return true;
  if (previousEnd >= 0 && /^\s*(?:,|,?\s*and)\s*$/.test(s.slice(previousEnd, one.start))) return true;
  return false;
}

/** "a one-point lead", "a one-seat majority": "one" joined by a hyphen to a counted noun. */
export function hyphenatedCount(t: Tok[], k: number): boolean {
  const w = t[k + 1];
  return t[k]?.text === "-" && t[k].joined && !!w?.joined && w.text === w.lower && HYPHEN_UNITS.test(w.lower);
}

/** "Perak (one)": alone in brackets after a name; "have one each": shared out. A count whose noun is elsewhere. */
export function standaloneOne(t: Tok[], at: number, to: number): boolean {
  if (t[at].lower !== "one") return false;
  return (t[at - 1]?.text === "(" && t[to]?.text === ")") || /^(?:each|apiece)$/.test(t[to]?.lower ?? "");
}

/** A death, an injury or an arrest right after an opening "One": "was reported dead", "has died", "was killed", "was arrested". */
const OPENING_CASUALTY = /^\s+(?:(?:was|has|had)\s+(?:also\s+)?(?:been\s+)?(?:(?:reported|confirmed)\s+)?)?(?:dead|died|killed|injured|wounded|hurt|drowned|missing|arrested|detained)\b/;

/** A state a person is counted in: "one dead", "one deceased", "one injured", "one missing", "one arrested". */
const PERSON_STATE = new RegExp(`^(?:${PERSON_STATES}|deceased|killed|hurt|arrested|detained|hospitali[sz]ed)$`);
/**
 * "left one dead and two injured", "with one deceased", "one missing, three hurt": a lone "one" whose only word after it is
 * the state it was left in counts a person. The state must end its phrase ("one injured his knee" is a pronoun's verb),
 * and "no one", "the one", "each one" are pronouns.
 */
export function oneInState(t: Tok[], at: number, to: number): boolean {
  if (t[at].lower !== "one" || !PERSON_STATE.test(t[to]?.lower ?? "") || /^(?:no|any|every|each|the|which|this|that|someone|anyone)$/.test(t[at - 1]?.lower ?? "")) return false;
  const next = t[to + 1];
  return !next || (next.kind !== "word" && next.text !== "-") || /^(?:and|or|while|but|after|in|on|at|when|as)$/.test(next.lower);
}
/** "31 were hospitalised and one died": "one" right after another count, followed by what befell it. */
export function isTalliedAfterCount(s: string, t: Tok[], at: number, previousEnd: number): boolean {
  const one = t[at];
  // "One was confirmed dead as ...", "One died and 12 were hurt": a sentence that opens on "One" and a death or injury.
  if (one.text === "One" && (at === 0 || /^["“‘]$/.test(t[at - 1].text)) && OPENING_CASUALTY.test(s.slice(one.end, one.end + 40))) return true;
  // Right after it, or after what befell the first: "31 were hospitalised and one died".
  // "Three of the four patients were treated at the hospital, while one was admitted": "while", "but" and "whereas" too.
  if (one.lower !== "one" || previousEnd < 0 || !/^[^.;:()"“”]{0,60}(?:,|\band|\bwhile|\bwhereas|\bbut)\s*$/.test(s.slice(previousEnd, one.start))) return false;
  return TALLY_AFTER.test(s.slice(one.end, one.end + 40)) || CONDITION_AFTER.test(s.slice(one.end, one.end + 40));
}

/**
 * "Four hikers were listed in critical condition and one fair", "three were in serious condition and one stable": "one" with only
 * a patient's condition after it, the rest of the clause left out as it was said of the count before.
 */
export const CONDITION_AFTER = /^\s+(?:in\s+)?(?:fair|serious|critical|stable|good|poor|satisfactory|grave)(?:\s+condition)?\s*(?:[.,;]|$)/i;

const SENTENCED_TO = /^(?:sentenced|jailed|imprisoned|condemned|term|sentence)$/;
const CUSTODY = /^(?:imprisonment|jail|prison|custody|detention|incarceration)$/;
/** "sentenced to one year imprisonment", "jailed for one month": "one" with a span of a sentence is its length. */
export function sentenceSpan(t: Tok[], at: number, to: number): boolean {
  if (t[at].lower !== "one" || !/^(?:year|month|week|day)$/.test(t[to]?.lower ?? "")) return false;
  if (CUSTODY.test(t[to + 1]?.lower ?? "") || (/^(?:in|of)$/.test(t[to + 1]?.lower ?? "") && CUSTODY.test(t[to + 2]?.lower ?? ""))) return true;
  return /^(?:to|for|of)$/.test(t[at - 1]?.lower ?? "") && SENTENCED_TO.test(t[at - 2]?.lower ?? "");
}

/** What befell one of a group, right after the group: "one of its boats sank", "one of the victims has died". */
const BEFELL_AFTER = /^\s+(?:(?:was|were|is|has|had|have)\s+(?:also\s+)?(?:been\s+)?(?:later\s+)?)?(?:died|dead|killed|injured|wounded|hurt|missing|drowned|perished|arrested|detained|rescued|hospitali[sz]ed|infected|burned|burnt|destroyed|damaged|collapsed|sentenced|charged|evacuated|shot|stabbed|sank|sunk|capsized|crashed|exploded|broke\s+down|caught\s+fire|went\s+missing|ran\s+aground|freed|released|kidnapped|abducted)\b/i;
/** Words before a group that make "one of" a part of it: "one of its boats", "one of the victims". */
const GROUP_OPENER = /^(?:its|their|the|his|her|our|these|those)$/;
/** A ranking, not a group: "one of the biggest hauls", "one of the worst-hit districts", "one of the first ships". */
const RANKING = /^(?:most|least|best|worst|first|last|few|many|main|key|top|leading|major|only|biggest|largest|greatest)$/;
/** Words in -est that are no superlatives: "one of the protest leaders". */
const NOT_SUPERLATIVE = /^(?:protest|interest|forest|guest|test|west|rest|quest|chest|contest|harvest|arrest)$/;
/** Plural nouns that make "one of the" a reference: "one of the reasons", "one of the ways". */
const ABSTRACT_GROUP = /^(?:reasons|ways|things|factors|causes|aspects|issues|questions|problems|examples|signs|parts|options|cases)$/;

/**
 * "one of its patrol boats broke down", "one of the victims died": one of a group named right after it, with what befell it;
 * the count is of the group's noun. None for a ranking ("one of the biggest hauls") or a reference ("one of the reasons").
 */
function partOfGroup(s: string, t: Tok[], to: number): { unit: string; to: number } | null {
  if (t[to]?.lower !== "of" || !GROUP_OPENER.test(t[to + 1]?.lower ?? "")) return null;
  let counted = false;
  for (let j = to + 2; j < to + 6 && t[j]; j++) {
    const w = t[j];
    if (w.kind !== "word" && w.kind !== "num" && !(w.text === "-" && w.joined)) return null;
    if (RANKING.test(w.lower) || (/est$/.test(w.lower) && !NOT_SUPERLATIVE.test(w.lower)) || UNIT_STOP.has(w.lower)) return null;
    // "one of the two pilots was killed": the group's own count is read after "one", which stands alone.
    if (w.kind === "num" || w.lower in SMALL_NUMBERS) counted = true;
    else if (w.kind === "word" && w.text === w.lower && isPluralWord(w.lower) && BEFELL_AFTER.test(s.slice(w.end, w.end + 40)))
      return ABSTRACT_GROUP.test(w.lower) ? null : { unit: singularize(w.lower), to: counted ? to : j + 1 };
  }
  return null;
}

/**
 * "All but one of the nation's 20 largest cities grew", "all but one of the jurors": the one left out of a group is
 * one of the group's noun, the first plural noun after "of" (a ranking word or a count may stand before it).
 */
function allButOneOf(t: Tok[], at: number, to: number): { unit: string; to: number } | null {
  if (t[at - 1]?.lower !== "but" || t[at - 2]?.lower !== "all" || t[to]?.lower !== "of") return null;
  for (let j = to + 1; j < to + 8 && t[j]; j++) {
    const w = t[j];
    if (w.kind === "sym") return null;
    if (w.kind === "word" && w.text === w.lower && !/['’]/.test(w.text) && !UNIT_STOP.has(w.lower) && isPluralWord(w.lower)) return { unit: singularize(w.lower), to };
  }
  return null;
}

/**
 * Headline "Police kill one, wound 12 protesters", "The blast killed one and injured four workers": a "one" befallen by
 * one verb of a tally, then another verb of it with a count and its noun; the "one" counts that noun too, people when
 * the count has none ("kill one, wound 12."). "killed one of the guards" is no such list.
 */
function casualtyBeforeCount(s: string, t: Tok[], at: number, to: number): { unit: string; to: number } | null {
  const sep = t[to]?.lower;
  if ((sep !== "," && sep !== "and") || t[to + 1]?.kind !== "word" || !numberAt(t, to + 2)) return null;
  if (!TALLY_BEFORE.test(s.slice(Math.max(0, t[at].start - 30), t[at].start)) || !TALLY_BEFORE.test(`${t[to + 1].text} `)) return null;
  for (let j = to + 3; j < to + 6 && t[j]?.kind === "word"; j++) {
    const w = t[j];
    if (w.text === w.lower && !UNIT_STOP.has(w.lower) && isPluralWord(w.lower)) return { unit: singularize(w.lower), to };
  }
  // "Police kill one, wound 12", "killed one and injured 7 in the market": the count has no noun, so both count people.
  const next = t[to + 3];
  return !next || (next.kind === "sym" && next.text !== "-") || (next.kind === "word" && UNIT_STOP.has(next.lower)) ? { unit: "person", to } : null;
}

/** "six of them were nurses, and one of them was a doctor": the noun the copula gives one of a group. */
const ONE_OF_THEM_IS = /^\s+of\s+(?:them|those|these|whom)\s+(?:was|is)\s+(?:also\s+)?an?\s+(\p{Ll}{3,})\b/u;
/** The count before is a part of the group named by a copula too: "nine of them were students, and ...". */
const OF_THEM_WERE = /^\s+of\s+(?:them|those|these|whom)\s+(?:were|are)\s+[^.;:()"“”]{0,40}$/;
/** "Twelve people were killed, including one who drowned": one of the count before, named by a clause. */
const INCLUDING_BEFORE = /^[^.;:()"“”]{0,60}\bincluding\s*$/;
/** "one died in Arlen, one in Tessel": one more of the count before, placed with only a capitalised name. */
const PLACED_AFTER = /^\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*(?:[,;.]|and\b|$)/u;
/** The count before ends a clause that placed it: "17 died in Arlen, ", "two in Leeds and ". */
const PLACED_BEFORE = /^[^.;:()"“”]{0,60}\b(?:in|at)\s+\p{Lu}[^.;:()"“”]{0,40}(?:,|,?\s*and)\s*$/u;

/**
 * A lone "one" with no noun of its own that counts a noun named elsewhere in the sentence: one of a group with what befell it
 * ("one of its boats sank" → boat), one of a part of the sentence's last count ("Twelve of the victims died in Arlen, one
 * died in Tessel, one in Varro" → victim), one named by a clause ("including one who drowned"), or by a copula ("one of them
 * was a teacher"). Returns the unit and where the figure ends, or null.
 */
export function countedOneAlone(s: string, t: Tok[], at: number, to: number, previous: Counted | undefined, tallied: boolean): { unit: string; to: number } | null {
  const one = t[at];
  // "no one", "the one", "any one of": a pronoun; "that one of its boats sank" is a count ("that one" alone is not).
  if (one.lower !== "one" || /^(?:no|any|every|each|the|which|this)$/.test(t[at - 1]?.lower ?? "")) return null;
  const group = partOfGroup(s, t, to) ?? allButOneOf(t, at, to) ?? casualtyBeforeCount(s, t, at, to);
  if (group) return group;
  if (t[at - 1]?.lower === "that") return null;
  const prevEnd = previous?.end ?? -1;
  // Every test of the words between reads at most about 120 characters: a count further back is no part of this tally.
  if (prevEnd < 0 || prevEnd > one.start || one.start - prevEnd > 120) return null;
  const gap = s.slice(prevEnd, one.start);
  const after = s.slice(one.end, one.end + 60);
  const copula = ONE_OF_THEM_IS.exec(after);
  if (copula && !UNIT_STOP.has(copula[1]) && OF_THEM_WERE.test(gap) && /(?:,|\band|\bwhile|\bbut)\s*$/.test(gap)) return { unit: singularize(copula[1]), to };
  const counted = previous?.unit && !isMeasureOrMoney(previous.unit) ? previous.unit : null;
  if (!counted) return null;
  // "Three climbers were rescued, and one of them later died", "..., one of whom died": one of the count before.
  const ofThem = /^\s+of\s+(?:them|whom)(?:\s+(?:later|also|subsequently|since))?(?=\s)/.exec(after);
  if (ofThem && BEFELL_AFTER.test(after.slice(ofThem[0].length)) && /(?:,|\band|\bwhile|\bbut)\s*$/.test(gap)) return { unit: counted, to };
  if (INCLUDING_BEFORE.test(gap) && /^\s+(?:who|whose|by)\b/.test(after)) return { unit: counted, to };
  // The count before is part of a group ("Seventeen of the victims"): what befell this one befell another part of it.
  if (tallied && /\bof\s+(?:the|them|those|these|its|their)\b/i.test(previous?.text ?? "")) return { unit: counted, to };
  // "two brothers, one in Lagos and one in Accra": a "one" skipped before breaks the tally.
  if (PLACED_AFTER.test(after) && PLACED_BEFORE.test(gap) && !/\bone\b/i.test(gap)) return { unit: counted, to };
  return null;
}

