/**
 * Qualifiers that sit a little apart from their figure: "an estimated average of 111 million" (approximately),
 * "you don't expect more than 500,000" (at most), "at best, 7.75 million" (at most), "passed the one million mark"
 * (more than), "at least, 35 seats" (at least); and spans that only date a report, not claim a duration: "for the three months ended March 31".
 */
import type { Qualifier } from "@/lib/figures/vocabulary";
import { CHANGE_VERB, MONTHS, UNIT_STOP, isPluralWord } from "./lexicon";
import type { Tok } from "./tokenizer";
import { wordTable } from "@/lib/figures/word-table";

type Found = { q: Qualifier; from: number } | null;

const SUMMED = /^(?:average|total|median|mean|value|cost|bill|sum|price)$/;

/**
 * "an estimated average of", "an estimated (street) value of 3m", "an estimated total cost of": a qualifier before
 * "average of", "value of", "cost of" (one plain word such as "street" or "market" may stand between).
 */
export function qualifierBeforeAverage(t: Tok[], i: number, read: (t: Tok[], i: number) => Found): Found {
  if (t[i - 1]?.lower !== "of" || !SUMMED.test(t[i - 2]?.lower ?? "") || t[i - 2].kind !== "word") return null;
  const found = read(t, i - 2);
  const w = t[i - 3];
  if (found || !w || w.kind !== "word" || w.text !== w.lower || UNIT_STOP.has(w.lower)) return found;
  return read(t, i - 3);
}

/** Words inside a figure written out after its number: "2.7 per cent", "4 percent", "$2 billion". */
const FIGURE_WORD = /^(?:per|cent|percent|pc|million|billion|trillion|bn|mn|percentage|points?)$/;
/** What a figure after "than the" may be the value of, so that the bound before is said of the subject's own amount. */
const BENCHMARK = /^(?:average|mean|median|target|threshold|limit|ceiling|cap|minimum|maximum|quota|benchmark|mark|floor|requirement)$/;

/**
 * "rise less than the 2.7 per cent average", "won less than the 4% threshold", "more than the 50,000 minimum": "more/less/fewer
 * than the" before a figure that is a benchmark's value (an average, a threshold, a target; a word of what it is for may
 * stand between) bounds the subject's own amount by it. "lower than the 412 recorded", "more than the 3 per cent rise
 * economists expected" compare with another figure, which stays exact.
 */
export function boundBeforeBenchmark(t: Tok[], i: number, read: (t: Tok[], i: number) => Found): Found {
  if (t[i - 1]?.lower !== "the" || t[i - 2]?.lower !== "than") return null;
  const found = read(t, i - 1);
  if (!found || (found.q !== "more_than" && found.q !== "less_than")) return null;
  // "3.2 percent higher than the $6 billion target": a comparison that says by how much is made with the benchmark's
  // value, which stays exact; only a bare "more than the ... target" bounds the amount.
  // A year or the day of a date before the comparative dates it and says no amount: "In 2024 more than the 3,000
  // minimum", "Since May 12 fewer than the 500 quota".
  const by = t[found.from - 1];
  const dated = by?.kind === "num" && (/^(?:1[89]|2[01])\d\d$/.test(by.text) || MONTHS.has(t[found.from - 2]?.lower ?? ""));
  if (by && !dated && (by.kind === "num" || by.text === "%" || FIGURE_WORD.test(by.lower))) return null;
  let k = i;
  // "the 15-year average" is an average over a span, not of the figure: a hyphen ends the search.
  while (k < i + 5 && t[k] && (t[k].kind === "num" || /^[%$£€¥₹]$/.test(t[k].text) || FIGURE_WORD.test(t[k].lower))) k++;
  if (k === i) return null;
  const x = t[k];
  const y = t[k + 1];
  const benchmark = x?.kind === "word" && (BENCHMARK.test(x.lower) || (x.text === x.lower && !UNIT_STOP.has(x.lower) && y?.kind === "word" && BENCHMARK.test(y.lower)));
  return benchmark ? found : null;
}

const NEGATION = /^(?:not|never|cannot|no)$|n['’]t$/;

/** "don't expect more than 500,000", "never fewer than": a negated bound is the opposite bound. */
export function negatedBound(t: Tok[], found: Found): Found {
  if (!found || (found.q !== "more_than" && found.q !== "less_than")) return found;
  for (let j = found.from - 1; j >= Math.max(0, found.from - 3); j--) {
    if (t[j].kind !== "word") break;
    // "no electricity in more than 600,000 homes": "no" before a noun of its own negates the noun, not the bound.
    if (t[j].lower === "no" && j < found.from - 1) break;
    if (NEGATION.test(t[j].lower)) return { q: found.q === "more_than" ? "at_most" : "at_least", from: found.from };
  }
  return found;
}

/** "at best, 7.75 million": the most that is hoped for. */
export function atBest(t: Tok[], i: number): Found {
  const comma = t[i - 1]?.text === "," ? 1 : 0;
  return t[i - 1 - comma]?.lower === "best" && t[i - 2 - comma]?.lower === "at" ? { q: "at_most", from: i - 2 - comma } : null;
}

const MARK = /^(?:mark|milestone|threshold|barrier|level)$/;
/** Verbs of breaking through a level, in any form: "Shares broke $40", "could break $3 trillion", "crossed the mark". */
const BROKE = "break|broke|broken|breaks|breaking|breach(?:ed|es|ing)?|cross(?:ed|es|ing)?";
const BROKE_THROUGH = new RegExp(`^(?:${BROKE})$`);
// The base form too, after a modal or "to": "should cross the 12,000 mark", "is set to pass the 1 million mark".
const PASSED = new RegExp(`^(?:pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|top(?:s|ped|ping)?|${BROKE}|exceed(?:ed|s|ing)?|beat|beaten|past)$`);
const NEARED = /^(?:approached|approaching|approaches|neared|nearing|nears)$/;
/** Verbs of moving, before "(ever) closer to": "nudging ever closer to", "drew closer to" (with SMALL_MOVE_UP's "edged", "inching"). */
const MOVED = /^(?:edged|inched|crept|nudg(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|draws?|drawn|drawing|drew|gets?|getting|got|com(?:e|es|ing)|came|crawl(?:s|ed|ing)?|march(?:es|ed|ing)?|step(?:s|ped|ping)?|push(?:es|ed|ing)?)$/;
/** Words between a verb of moving and "closer": "nudge ever closer", "edging steadily closer". */
const CLOSER_ADVERB = /^(?:ever|even|still|steadily|slowly|gradually|inexorably|further|much|rapidly|quickly)$/;

/**
 * "edging closer to", "nudge ever closer to", "closing in on": a move toward a level ending at `j` (the "to" or "on"
 * before the figure or before "the"), read as "nearly"; where the verb stands, or -1. "closer to home", "is closer to
 * 40 than 50" have no verb of moving.
 */
function movedTowardAt(t: Tok[], j: number): number {
  const w = t[j]?.lower;
  if (w === "on") return t[j - 1]?.lower === "in" && /^clos(?:e|es|ed|ing)$/.test(t[j - 2]?.lower ?? "") ? j - 2 : -1;
  if (w !== "to" || !/^(?:closer|nearer)$/.test(t[j - 1]?.lower ?? "")) return -1;
  const v = CLOSER_ADVERB.test(t[j - 2]?.lower ?? "") ? j - 3 : j - 2;
  const verb = t[v]?.lower ?? "";
  return MOVED.test(verb) || SMALL_MOVE_UP.test(verb) ? v : -1;
}

/**
 * A verb right before a figure that passes or nears it as a level: "Shares broke $40", "could break $3 trillion",
 * "broke through 5%" (more than); "approaching 2,000", "edging closer to 40,000", "closing in on $1 billion" (nearly).
 * Only verbs of breaking and crossing pass (the others of PASSED are read elsewhere), in lower case ("the Red Cross");
 * none when negated ("failed to break $40"). Whether the figure is a level at all ("broke 3 ribs", "crossed 30 km of
 * desert" are things broken and ground crossed) is the caller's to judge.
 */
export function movedPastOrToward(t: Tok[], i: number): Found {
  const toward = movedTowardAt(t, i - 1);
  const v = toward >= 0 ? toward : t[i - 1]?.lower === "through" ? i - 2 : i - 1;
  const verb = t[v];
  if (!verb || verb.kind !== "word") return null;
  const q: Qualifier | null = toward >= 0 || NEARED.test(verb.text) ? "nearly" : BROKE_THROUGH.test(verb.text) ? "more_than" : null;
  return q && !passNegated(t, v) ? { q, from: v } : null;
}

/** Prepositions before "the N mark" that qualify the figure as a qualifier right before it would. */
const MARK_PREPOSITION: Readonly<Record<string, Qualifier>> = wordTable({
  around: "approximately", about: "approximately", roughly: "approximately", near: "approximately",
  above: "more_than", over: "more_than", below: "less_than", under: "less_than",
});

/** "not", "n't", "never", "failed to", "unable to", "yet to" within three words before the verb at v. */
function passNegated(t: Tok[], v: number): boolean {
  for (let j = v - 1; j >= Math.max(0, v - 3); j--) {
    const w = t[j].lower;
    if (t[j].kind !== "word" && !/n['’]t$/.test(w)) return false;
    if (NEGATION.test(w) || /^(?:never|failed|fails|fail|failing|unable|yet)$/.test(w)) return true;
  }
  return false;
}

/**
 * "surpassed the one million mark": more than the figure; "neared the 100,000 mark": nearly; "around the $1,500 per
 * ounce mark": approximately, "below the 50 mark": less than. Null otherwise.
 */
export function markQualifier(t: Tok[], i: number, end: number): { q: Qualifier; to: number } | null {
  // "rising above the mark of one billion", "passed the threshold of 5%": the mark named before its figure.
  const markOf = t[i - 1]?.lower === "of" && MARK.test(t[i - 2]?.lower ?? "") && t[i - 3]?.lower === "the";
  if (t[i - 1]?.lower !== "the" && !markOf) return null;
  // A price's "per ounce" may stand between the figure and the mark.
  const at = markOf ? end - 1 : MARK.test(t[end]?.lower ?? "") ? end : /^(?:per|a|an)$/.test(t[end]?.lower ?? "") && MARK.test(t[end + 2]?.lower ?? "") ? end + 2 : -1;
  if (at < 0) return null;
  let v = markOf ? i - 4 : i - 2;
  // "nudging ever closer to the £1,000,000 barrier", "closing in on the 40,000 level".
  const toward = movedTowardAt(t, v);
  if (toward >= 0) return passNegated(t, toward) ? null : { q: "nearly", to: at + 1 };
  // "have broken through the £300,000 barrier".
  if (t[v]?.lower === "through" && BROKE_THROUGH.test(t[v - 1]?.lower ?? "")) v--;
  if (/^(?:already|now|just|finally)$/.test(t[v]?.lower ?? "")) v--;
  const verb = t[v]?.lower ?? "";
  // "failed to cross the 5% threshold", "did not break the 3,000 level": a mark not passed is only named, stated exactly.
  if ((PASSED.test(verb) || NEARED.test(verb)) && passNegated(t, v)) return null;
  if (PASSED.test(verb)) return { q: "more_than", to: at + 1 };
  if (NEARED.test(verb)) return { q: "nearly", to: at + 1 };
  if (verb in MARK_PREPOSITION && t[v].kind === "word") return { q: MARK_PREPOSITION[verb], to: at + 1 };
  return null;
}

const REFERENCE = /^(?:target|threshold|limit|ceiling|cap|goal|benchmark|mark|level|line|barrier|floor|baseline|objective)$/;
const COMPARISON = /^(?:above|below|over|under|beyond)$/;
const DETERMINER = /^(?:the|its|their|his|her|our|this|that|a|an)$/;

/**
 * "stayed above the 2% target", "below its 50% threshold", "over the 1,000 mark", headline "above 2% target": a figure
 * named as a reference (a target, a limit, a mark) after a comparison word is that reference's value, stated exactly;
 * the comparison is about something else. "above 2%", "over 1,000 people" keep their bound.
 */
export function isReferenceValue(t: Tok[], i: number, end: number): boolean {
  const before = DETERMINER.test(t[i - 1]?.lower ?? "") ? i - 2 : i - 1;
  if (!COMPARISON.test(t[before]?.lower ?? "") || t[before].kind !== "word") return false;
  // "the 2% inflation target", "the $1,500 per ounce mark": a word or two of what it is a reference for may come first.
  for (let k = end; k <= end + 2; k++) {
    const x = t[k];
    if (!x || x.kind !== "word") return false;
    // "rose above the 1,000 mark": a mark risen past is no reference but the level's bound (`markQualifier`).
    if (REFERENCE.test(x.lower)) return !(MARK.test(x.lower) && CHANGE_VERB.test(t[before - 1]?.lower ?? ""));
    if (/^(?:and|or|of|to|in|on|at|for|by|with|than|from)$/.test(x.lower)) return false;
  }
  return false;
}

/**
 * Words that take "about" as a preposition: "thrilled about 14.6% rise", "worried about 300 jobs", "talks about 5
 * percent cuts", "news about 40 layoffs". After them the figure is what the feeling or talk is about, stated exactly;
 * "at about 5 p.m.", "killed about 300", "said about 300" keep the approximation.
 */
const ABOUT_TAKER = new RegExp(
  "^(?:" +
    // feelings and certainty
    "excited|worried|concerned|anxious|nervous|upset|angry|furious|unhappy|happy|pleased|thrilled|enthusiastic|optimistic|pessimistic|" +
    "sceptical|skeptical|cautious|confident|sure|certain|uncertain|unsure|curious|serious|clear|wrong|aware|unaware|" +
    "alarmed|frustrated|disappointed|delighted|hopeful|excitement|enthusiasm|anger|anxiety|optimism|pessimism|uncertainty|" +
    // talk and news about something
    "talks?|talked|talking|speak|speaks|spoke|speaking|news|information|questions?|concerns?|fears?|worries|worry|" +
    "debates?|discussions?|stories|story|warnings?|complaints?|complained|complaining|doubts?|" +
    "speculation|rumou?rs?|confusion|disputes?|arguments?|details|claims?|care|cared|all|what|how" +
  ")$",
);

/** "thrilled about 14.6% rise": "about" after a word that takes it is a preposition, no approximation. */
export function aboutAsPreposition(t: Tok[], aboutAt: number): boolean {
  const w = t[aboutAt - 1];
  return t[aboutAt]?.lower === "about" && !!w && w.kind === "word" && ABOUT_TAKER.test(w.lower);
}

/** "at least, 35 seats", "at most, 40": a bound set off by a comma from its figure. */
export function boundBeforeComma(t: Tok[], i: number): Found {
  if (t[i - 1]?.text !== "," || t[i - 3]?.lower !== "at" || !/^(?:least|most)$/.test(t[i - 2]?.lower ?? "")) return null;
  return { q: t[i - 2].lower === "least" ? "at_least" : "at_most", from: i - 3 };
}

const WINDOW_UNITS = /^(?:weeks?|months?|quarters?|years?)$/;
const WINDOW_END = /^(?:ended|ending|to|through|thru|till|until)$/;

/** "for the three months ended Nov. 1", "the nine months to September": the period a report covers. */
export function isReportingWindow(t: Tok[], i: number, end: number): boolean {
  if (t[i - 1]?.lower !== "the" || !WINDOW_UNITS.test(t[end - 1]?.lower ?? "") || !WINDOW_END.test(t[end]?.lower ?? "")) return false;
  const x = t[end + 1];
  return !!x && x.kind === "word" && MONTHS.has(x.lower) && /^\p{Lu}/u.test(x.text);
}

/** A ceiling said once before its figure: "up to", "as many as", "a maximum of", "no more than". */
const CEILING = /^(?:up to|as many as|as much as|a maximum of|no more than)\s/i;
/** The end of the words between two figures of one list: ", ", " and ", ", or ". */
const COORDINATED = /(?:,|\band|\bor)\s+$/;
/** A verb (or a clause's start) between two figures: the second is then said of its own ("up to 20 died and 5 were hurt"). */
const CLAUSE_WORD = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|do|does|did|said|says|say|told|who|which|that|while|but|then|faces?|faced|facing|gets?|got|gave|given|\p{L}{3,}ed)$/u;

/**
 * "faces up to 20 years in prison on the fraud count and five years on the tax count": a ceiling before the first
 * figure of a list covers each later figure of the same unit, written with its unit, in the same clause (no verb
 * between them, at most a short phrase). A figure with a qualifier of its own, another unit or its own verb keeps its
 * reading ("up to 20 people died and 5 were hurt").
 */
export function carriedCeiling<M extends { value: number | null; low: number | null; high: number | null; qualifier: Qualifier; unit: string | null; text: string; start: number; end: number }>(s: string, out: M[]): void {
  for (let n = 0; n < out.length; n++) {
    const first = out[n];
    if (first.qualifier !== "at_most" || !first.unit || !CEILING.test(first.text)) continue;
    for (let m = n + 1; m < out.length; m++) {
      const [prev, next] = [out[m - 1], out[m]];
      const gap = s.slice(prev.end, next.start);
      if (next.qualifier !== "exact" || next.value === null || next.unit !== first.unit || gap.length > 60 || !COORDINATED.test(gap)) break;
      if (!writesUnit(next.text, next.unit) || /\d|[;:()]/.test(gap) || gap.split(/[^\p{L}'’]+/u).some((w) => CLAUSE_WORD.test(w.toLowerCase()))) break;
      Object.assign(next, { qualifier: "at_most", low: null, high: next.value });
      n = m;
    }
  }
}

/** The figure's text names its unit: "five years", "$4 million", "12%" (not a bare "5" whose unit is borrowed). */
function writesUnit(text: string, unit: string): boolean {
  if (/[%$€£¥₹]/.test(text)) return true;
  const last = /(\p{L}+)$/u.exec(text)?.[1]?.toLowerCase() ?? "";
  return last.length > 1 && (last === unit || last.startsWith(unit.slice(0, Math.max(2, unit.length - 1))) || unit.startsWith(last.replace(/s$/, "")));
}

/** Nouns of a change in a level. */
const CHANGE_NOUN = /^(?:increases?|rises?|falls?|declines?|drops?|gains?|growth|jumps?|climbs?|surges?|slumps?|decreases?|losses|inflation)$/;

/**
 * "wage growth over 12 months", "the 2.4% rise was over 12 months": "over" a span after a change (or a change and
 * "was") is the span the change is measured over, not "more than"; "the delay was over 12 months" keeps its bound.
 */
export function changeOverSpan(t: Tok[], over: number): boolean {
  const w = t[over - 1];
  if (w?.kind !== "word") return false;
  if (CHANGE_NOUN.test(w.lower)) return true;
  return /^(?:was|were|is|came)$/.test(w.lower) && t[over - 2]?.kind === "word" && CHANGE_NOUN.test(t[over - 2].lower);
}

/** What a limit can be said of after the fact: a change or a harm that stayed that small. */
const OUTCOME_NOUN = /^(?:damage|damages|injuries|casualties|losses)$/;

/**
 * "the fall was limited to 0.5%", "damage was limited to three homes": "limited to" after "was"/"were" with a change or
 * a harm as its subject (within four words) says how small it turned out, stated exactly; "rent rises are limited to
 * 5%", "numbers will be limited to 300" set a ceiling. `limited` is where "limited" stands.
 */
export function limitedAsOutcome(t: Tok[], limited: number): boolean {
  if (t[limited]?.lower !== "limited" || !/^(?:was|were)$/.test(t[limited - 1]?.lower ?? "")) return false;
  for (let j = limited - 2; j >= Math.max(0, limited - 6); j--) {
    if (t[j].kind !== "word") return false;
    if (CHANGE_NOUN.test(t[j].lower) || OUTCOME_NOUN.test(t[j].lower)) return true;
  }
  return false;
}

/**
 * "the estimate 40 was revised", "their estimates 300 and 500": "estimate(s)" after a determiner is the noun, which
 * does not qualify the figure after it as the verb does ("officials estimate 3,000"). `at` is where the word stands.
 */
export function estimateAsNoun(t: Tok[], at: number): boolean {
  return /^estimates?$/.test(t[at]?.lower ?? "") && DETERMINER.test(t[at - 1]?.lower ?? "");
}

/** Bodies, offices and rules a thing is run under: "tests held under eight boards", "served under three presidents". */
const GOVERNING = /^(?:board|ministry|department|agency|authority|council|commission|government|administration|regime|president|premier|prime minister|chancellor|governor|coach|manager|chairman|chairperson|scheme|programme|program|heading|category|section|act|law|provision|clause|regulation|banner|jurisdiction|directorate|bureau|division|command)$/;
/** Words before "under" that make it a bound again: "in under 10 boards", "to under 5 ministries", a clause's start. */
const BOUND_OPENER = /^(?:in|to|for|with|of|by|at|on|from|and|or|but|than|just|well|still|only|now|is|are|was|were|be|been|the|a|an|all)$/;

/**
 * "the tests held under six regional boards", "he played under four coaches": "under" after a verb or a noun, before
 * the bodies, offices or rules something is run under, is "governed by", not "fewer than". "Under 10 boards replied",
 * "in under five ministries" keep the bound.
 */
export function governedUnder(t: Tok[], under: number, unit: string | null): boolean {
  const w = t[under - 1];
  if (t[under]?.lower !== "under" || !unit || !GOVERNING.test(unit) || w?.kind !== "word") return false;
  return !BOUND_OPENER.test(w.lower) && !UNIT_STOP.has(w.lower);
}

/** Words before a typo'd "up N" that only "up to" could follow: "for up 9 days", "with up 40 guests". */
const UP_TO_OPENER = /^(?:for|with|of|affecting|lasting)$/;
/** Modals after a typo'd "up N" at a clause's start: "up 3 million homes could lose power". */
const POSSIBLE = /^(?:could|may|might|would|can|will)$/;
/** Words before a typo'd "more N" that make "more" no bound: "no more", "one more", "far more", "the more". */
const NOT_MORE_THAN = /^(?:no|any|one|once|far|much|even|still|the|many|some|little|what|and|or|few)$/;

/**
 * A bound with a word dropped: "for up 9 days", "up 3 million homes could" (up to: at most); "more 212
 * stalls were damaged" (more than). "Shares were up 12%", "rose, up 5 points", "no more 500 notes", "one more 50-metre
 * race", "more 2024 models" keep their reading.
 */
export function droppedWordBound(t: Tok[], i: number): Found {
  const w = t[i - 1];
  const x = t[i];
  if (w?.kind !== "word" || x?.kind !== "num" || /^(?:19|20)\d\d$/.test(x.text)) return null;
  const prev = t[i - 2];
  if (w.lower === "up" && w.text === "up") {
    if (prev?.kind === "word" && UP_TO_OPENER.test(prev.lower)) return { q: "at_most", from: i - 1 };
    if (prev && prev.text !== ",") return null;
    // At a clause's start only with a modal a few words on: ", up 12% from a year earlier" is a change.
    for (let j = i + 1; j < i + 6 && t[j]; j++) {
      if (t[j].kind === "word" && POSSIBLE.test(t[j].lower)) return { q: "at_most", from: i - 1 };
      if (t[j].kind === "sym") return null;
    }
    return null;
  }
  if (w.lower !== "more" || (prev && (prev.kind !== "word" || NOT_MORE_THAN.test(prev.lower)))) return null;
  // "more 212 stalls were damaged": a plural noun after it, not a hyphen, a letter or a name ("more 5G masts").
  const n = t[i + 1];
  return n?.kind === "word" && !n.joined && n.text === n.lower && !UNIT_STOP.has(n.lower) && (isPluralWord(n.lower) || /^(?:million|billion|thousand|lakh|crore)$/.test(n.lower)) ? { q: "more_than", from: i - 1 } : null;
}

/** Verbs of rising done, before "up to": "went up to 30", "has shot up to $5". */
const ROSE = /^(?:went|gone|shot|rose|risen|climbed|jumped|surged|soared|moved|crept|inched|edged)$/;
/** Words before "go up to" that make it a change to come: "will go up to", "set to go up to". */
const WILL = /^(?:will|would|to|shall)$/;
/**
 * Verbs whose "up" is their own particle, a small move, in any form: "tick up", "edge up", "inch up", "creep up";
 * "up to" after them is the level reached ("inflation is expected to tick up to 4%").
 */
const SMALL_MOVE_UP = /^(?:tick|ticks|ticked|ticking|edge|edges|edging|inch|inches|inching|creep|creeps|creeping)$/;
/** "pick up" of a rate or a sum ("growth picked up to 2.1%"); "buses picked up to 40 passengers" keeps its ceiling. */
const PICK_UP = /^(?:pick|picks|picked|picking)$/;
/** Verbs of rising still to come, a level after "will", "to": "is set to rise up to 3%", "will climb up to $90". */
const RISE_TO_COME = /^(?:go|rise|climb|jump|move|shoot|surge|soar)$/;

/**
 * Subjects that are a level moving of itself, whose "up to" after a small move or a rise to come is the level reached:
 * a rate, a price, an index, a yield, inflation, growth, a fare or a fuel's price ("the jobless rate could creep up to
 * 6%", "diesel will climb up to $1.90"). People, animals and things counted ("Voters may tick up to three candidates",
 * "Snails can creep up to 50 metres", "Temperatures will climb up to 45C") keep the ceiling.
 */
const LEVEL_SUBJECT = /^(?:rates?|prices?|index|indices|indexes|yields?|inflation|unemployment|joblessness|growth|fares?|tariffs?|costs?|wages?|premiums?|diesel|petrol|gasoline|benchmark|level|output|spending|gdp|cpi)$/;
/** Words of permission or ability before the verb: "can pick up to 10%", "is allowed to rise up to 2%" name a ceiling. */
const PERMITTED = /^(?:can|cannot|allowed|permitted)$/;

/**
 * Whether the clause before the verb at `v` has a level as its subject (LEVEL_SUBJECT) and no word of permission: read
 * back at most eight words, to the clause's start.
 */
function levelMovesItself(t: Tok[], v: number): boolean {
  let subject = false;
  for (let j = v - 1; j >= 0 && j >= v - 8; j--) {
    if (t[j].kind === "sym" && /^[,;:.!?(]$/.test(t[j].text)) break;
    if (t[j].kind !== "word") continue;
    if (PERMITTED.test(t[j].lower)) return false;
    if (LEVEL_SUBJECT.test(t[j].lower)) subject = true;
  }
  return subject;
}

/**
 * "the toll went up to 30", "fares will go up to $5 from $4": "up to" after a verb of rising is the level reached, not
 * a ceiling; so is any "up to N ... from M". After a small move ("tick up", "creep up", "picked up") or a rise to come
 * ("will climb up to") only when a rate, price or other level is the subject and nothing says it is allowed to: "Fines
 * go up to $500", "could go up to 45C", "Voters can tick up to 3 boxes", "Stocks are allowed to move up to 10%" keep
 * the ceiling.
 */
export function risenTo(t: Tok[], up: number, i: number): boolean {
  if (t[up]?.lower !== "up" || t[up + 1]?.lower !== "to") return false;
  const v = t[up - 1]?.lower ?? "";
  if (ROSE.test(v) || v === "going" || (/^(?:go|goes)$/.test(v) && WILL.test(t[up - 2]?.lower ?? "") && !PERMITTED.test(t[up - 3]?.lower ?? ""))) return true;
  if (SMALL_MOVE_UP.test(v) && levelMovesItself(t, up - 1)) return true;
  // "will climb up to", "expected to rise up to 3%"; "could rise up to 45C" keeps the ceiling.
  if (RISE_TO_COME.test(v) && WILL.test(t[up - 2]?.lower ?? "") && levelMovesItself(t, up - 1)) return true;
  if (PICK_UP.test(v) && (t[i].kind === "sym" || t[i + 1]?.text === "%" || /^(?:percent|per|pct)$/.test(t[i + 1]?.lower ?? "")) && levelMovesItself(t, up - 1)) return true;
  // "up to 2.40 dinars ($0.80) a ride from 2 dinars": the level it rises to from another.
  if (!/^(?:go|goes|gone|going|went|move|moves|moving|rise|rises|rising|climb|climbs)$/.test(v)) return false;
  for (let j = i + 1; j < i + 12 && t[j]; j++) {
    if (t[j].lower === "from") return true;
    if (t[j].kind === "sym" && /^[,;:.!?]$/.test(t[j].text)) return false;
  }
  return false;
}

/** The last word of a comparison before its figure: "lower than", "below", "under", "above", "over". */
const COMPARED_WORDS = "than|below|above|under|over";
const COMPARED_WORD = new RegExp(`^(?:${COMPARED_WORDS})$`);
/**
 * An earlier or other period right after a compared figure: "a quarter earlier", "a year ago", "the year before",
 * "last year", "the previous month", "in the same period", "in 2023", "in April".
 */
const OTHER_PERIOD = /^\s+(?:(?:a|one|the)\s+(?:day|week|month|quarter|year|decade)\s+(?:earlier|ago|before|previously)|(?:last|the\s+(?:previous|prior|preceding|same))\s+(?:day|week|month|quarter|year|season|period)|a\s+year-(?:earlier|ago)|in\s+(?:the\s+)?(?:previous|prior|preceding|same|year-earlier|year-ago)\s+(?:week|month|quarter|year|period)|in\s+(\d{4}|\p{Lu}\p{Ll}+))\b/u;
/** Between the figure compared and the comparison: " of the total, ", ", " (a short stretch of the clause, then a comma). */
const COMPARED_GAP = /^[^\d;:.!?]{0,40},\s*$/;
/** Between one period's figure and a second comparison: " a quarter earlier but ", " last year, and ". */
const PERIOD_THEN_JOIN = new RegExp(`${OTHER_PERIOD.source}\\s*,?\\s*(?:and|but|while|whereas)\\s+$`, "u");

/** A comparison right before a figure's mention: "lower than ", "below ". */
const COMPARED_BEFORE = new RegExp(`\\b(?:${COMPARED_WORDS})\\s+$`, "i");

/** Whether a match of `OTHER_PERIOD` names a period: "in" before a capitalised word only with a month. */
function namesPeriod(period: RegExpExecArray | null): boolean {
  return !!period && (!period[1] || /^\d/.test(period[1]) || MONTHS.has(period[1].toLowerCase()));
}

/**
 * "Bad loans were 11.1%, lower than 11.8% a quarter earlier", "Arrests were 250, below 300 last year": a comparison
 * after a comma with a figure of the same clause, whose own figure is another period's, states that period's figure
 * exactly. `from` is where the comparison starts, `end` the figure's end; `prev` the figure before.
 * "costs were lower than 5%", "fewer than 40 people came last year" (no figure compared) keep their bound.
 */
export function comparedWithPeriod(s: string, t: Tok[], from: number, i: number, end: number, prev: { start: number; end: number } | undefined): boolean {
  if (!prev || !COMPARED_WORD.test(t[i - 1]?.lower ?? "")) return false;
  const gap = s.slice(prev.end, t[from].start);
  // "lower than 11.8% a quarter earlier but higher than 10.5% a year earlier": a second comparison after the first's
  // period, the figure before compared too ("hired 20 welders last year and more than 300 last month" keeps its bound).
  const afterComma = t[from - 1]?.text === "," && COMPARED_GAP.test(gap);
  const second = !afterComma && /^(?:and|but|while|whereas)$/.test(t[from - 1]?.lower ?? "") && COMPARED_BEFORE.test(s.slice(Math.max(0, prev.start - 14), prev.start));
  if (!afterComma && !(second && namesPeriod(PERIOD_THEN_JOIN.exec(gap)))) return false;
  const after = t[end - 1].end;
  return namesPeriod(OTHER_PERIOD.exec(s.slice(after, after + 50)));
}
