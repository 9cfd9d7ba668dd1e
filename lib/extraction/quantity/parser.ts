/**
 * The quantity parser: finds amounts in news prose and says what interval each one claims.
 *
 * Interval semantics (`low`/`high` are inclusive bounds, `null` = unbounded on that side):
 * - `exact`, `approximately`: `value = low = high` (the approximation is in the qualifier, not the bounds).
 * - `at_least`, `more_than`: `low = value`, `high = null` ("more than 17" keeps 17 as its stated floor).
 * - `at_most`, `less_than`, `nearly`: `high = value`, `low = null`.
 * - `range`: `value = null`, `low` and `high` are the two ends ("between 40 and 50" → 40..50).
 * - `vague`: `value = null`, bounds from the wording: "a few"/"a handful of" 2..5, "several" 3..9,
 *   "dozens of"/"several dozen" 24..99, "a few dozen" 24..60, "scores of" 40..99,
 *   "hundreds of" 200..999, "several hundred" 300..900, "a few hundred" 200..500, "thousands of" 2,000..9,999,
 *   "several thousand" 3,000..9,000, "a few thousand" 2,000..5,000, "tens of thousands" 20,000..99,999,
 *   "hundreds of thousands" 200,000..999,999, "millions of" 2..9.999 million, "tens of millions"
 *   20..99.99 million, "hundreds of millions" 200..999.99 million, "billions" 2..9.999 billion.
 *
 * Units are the counted thing, singular and lower case ("civilians" → "civilian"); money gives
 * "dollar"/"euro"/"pound" and percentages "percent". Not quantities: dates, years, clock times,
 * ages, ordinals, labels ("Route 66", "No. 2", "G7", "COVID-19"), phone numbers, and a lone
 * "one"/"a" without a qualifier ("One man carried a crutch").
 */
import type { Qualifier } from "@/lib/figures/vocabulary";
import { canonicalUnit } from "@/lib/figures/unit";
import { BARE_VAGUE_WORDS, CHANGE_VERB, CURRENCY_NAMES, HEADLINE_VERBS, isMeasureOrMoney, MEASURE, CURRENCY_SYMBOLS, KNOWN_UNITS, LABEL_WORDS, LABEL_WORDS_UNLESS_COUNTED, MONTHS, FOLD_WORD, MULTIPLE_TEXT, MULTIPLE_WORD, MULTIPLIED_VERB, isPluralWord, SCALE_WORDS, SMALL_NUMBERS, PRE_QUALIFIERS, UNIT_STOP, VAGUE_PATTERNS, singularize } from "./lexicon";
import { VAGUE_BEFALLEN, mergeBounds, unitsFromContext } from "./context-unit";
import { rangeAfter, scaleFromWholeAfter } from "./ranges";
import { clockDurationAt } from "./clock-durations";
import { listedFigures } from "./list-ellipsis";
import { bareVagueUnits } from "./bare-vague";
import { GLUED_UNITS, ISO_BEFORE, LENGTH_BASE, NAME_BEFORE, measureAt } from "./units";
import { wordTable } from "@/lib/figures/word-table";
import { asideNamesPeople, findUnit, numberedNameAt } from "./counted-noun";
import { aboutAsPreposition, atBest, boundBeforeBenchmark, boundBeforeComma, carriedCeiling, changeOverSpan, comparedWithPeriod, droppedWordBound, estimateAsNoun, limitedAsOutcome, governedUnder, risenTo, isReferenceValue, isReportingWindow, markQualifier, movedPastOrToward, negatedBound, qualifierBeforeAverage } from "./qualifier-context";
import { CONDITION_AFTER, countedOneAlone, hyphenatedCount, isCountedOne, isTalliedAfterCount, oneInState, sentenceSpan, standaloneOne } from "./counted-one";
import { type Core, type Tok, GLUED_DOLLAR_PREFIXES, markNairaArticle, numberWordInName, parseCore, scaled, tokenize } from "./tokenizer";
import { SPAN_WORDS, compoundSpanAt, smallerSpanAfter, subunitAfter } from "./spans";
import { PERSON, ageInBracketsAt, millionBarrelsAt, modelYearsAt, oilGasShorthandAt, streetAddressAt, titleCaseVerb } from "./label-context";

export interface Quantity {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
}

export interface QuantityMention extends Quantity {
  text: string;
  start: number;
  end: number;
}

export interface FindOptions {
  /** Count a lone "one"/"a" as an amount (for short phrases a user types, e.g. "one truck"). */
  allowBare?: boolean;
  /** The sentence is from a Nigerian article (`isNairaArticle`): a plain "N617 per litre" is naira without a Nigerian word in it. */
  nairaArticle?: boolean;
  /** The article writes "lakh tonnes" somewhere (`isLakhTonneArticle`): a plain "186.85 lt" there is lakh tonnes, not litres. */
  lakhTonneArticle?: boolean;
}

const QUALIFIER_BY_PHRASE = new Map(PRE_QUALIFIERS);
const QUALIFIER_WORDS = new Set(PRE_QUALIFIERS.flatMap(([p]) => p.split(" ")));
const QUALIFIER_LAST_WORDS = new Set(PRE_QUALIFIERS.map(([p]) => p.split(" ").at(-1)!));
const QUALIFIER_MAX_WORDS = Math.max(...PRE_QUALIFIERS.map(([p]) => p.split(" ").length));
const CAPITALISED_FUNCTION = new Set([
  ...UNIT_STOP, ...QUALIFIER_WORDS, "only", "just", "another", "both", "every", "perhaps", "between",
  "killing", "injuring", "wounding", "leaving", "nearly", "our", "my", "your", "if", "so", "yet", "still",
  ...HEADLINE_VERBS,
]);
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const SPACED_THOUSANDS = /^[1-9]\d{0,2}(?: \d{3})+$/;
const PHONE_RE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}\b/g;

/** Cheap pre-check: a digit or a word that can start an amount. */
const MAYBE_NUMBER = new RegExp(`\\d|[½⅓⅔¼¾⅕⅙⅛]|\\b(?:${[...Object.keys(SMALL_NUMBERS), "a", "an", "dozens?", "hundreds?", "thousands?", "millions?", "billions?", "several", "few", "scores", "handful", "half", "quarter", "tens", "minus", "negative", "twice", "double", "triple", "treble", "quadruple", "multi\\w*", ...Object.keys(FOLD_WORD), "single", ...Object.keys(MULTIPLIED_VERB)].join("|")})\\b`, "i");

/** Parses a short phrase such as "nearly 20,000 civilians"; null when it holds no quantity. */
export function parseQuantity(phrase: string): Quantity | null {
  const found = findQuantities(phrase)[0] ?? findQuantities(phrase, { allowBare: true })[0];
  if (!found) return null;
  const { value, low, high, qualifier, unit } = found;
  return { value, low, high, qualifier, unit };
}

/** Every quantity mentioned in a sentence, with its span (qualifier through unit). */
export function findQuantities(sentence: string, options: FindOptions = {}): QuantityMention[] {
  if (!MAYBE_NUMBER.test(sentence)) return [];
  const t = tokenize(sentence);
  if (options.nairaArticle) markNairaArticle(t);
  const masked: Array<[number, number]> = [];
  // "56 949 009" is a number with its thousands spaced out, not a telephone number.
  // Both expressions are global and never match empty, so `exec` walks their matches as `matchAll` would, without
  // a copy of the expression per sentence.
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(sentence); m; m = PHONE_RE.exec(sentence)) if (!SPACED_THOUSANDS.test(m[0])) masked.push([m.index, m.index + m[0].length]);
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(sentence); m; m = URL_RE.exec(sentence)) masked.push([m.index, m.index + m[0].length]);
  const out: QuantityMention[] = [];
  let i = 0;
  while (i < t.length) {
    // Most tokens can start no quantity: they are passed over here, without a call.
    if (!mayStart(t[i]) || (masked.length && masked.some(([a, b]) => t[i].start >= a && t[i].start < b))) {
      i++;
      continue;
    }
    const next = matchAt(sentence, t, i, options, out);
    i = next > i ? next : i + 1;
  }
  milestonesPassed(sentence, out);
  sharedApproximation(sentence, out);
  bracketedConversion(sentence, out);
  carriedCeiling(sentence, out);
  spanRestBound(sentence, out);
  const found = unitsFromContext(sentence, mergeBounds(sentence, listedFigures(sentence, t, out)));
  bareVagueUnits(sentence, found);
  restatedInDigits(sentence, found);
  // "double what analysts expected": a multiple counts no noun of the sentence's.
  for (const m of found) if (MULTIPLE_TEXT.test(m.text)) m.unit = null;
  // One name per unit whatever the spelling ("kilometres" → "kilometer"), as figures are compared. The mentions
  // were all made by this call, so they take the name in place.
  for (const m of found) if (m.unit) m.unit = canonicalOf(m.unit);
  return found;
}

/** Units as found, by their canonical names: a text names a few dozen units again and again. */
const CANONICAL = new Map<string, string | null>();

/** `canonicalUnit(unit)`, read once per unit: it depends on the string alone, so the remembered name is the same. */
function canonicalOf(unit: string): string | null {
  let name = CANONICAL.get(unit);
  if (name === undefined) {
    name = canonicalUnit(unit);
    // A bound on the memory kept between texts; units are words of the text, so there are few.
    if (CANONICAL.size >= 10_000) CANONICAL.clear();
    CANONICAL.set(unit, name);
  }
  return name;
}

/** A verb of passing or nearing that carries its figure's qualifier: "passing two million", "topped 40,000". */
const PASSING_VERB = /^(?:pass(?:ed|es|ing)|surpass(?:ed|es|ing)|exceed(?:ed|s|ing)|top(?:s|ped|ping)|cross(?:ed|es|ing)|near(?:s|ed|ing))\s/i;
/** Between two milestones: " in 2012, ", " in May and ", " in March 2021, and ". */
const MILESTONE_GAP = /^\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{4}|\p{Lu}\p{Ll}+)\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * "passing two million in 2012, three million in 2016 and six million in 2023": milestones listed after one verb
 * of passing are each passed, so each takes its qualifier (each item a bare figure with its own date).
 */
function milestonesPassed(s: string, out: QuantityMention[]): void {
  for (let n = 0; n < out.length; n++) {
    const first = out[n];
    if (first.value === null || !PASSING_VERB.test(first.text)) continue;
    for (let m = n + 1; m < out.length; m++) {
      const [prev, next] = [out[m - 1], out[m]];
      if (next.qualifier !== "exact" || next.value === null || !MILESTONE_GAP.test(s.slice(prev.end, next.start))) break;
      Object.assign(next, { qualifier: first.qualifier, ...bounds(first.qualifier, next.value) });
      n = m;
    }
  }
}

/** An approximation written once before a list of counts: "some 470", "about 40", "an estimated 3,000". */
const APPROXIMATION = /^(?:some|about|around|roughly|approximately|an estimated)\s/i;
/** Between two counts of one list: " and ", ", ", ", and ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** Between two distances from places: " south of Arlen and ", " north-east of Port Vale, ". */
const PLACED_GAP = /^\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/** Between two shares: " boys and ", " of the men, ", " of rural voters and " (one or two lower-case words). */
const SHARE_GAP = /^\s+(?:of\s+)?(?:the\s+)?\p{Ll}+(?:\s+\p{Ll}+)?\s*(?:,\s*(?:and\s+)?|and\s+)$/u;
/** After the second share, its own group: " girls", " of women". */
const SHARE_AFTER = /^\s+(?:of\s+)?(?:the\s+)?(\p{Ll}+)/u;
/** Words that make a gap a clause ("about 40% voted and 30% ..."): verb forms and auxiliaries. */
const VERB_LIKE = /^(?:\p{Ll}+(?:ed|ing)|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|said|say|says|more|less|than|in|on|at|to|for|from|by|with)$/u;
function hasVerbLike(gap: string): boolean {
  return gap.split(/[\s,]+/).some((w) => w && w !== "and" && w !== "of" && w !== "the" && VERB_LIKE.test(w));
}

/**
 * "Some 120 children and 80 women were injured": an approximation before a list of counts, each with its noun,
 * covers every count of the list that has no qualifier of its own.
 */
function sharedApproximation(s: string, out: QuantityMention[]): void {
  for (let n = 0; n < out.length; n++) {
    const first = out[n];
    if (first.qualifier !== "approximately" || !first.unit || !APPROXIMATION.test(first.text)) continue;
    for (let m = n + 1; m < out.length; m++) {
      const [prev, next] = [out[m - 1], out[m]];
      const gap = s.slice(prev.end, next.start);
      // "about 45 km north of Arlen and 80 km east of Tessel": distances from places, one list.
      const placed = next.unit === prev.unit && PLACED_GAP.test(gap);
      // "About 62% boys and 71% of girls passed": shares of one whole, each before the group it is a share of.
      const shares = next.unit === "percent" && prev.unit === "percent" && SHARE_GAP.test(gap) && SHARE_AFTER.test(s.slice(next.end, next.end + 40)) && !hasVerbLike(gap);
      if (next.qualifier !== "exact" || next.value === null || !next.unit || !/^\d/.test(next.text) || !(LIST_GAP.test(gap) || placed || shares)) break;
      Object.assign(next, { qualifier: first.qualifier, ...bounds(first.qualifier, next.value) });
      n = m;
    }
  }
}

/**
 * "Over 3.4 billion NZD (2.1 billion USD)", "about 5 miles (8 km)": the same amount converted in brackets right
 * after it is as rough or as bounded as the amount. Not a share in brackets ("some 300 cases (12%)") nor a bracket
 * that goes on after the figure ("about 40 people (12 of them children)").
 */
function bracketedConversion(s: string, out: QuantityMention[]): void {
  for (let m = 1; m < out.length; m++) {
    const [prev, next] = [out[m - 1], out[m]];
    if (prev.qualifier === "exact" || prev.qualifier === "range" || prev.value === null || !prev.unit) continue;
    if (next.qualifier !== "exact" || next.value === null || !next.unit || next.unit === prev.unit || next.unit === "percent") continue;
    if (!/^\s*\(\s*$/.test(s.slice(prev.end, next.start)) || !/^\s*\)/.test(s.slice(next.end, next.end + 4))) continue;
    Object.assign(next, { qualifier: prev.qualifier, ...bounds(prev.qualifier, next.value) });
  }
}

/**
 * "five (5) suspects", "Two Thousand Ghana Cedis (GH₵2,000.00)": an amount in words restated in digits in brackets
 * right after it is one figure, the one in digits (it carries the currency); the words' unit stands in when the
 * digits have none.
 */
function restatedInDigits(s: string, out: QuantityMention[]): void {
  for (let m = out.length - 1; m > 0; m--) {
    const [words, digits] = [out[m - 1], out[m]];
    if (words.value === null || words.value !== digits.value || !/^\p{L}/u.test(words.text) || !/^\D{0,4}\d/.test(digits.text)) continue;
    if ((words.unit === "percent") !== (digits.unit === "percent")) continue; // "three people (3%)": a share of them
    if (!/^[^()\d]{0,40}\(\s*$/.test(s.slice(words.end, digits.start)) || !/^\s*\)/.test(s.slice(digits.end, digits.end + 3))) continue;
    if (!digits.unit && words.unit) digits.unit = words.unit;
    if (digits.qualifier === "exact" && words.qualifier !== "exact") Object.assign(digits, { qualifier: words.qualifier, low: words.low, high: words.high });
    out.splice(m - 1, 1);
  }
}

/**
 * "over four years and seven months": a span's months written right after its years share the years' bound.
 */
function spanRestBound(s: string, out: QuantityMention[]): void {
  for (let m = 1; m < out.length; m++) {
    const [prev, next] = [out[m - 1], out[m]];
    if (prev.unit !== "year" || next.unit !== "month" || next.qualifier !== "exact" || next.value === null) continue;
    if (prev.qualifier === "exact" || prev.qualifier === "range" || prev.qualifier === "vague" || !/^\s*(?:,\s*)?and\s+$/.test(s.slice(prev.end, next.start))) continue;
    Object.assign(next, { qualifier: prev.qualifier, ...bounds(prev.qualifier, next.value) });
  }
}

function mention(s: string, t: Tok[], from: number, to: number, q: Quantity): QuantityMention {
  const start = t[from].start;
  const end = t[to - 1].end;
  // Written out rather than spread: this runs for every figure.
  return { value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, unit: q.unit, text: s.slice(start, end), start, end };
}

function bounds(qualifier: Qualifier, value: number): Pick<Quantity, "low" | "high"> {
  if (qualifier === "at_least" || qualifier === "more_than") return { low: value, high: null };
  if (qualifier === "at_most" || qualifier === "less_than" || qualifier === "nearly") return { low: null, high: value };
  return { low: value, high: value };
}

/** "-dozen" joined to the number before it and to nothing after it: "three-dozen people", "a half-dozen witnesses". */
function dozenAt(t: Tok[], k: number): boolean {
  return t[k]?.text === "-" && t[k].joined && t[k + 1]?.lower === "dozen" && !!t[k + 1].joined && !t[k + 2]?.joined;
}

/** A seismic event named in the singular after its reading, and a reading (one digit, a point, one or two digits). */
const QUAKE = /^(?:earthquake|quake|tremor|temblor|aftershock|foreshock)s?$/;
/** A plain reading of at most 10 named as a magnitude: the word right after it, or right before it with a quake after. */
function magnitudeReadingAt(t: Tok[], a: Core, k: number): boolean {
  if (a.numAt !== a.from || a.to !== a.numAt + 1 || a.value > 10 || t[k]?.joined) return false;
  if (t[k]?.lower === "magnitude") return true;
  return t[a.from - 1]?.lower === "magnitude" && QUAKE.test(t[k]?.lower ?? "");
}
const READING = /^\d\.\d\d?$/;

const TIME_UNITS = new Set(["minute", "hour", "day", "night", "week", "month", "year", "decade", "season"]);
/** A verb or particle before "over <time>" that makes it a duration: "carried out", "spread", "held", "took place". */
const DURATION_VERB = /^(?:\p{L}+ed|out|spread|held|run|ran|built|paid|spent|made|taken|split|place|fell|rose|grew|unfolds?|occurs?|happens?|stretch|stretches)$/u;

/** Weather and events that fall over a span: "heavy rain over three days", "talks over two weeks" state the span. */
const EVENT_NOUN = /^(?:rain|rains|rainfall|snow|snowfall|downpours?|storms?|flooding|fighting|clashes|protests|strikes|shelling|bombardment|airstrikes|talks|negotiations|hearings|sessions|voting|polling|violence|unrest|attacks|raids|riots|demonstrations|rallies|celebrations|festivities)$/;

/** Verbs of lasting or waiting: "waited over two hours", "lasted over a decade" keep "over" as "more than". */
const LASTING_VERB = /^(?:waited|lasted|stayed|remained|lived|worked|served|stalled|detained|trapped|stranded|jailed|imprisoned|delayed)$/;

/** Verbs right before "a/an <span>" that make it a length of time: "lasted an hour", "spent a week" ("waited a day" is left alone). */
const LASTED = /^(?:lasted|lasts|lasting|spent|spends)$/;
/** How far along a thing is, after a fraction: "a quarter built", "three-quarters full", "half finished". */
const COMPLETED = /^(?:built|complete|completed|finished|done|full|empty|filled|occupied|constructed|vaccinated|funded|paid|sold)$/;
/** The thing that is so far along, the subject of the copula before the share: "the bridge was only ", "the dam is now ". */
const COMPLETED_SUBJECT = /(?<![\p{L}'’-])(\p{Ll}+)\s+(?:is|was|are|were|(?:has|have|had)\s+been|remains?|remained|stands?|stood)\s+(?:(?:only|just|still|now|already|about|nearly|almost|roughly|around|barely)\s+)?$/u;

/** Words that can start a quantity; any other word is skipped at once. */
const STARTERS = new Set([
  ...Object.keys(SMALL_NUMBERS), ...VAGUE_PATTERNS.map((p) => p.words[0]), ...Object.keys(ISO_BEFORE), ...Object.keys(NAME_BEFORE), "us", "c", "a", "hk", "nz", "s", "au", "nt", ...Object.keys(GLUED_DOLLAR_PREFIXES),
  "a", "an", "half", "quarter", "between", "minus", "negative", "u", "mex", "rs", "rp", "ksh", "kshs", "sh", "shs", "tk", "rm", "php", "dh", "dhs", "gh", "n", "r", "p", "million", "billion", "trillion", "twice",
  "double", "triple", "treble", "quadruple", "multi", "multimillion", "multibillion", "multitrillion",
  ...Object.keys(FOLD_WORD), "single", ...Object.keys(MULTIPLIED_VERB),
]);
const MINUS = new Set(["-", "−"]);

/** Whether a quantity may start at the token: a number, a word of `STARTERS`, a currency symbol or a minus sign. */
function mayStart(tok: Tok): boolean {
  return tok.kind === "word" ? STARTERS.has(tok.lower) : tok.kind !== "sym" || tok.text in CURRENCY_SYMBOLS || MINUS.has(tok.text);
}

/**
 * Indian farm and trade copy abbreviates lakh tonnes: "45 LMT of wheat" (lakh metric tonnes), and, in an article that
 * writes "lakh tonnes" somewhere, "186.85 lt of paddy" (elsewhere "lt" may be litres). The amount is multiplied out
 * (100,000 tonnes a lakh) and the abbreviation is read into it; true when it was.
 */
function lakhTonnesAt(t: Tok[], a: Core, lakhArticle: boolean): boolean {
  const x = t[a.to];
  if (a.scale !== 1 || a.currency || a.percent || a.wordForm || x?.kind !== "word") return false;
  if (!(x.text === "LMT" || x.text === "lmt" || (lakhArticle && x.text === "lt"))) return false;
  // "the LT 500 series": a name after it, not a measure ("45 LMT of", "55.30 lt from", "56 lt.").
  if (t[a.to + 1]?.joined && t[a.to + 1].kind !== "sym") return false;
  a.value = scaled(a.value, 1e5);
  a.scale = 1e5;
  a.to++;
  return true;
}

/** A sentence about the weather's heat: "temperatures", "highs", "heatwave", "degrees", "Celsius", "the mercury". */
const TEMPERATURE_WORDS = /\b(?:temperatures?|temps|highs|lows|heat|heatwave|degrees|celsius|fahrenheit|mercury|thermometers?)\b/i;
/** Part of a decade of degrees: "the low 40s" 40-43, "the mid-30s" 33-36, "the high 30s" 37-39. */
const DECADE_PART: Readonly<Record<string, [number, number]>> = { low: [0, 3], lower: [0, 3], mid: [3, 6], high: [7, 9], upper: [7, 9] };

/** A decade of degrees at token k ("the 40s", "the high 30s", "the mid-30s"): its lowest and highest degree and its end. */
function degreeDecadeAt(t: Tok[], k: number, afterTo = false): { low: number; high: number; from: number; to: number } | null {
  const n = t[k];
  if (n?.kind !== "num" || !/^(?:[1-9]|1[0-2])0$/.test(n.text) || t[k + 1]?.text !== "s" || !t[k + 1].joined) return null;
  let j = k - 1;
  if (t[j]?.text === "-" && n.joined) j--;
  const part = DECADE_PART[t[j]?.lower ?? ""];
  const band = part ?? [0, 9];
  if (part) j--;
  // "in their 40s", "in his 30s": an age; a decade of degrees is "the 40s" ("the high 30s to low 40s" drops the second "the").
  if (t[j]?.lower !== "the" && !(afterTo && t[j]?.lower === "to")) return null;
  const base = Number(n.text);
  return { low: base + band[0], high: base + band[1], from: j + 1, to: k + 2 };
}

/**
 * "Temperatures will rise into the 40s", "highs in the high 30s to low 40s": a decade of degrees in a sentence on the
 * weather's heat is a range of degrees (a second decade after "to" ends it). Fahrenheit when the sentence says so or
 * the decade is too hot for Celsius weather (50s and above), else Celsius. Null when the figure is no such decade.
 */
function degreeDecades(s: string, t: Tok[], i: number): { m: QuantityMention; to: number } | null {
  const first = degreeDecadeAt(t, i);
  if (!first || !TEMPERATURE_WORDS.test(s)) return null;
  let [high, to] = [first.high, first.to];
  if (t[to]?.lower === "to") {
    const k = t[to + 2]?.kind === "num" ? to + 2 : t[to + 3]?.kind === "num" ? to + 3 : t[to + 1]?.kind === "num" ? to + 1 : -1;
    const second = k > 0 ? degreeDecadeAt(t, k, true) : null;
    if (second && second.high > first.low) [high, to] = [second.high, second.to];
  }
  const fahrenheit = /\b(?:[Ff]ahrenheit|F)\b|°F/.test(s) || (first.low >= 50 && !/\b(?:[Cc]elsius|C)\b|°C/.test(s));
  const unit = fahrenheit ? "degree fahrenheit" : "degree celsius";
  return { m: mention(s, t, first.from, to, { value: null, low: first.low, high, qualifier: "range", unit }), to };
}

/**
 * A model counted by its name, a capital letter glued to three digits: "52 A320s", "50 A321 Neos", "one A321neo" (unit
 * "a320", "a321 neo"). A letter alone, a longer number or a word after it are no model ("5 A 320", "3 B2 bombers").
 */
function modelCountedAt(t: Tok[], k: number): { unit: string; to: number } | null {
  const [letter, digits] = [t[k], t[k + 1]];
  if (letter?.kind !== "word" || letter.joined || !/^[A-Z]$/.test(letter.text) || digits?.kind !== "num" || !digits.joined || !/^\d{3}$/.test(digits.text)) return null;
  let j = k + 2;
  if (t[j]?.text === "s" && t[j].joined) j++;
  let name = `${letter.lower}${digits.text}`;
  const suffix = t[j]?.kind === "word" ? /^(neo|max)s?$/i.exec(t[j].text) : null;
  if (suffix) {
    name += ` ${suffix[1].toLowerCase()}`;
    j++;
  }
  // "12 A320 jets", "7 A100 GPUs": a noun after the model is the unit, read as before.
  if (t[j]?.kind === "word" && !UNIT_STOP.has(t[j].lower)) return null;
  return { unit: name, to: j };
}

/** Words of marking a little before a score out of a total: "scored 412/500", "the highest mark, with 395/400". */
const SCORE_WORDS = /^(?:scored|scores|score|scoring|mark|marks|rated|rating|grade|graded)$/;

/**
 * A score out of a total ("scored 98/100", "the top mark, with 412/500"): the first number is the figure, of marks or
 * points when named after it or in the twelve words before it; a fraction ("3/4 of voters") or a name ("9/11", "24/7")
 * has no word of marking in those twelve words.
 */
function scoreOutOfAt(t: Tok[], i: number): { value: number; unit: string | null; to: number } | null {
  const [a, slash, b] = [t[i], t[i + 1], t[i + 2]];
  if (!/^\d+$/.test(a.text) || slash?.text !== "/" || !slash.joined || b?.kind !== "num" || !b.joined || !/^\d+$/.test(b.text)) return null;
  const [n, d] = [Number(a.text), Number(b.text)];
  // "12/10/2021", "on 10/12": a date.
  if (d < 10 || n > d || (t[i + 3]?.text === "/" && t[i + 3].joined) || (t[i - 1]?.text === "/" && a.joined) || t[i - 1]?.lower === "on") return null;
  let scored = false;
  for (let k = Math.max(0, i - 12); k < i && !scored; k++) scored = SCORE_WORDS.test(t[k].lower);
  if (!scored) return null;
  let unit: string | null = null;
  const next = t[i + 3]?.lower ?? "";
  if (/^points?$/.test(next)) unit = "point";
  else if (/^marks?$/.test(next)) unit = "mark";
  else for (let k = Math.max(0, i - 12); k < i && !unit; k++) if (/^marks?$/.test(t[k].lower)) unit = "mark";
  return { value: n, unit, to: unit && /^(?:points?|marks?)$/.test(next) ? i + 4 : i + 3 };
}

/**
 * "a century" as a span: after "in", "for", "over", "than", "nearly", "almost", "about", "within" ("worst floods in a
 * century", "for nearly a century"); not a date or an age ("a century ago", "a century-old church", "a century later").
 */
function centuryAt(t: Tok[], i: number): boolean {
  if (t[i + 1]?.lower !== "century" || !/^(?:in|for|over|than|nearly|almost|about|within|lasted|spanning)$/.test(t[i - 1]?.lower ?? "")) return false;
  const after = t[i + 2];
  // "A century on, the scars remain": "on" ending a clause is "later"; "in a century on Sunday" is not.
  const later = after?.lower === "on" && (!t[i + 3] || /^(?:[,.;]|from)$/.test(t[i + 3].lower));
  return !(after && (/^(?:ago|old|later|earlier|before|after)$/.test(after.lower) || later || (after.text === "-" && after.joined)));
}

/**
 * "half a mile", "half an hour", "half a kilometre": "half a" before one measure or span of time. "half a dozen", "half a
 * million" and "half a loaf" are read elsewhere or are none; "a mile and a half" is read by its whole number.
 */
function halfAUnitAt(t: Tok[], i: number): { unit: string; to: number } | null {
  if (!/^an?$/.test(t[i + 1]?.lower ?? "") || (t[i - 1]?.text === "-" && t[i - 1].joined)) return null;
  const x = t[i + 2];
  if (x?.kind !== "word" || x.joined || x.text !== x.lower) return null;
  if (TIME_UNITS.has(x.lower)) return { unit: x.lower, to: i + 3 };
  // "half a century": 50 years, as "a century" is 100 (`centuryAt`); "half a century ago", "half a century-old" are dates and ages.
  if (x.lower === "century") return /^(?:ago|old|later|earlier|before|after|-)$/.test(t[i + 3]?.lower ?? "") ? null : { unit: "century", to: i + 3 };
  const m = measureAt(t, i + 2);
  return m && !CURRENCY_NAMES.has(m.unit) && MEASURE.test(m.unit) ? { unit: m.unit, to: m.to } : null;
}

/** Tries to read a quantity at token i, where one may start (`mayStart`); pushes it and returns the next token index. */
function matchAt(s: string, t: Tok[], i: number, opts: FindOptions, out: QuantityMention[]): number {
  const tok = t[i];
  const decades = tok.kind === "num" ? degreeDecades(s, t, i) : null;
  if (decades) {
    out.push(decades.m);
    return decades.to;
  }
  const outOf = tok.kind === "num" ? scoreOutOfAt(t, i) : null;
  if (outOf) {
    out.push(mention(s, t, i, outOf.to, { value: outOf.value, ...bounds("exact", outOf.value), qualifier: "exact", unit: outOf.unit }));
    return outOf.to;
  }
  if (tok.lower === "a" && centuryAt(t, i)) {
    // "the worst floods in a century", "for more than a century": a span of 100 years.
    const pq = preQualifier(t, i);
    const qualifier = pq?.q ?? "exact";
    out.push(mention(s, t, pq ? pq.from : i, i + 2, { value: 100, ...bounds(qualifier, 100), qualifier, unit: "year" }));
    return i + 2;
  }
  const halfOf = tok.lower === "half" ? halfAUnitAt(t, i) : null;
  if (halfOf) {
    // "half a mile", "about half an hour": a half of one measure or span; "half a century" is 50 years.
    const pq = preQualifier(t, i);
    const qualifier = pq?.q ?? "exact";
    const [value, unit] = halfOf.unit === "century" ? [50, "year"] : [0.5, halfOf.unit];
    out.push(mention(s, t, pq ? pq.from : i, halfOf.to, { value, ...bounds(qualifier, value), qualifier, unit }));
    return halfOf.to;
  }
  if (tok.lower === "twice" && !(t[i + 1]?.text === "-" && t[i + 1].joined) && !/^(?:scored|scores|netted|nets)$/.test(t[i - 1]?.lower ?? "")) {
    // "lost twice at the trials", "more than twice the loss": two times, a count of times or a multiple ("twice-yearly" is
    // neither; "scored twice" is a game's score, neutral as scores are).
    const pq = preQualifier(t, i);
    const qualifier = pq?.q ?? "exact";
    out.push(mention(s, t, pq ? pq.from : i, i + 1, { value: 2, ...bounds(qualifier, 2), qualifier, unit: "time" }));
    return i + 1;
  }
  const multiplied = MULTIPLIED_VERB[tok.lower] ? preQualifier(t, i) : null;
  if (multiplied && multiplied.q !== "exact") {
    // "output more than tripled", "sales nearly doubled": a qualified multiple; a bare "prices doubled" states none.
    const value = MULTIPLIED_VERB[tok.lower];
    out.push(mention(s, t, multiplied.from, i + 1, { value, ...bounds(multiplied.q, value), qualifier: multiplied.q, unit: null }));
    return i + 1;
  }
  const digits = DIGIT_COUNT[tok.lower] ? digitCountAt(s, t, i) : null;
  if (digits) {
    // "double-digit gains", "inflation returned to double digits": a percentage of two digits, 10 to 99.
    out.push(mention(s, t, i, digits.to, { value: null, low: digits.low, high: digits.high, qualifier: "vague", unit: "percent" }));
    return digits.to;
  }
  const fold = foldAt(t, i);
  if (fold) {
    // "cases are up fivefold", "a five-fold rise", "a 5-fold increase": a multiple, no count of anything.
    const pq = preQualifier(t, i);
    const qualifier = pq?.q ?? "exact";
    out.push(mention(s, t, pq ? pq.from : i, fold.to, { value: fold.value, ...bounds(qualifier, fold.value), qualifier, unit: null }));
    return fold.to;
  }
  const multiple = MULTIPLE_WORD[tok.lower] && multipleOfAmountAt(t, i) ? MULTIPLE_WORD[tok.lower] : 0;
  if (multiple) {
    // "a profit of six cents, double what analysts expected", "was triple the 2019 figure": a multiple of an amount.
    const pq = preQualifier(t, i);
    const qualifier = pq?.q ?? "exact";
    out.push(mention(s, t, pq ? pq.from : i, i + 1, { value: multiple, ...bounds(qualifier, multiple), qualifier, unit: null }));
    return i + 1;
  }
  const clock = tok.kind === "num" ? clockDurationAt(s, t, i) : null;
  if (clock) {
    // "in 2:05:06", "under 2:07:30": a finishing time, one duration in seconds.
    const pq = preQualifier(t, i);
    const qualifier = pq?.q ?? "exact";
    out.push(mention(s, t, pq ? pq.from : i, clock.to, { value: clock.seconds, ...bounds(qualifier, clock.seconds), qualifier, unit: "second" }));
    return clock.to;
  }
  const multi = tok.kind === "word" ? multiScaleMoneyAt(t, i) : null;
  if (multi?.several) {
    // "a multibillion-dollar shortfall", "a multi-million pound deal": billions (millions) of that money, vaguely.
    out.push(mention(s, t, i, multi.to, { value: null, low: 2 * multi.scale, high: 10 * multi.scale - 1, qualifier: "vague", unit: multi.unit }));
    return multi.to;
  }
  if (multi) {
    // Headline "PM announces billion-dollar boost": the order of the sum, as "a billion-dollar boost" gives it.
    out.push(mention(s, t, i, multi.to, { value: multi.scale, ...bounds("at_least", multi.scale), qualifier: "at_least", unit: multi.unit }));
    return multi.to;
  }
  const vague = matchVague(s, t, i, out.length > 0);
  if (vague && vagueInName(t, i)) return i + 1;
  if (vague) {
    out.push(vague.m);
    return vague.to;
  }
  const between = t[i].lower === "between";
  const a = parseCore(t, between ? i + 1 : i);
  if (!a) return i + 1;
  // "the 2003-4 Mazda 6": model years name a model, they count nothing.
  const afterModelYears = a.from === a.numAt ? modelYearsAt(t, a.numAt) : 0;
  if (afterModelYears) return afterModelYears;
  const age = statedAgeAt(s, t, a, between);
  if (age) {
    out.push(mention(s, t, i, age.to, age.q));
    return age.to;
  }
  if (isNotAmount(s, t, a)) return a.to;
  // "will show zero tolerance", "zero tolerance of": a stance written with a number, counting nothing.
  if (t[a.numAt].lower === "zero" && a.to === a.numAt + 1 && t[a.to]?.lower === "tolerance") return a.to + 1;
  // The words before a pair and the pairs next to it are read only at a pair ("52-48"): they say nothing of other figures.
  if (a.numAt === a.from && pairAt(t, a.numAt)) {
    const votedBefore = s.slice(Math.max(0, t[i].start - 40), t[i].start);
    // "defeated Ymer 6-0, 6-2": after a word a match shares with a vote, pairs in a list are the sets of a score line.
    const scoreLine = pairListedAt(t, a.numAt) && !LEGISLATIVE_VOTE.test(votedBefore);
    if (!scoreLine && VOTED.test(votedBefore)) {
      // "passed 52-48", "voted 9-2": a tally of votes, both sides of it.
      const k = a.numAt;
      out.push(mention(s, t, k, k + 1, { value: a.value, ...bounds("exact", a.value), qualifier: "exact", unit: "vote" }));
      const second = Number(t[k + 2].text);
      out.push(mention(s, t, k + 2, k + 3, { value: second, ...bounds("exact", second), qualifier: "exact", unit: "vote" }));
      return k + 3;
    }
  }
  const score = scoreAt(t, a);
  if (score) return score;

  scaleFromWholeAfter(t, a);
  const lakhTonnes = lakhTonnesAt(t, a, opts.lakhTonneArticle ?? false);
  const range = lakhTonnes ? null : rangeAfter(t, a, between);
  const b: Core | null = range?.b ?? null;
  let k = a.to;
  const p = t[i - 1]?.lower === "a" ? i - 1 : i;
  if (!b && a.fraction && a.value === 0.5 && t[p - 1]?.lower === "and" && TIME_UNITS.has(t[p - 2]?.lower ?? "") && /^(?:next|last|past|first|coming|another)$/.test(t[p - 3]?.lower ?? "")) {
    // "in the next month and a half": one and a half of the unit.
    out.push(mention(s, t, p - 2, a.to, { value: 1.5, ...bounds("exact", 1.5), qualifier: "exact", unit: t[p - 2].lower }));
    return a.to;
  }
  const andHalf = !b && a.value === 1 ? unitAndAHalf(t, k) : null;
  if (andHalf) {
    // "a month and a half", "one year and half": one and a half of the unit.
    const pq = preQualifier(t, i);
    const qualifier = pq?.q ?? "exact";
    out.push(mention(s, t, pq ? pq.from : i, andHalf.to, { value: 1.5, ...bounds(qualifier, 1.5), qualifier, unit: andHalf.unit }));
    return andHalf.to;
  }
  if (!b && a.fraction && a.value < 1 && COMPLETED.test(t[a.to]?.lower ?? "") && !t[a.to].joined) {
    // "the bridge is only a quarter built", "the reservoir is three-quarters full": how far along a thing is, a share of
    // no counted noun.
    const pq = preQualifier(t, i);
    const qualifier = pq?.q ?? "exact";
    const from = pq ? pq.from : i;
    const subject = COMPLETED_SUBJECT.exec(s.slice(Math.max(0, t[from].start - 60), t[from].start));
    const unit = subject && !UNIT_STOP.has(subject[1]) ? singularize(subject[1]) : null;
    out.push(mention(s, t, from, a.to, { value: a.value, ...bounds(qualifier, a.value), qualifier, unit }));
    return a.to;
  }
  // "the western half of a county", "the southern third of the reef": a compass side of a place is a region, no share.
  if (!b && a.bare && SIDE.test(t[a.from - 1]?.lower ?? "")) return a.to;
  // "fell by a third", "cut by half": the size of a change, stated.
  if (!b && a.bare && !preQualifier(t, i) && !/^(?:of|the)$/.test(t[k]?.lower ?? "") && !changedByOne(t, a.from) && !dozenAt(t, k)) return a.to;
  const ratio = b ? null : ratioAfter(t, a);
  if (ratio) {
    a.value = ratio.value;
    k = ratio.to;
  }
  if (b) k = b.to;
  const preQ = b ? null : preQualifier(t, i);
  // "6% below a year ago", "more than a decade ago": one unit of time before "ago" is a point in time, not an amount.
  if (a.weak && !b && TIME_UNITS.has(t[a.to]?.lower ?? "") && t[a.to + 1]?.lower === "ago") return a.to + 2;
  // A lone "one" is an amount only with a qualifier, or before a measure or money ("one mile", "one-yen").
  const lone = !b && !ratio && a.weak && !preQ && !opts.allowBare && !marginAt(t, a.from);
  const one = t[a.numAt].lower === "one";
  // "one hour and 26 minutes": a span in two units is an amount however its first number is written.
  const twoUnitSpan = !b && !ratio && !!compoundSpanAt(t, a.to);
  let byAUnit = false;
  let listedA = false;
  if (lone && !twoUnitSpan && !(one && (measureAfter(t, a.to) || hyphenatedSpan(t, a.to) || hyphenatedCount(t, a.to) || standaloneOne(t, a.numAt, a.to) || sentenceSpan(t, a.numAt, a.to)))) {
    // "one soldier and two militants", "one more person was killed": a "one" that counts, once its noun is known.
    // "waited a year or longer": a span with its bound after it is an amount.
    const spanOrLonger = TIME_UNITS.has(t[a.to]?.lower ?? "") && t[a.to + 1]?.lower === "or" && /^(?:longer|more)$/.test(t[a.to + 2]?.lower ?? "");
    // "the hearing lasted an hour", "patients spent a week in hospital": a span of one after a verb of lasting is its length.
    // "served for a decade": a decade after "for" is its length ("the worst in a decade" frames a record, as "in a single year" does).
    const lastedSpan = TIME_UNITS.has(t[a.to]?.lower ?? "") && (LASTED.test(t[i - 1]?.lower ?? "") || (t[a.to].lower === "decade" && t[i - 1]?.lower === "for" && !recordFrameBefore(t, i - 1))) && !/^(?:later|ago|earlier|or|-|on|before|after)$/.test(t[a.to + 1]?.lower ?? "");
    // "moved the vote up by a day", "raised the rate by a full percentage point": a change by one unit, its size.
    byAUnit = !one && changedByAUnit(t, a);
    if (byAUnit) k = a.to;
    listedA = !one && !byAUnit && lastOfListedCounts(s, t, a, out.at(-1));
    if ((!one || a.numAt !== i) && !singleSpan(t, a.to) && !spanOfAt(t, a.numAt, a.to) && !spanOrLonger && !lastedSpan && !byAUnit && !listedA && !depthOfOne(t, a)) return a.to;
  }

  let qualifier: Qualifier = preQ?.q ?? "exact";
  if (!b) {
    const n1 = t[k]?.lower;
    // "or less than 6000", "and more than 40": a second figure with its own qualifier, not "or less".
    const n2 = /^(?:than|or)$/.test(t[k + 2]?.lower ?? "") ? undefined : t[k + 1]?.lower;
    if (n1 === "or" && n2 === "equal" && (qualifier === "less_than" || qualifier === "more_than")) {
      // "less than 5000 or equal", "more than 5000 or equal to"
      qualifier = qualifier === "less_than" ? "at_most" : "at_least";
      k += t[k + 2]?.lower === "to" ? 3 : 2;
    } else if (t[k]?.text === "+" && t[k].joined) [qualifier, k] = ["more_than", k + 1];
    else if (n1 === "plus" || (t[k]?.text === "-" && t[k].joined && n2 === "plus")) [qualifier, k] = ["more_than", k + (n1 === "plus" ? 1 : 2)];
    else if (n1 === "or" && n2 === "more") [qualifier, k] = ["at_least", k + 2];
    else if (n1 === "or" && n2 === "so") [qualifier, k] = ["approximately", k + 2];
    else if (n1 === "or" && (n2 === "fewer" || n2 === "less" || n2 === "lower" || n2 === "below")) [qualifier, k] = ["at_most", k + 2];
    else if ((n1 === "or" || n1 === "and") && (n2 === "greater" || n2 === "higher" || n2 === "above" || n2 === "more")) [qualifier, k] = ["at_least", k + 2];
  }

  let unit: string | null = a.currency ?? (a.percent ? "percent" : ratio?.unit ?? (lakhTonnes ? "tonne" : null));
  let end = k;
  /** Where to read on after this figure: a measure inside its noun phrase is a figure of its own. */
  let resumeAt: number | undefined;
  if (!unit && range?.unit && range.to !== undefined) [unit, end] = [range.unit, range.to];
  const model = unit ? null : modelCountedAt(t, k);
  if (model) [unit, end] = [model.unit, model.to];
  if (!unit) {
    const hy = t[k];
    const par = parAt(t, k);
    // "Half of one home", "half of one percent": a share of a single thing counts that thing.
    const ofOne = a.fraction && a.value < 1 && t[k]?.lower === "of" ? ofOneAt(t, k + 1) : null;
    if (par) [unit, end] = [par.unit, par.to];
    else if (dozenAt(t, k)) {
      // "about three-dozen people", "a half-dozen witnesses": twelve times the number, of the noun after it.
      a.value = Number((a.value * 12).toPrecision(12));
      const u = findUnit(t, k + 2, false);
      [unit, end] = [u.unit, u.unit ? u.to : k + 2];
    } else if (hy?.text === "-" && hy.joined && t[k + 1]?.joined && t[k + 1].kind === "word") {
      if (/^(?:thirds?|quarters?|fifths?|halves|half|tenths?)$/.test(t[k + 1].lower)) return k + 2; // a fraction, not a count
      // "a zero-tolerance policy": a word made with a number, not an amount ("rose five-fold" is a multiple, in folds).
      if (t[a.numAt].lower === "zero") return k + 2;
      unit = findUnit(t, k + 1, true).unit;
      end = k + 2;
      // "a billion-dollar boost", "a million-pound home": a scale alone before its money, joined as one describing
      // word, gives the order of the sum, at least that much ("a 10-dollar note", "a $5 billion-dollar plan" are exact).
      if (!preQ && a.to === a.from + 2 && a.value >= 1e6 && /^an?$/.test(t[a.from].lower) && t[a.from + 1].lower in SCALE_WORDS && !!unit && CURRENCY_NAMES.has(unit)) qualifier = "at_least";
      // "a two-percentage-point lead", "a 25-basis-point cut": the two-word measure written with hyphens too.
      const point = t[k + 3];
      if (/^(?:percentage|basis)$/.test(t[k + 1].lower) && t[k + 2]?.text === "-" && t[k + 2].joined && point?.joined && /^points?$/.test(point.lower)) [unit, end] = [`${t[k + 1].lower} point`, k + 4];
      // "the 31-year-old record": a thing's age in years (a person's age is no amount, see `isNotAmount`).
      if (/^years?$/.test(t[k + 1].lower) && t[k + 2]?.text === "-" && t[k + 3]?.lower === "old") [unit, end] = ["year", k + 4];
      const some = t[k + 1].lower === "something" && !preQ && a.value >= 20 && a.value < 100 && a.value % 10 === 0 && isPluralWord(t[k + 2]?.lower ?? "") ? findUnit(t, k + 2, true) : null;
      if (some?.unit) {
        // "30-something crates": somewhere in the thirties ("a 40-something clerk" is an age).
        out.push(mention(s, t, i, some.to, { value: null, low: a.value, high: a.value + 9, qualifier: "range", unit: some.unit }));
        return some.to;
      }
      if (unit === "strong" || unit === "odd") {
        // "a 50,000-strong crowd": the noun the strength is of; "the 20-odd protesters": about 20 of them.
        if (unit === "odd" && !preQ) qualifier = "approximately";
        const u = findUnit(t, k + 2, true);
        [unit, end] = [u.unit, u.unit ? u.to : k + 2];
      }
    } else if (hy?.text === "-" && hy.joined && t[k + 1] && !t[k + 1].joined && t[k + 1].kind === "word" && t[k + 1].text.length > 1 && measureAt(t, k + 1)) {
      // "a 50- kilogramme sack": a hyphen with the space slipped after it, before a measure written out.
      const m = measureAt(t, k + 1)!;
      [unit, end] = [m.unit, m.to];
    } else if (oilGasShorthandAt(t, k)) {
      // "2.9 mb/d", "5.15 MMbbl/d", "110.4 Bcf/d": the oil and gas trade's shorthand, its scale in the word.
      const o = oilGasShorthandAt(t, k)!;
      [a.value, unit, end] = [Number((a.value * o.scale).toPrecision(12)), o.unit, o.to];
    } else if (t[k]?.lower === "won" && a.scale !== 1 && !t[k].joined) {
      [unit, end] = ["won", k + 1]; // "3.5 trillion won": after a scale "won" is Korea's money, not a verb
    } else if (QUAKE.test(t[k]?.lower ?? "") && a.numAt === a.from && a.to === a.numAt + 1 && READING.test(t[a.numAt].text)) {
      unit = "magnitude"; // "a 7.1 quake", "since a 6.4 quake": the quake's magnitude, not a count of quakes
    } else if (magnitudeReadingAt(t, a, k)) {
      // "a 7.2 magnitude earthquake", "magnitude 5 earthquakes": a reading on the scale, not a count of quakes
      [unit, end] = ["magnitude", t[k]?.lower === "magnitude" ? k + 1 : k];
    } else if (ofOne) {
      [unit, end] = [ofOne.unit, ofOne.to];
    } else {
      const u = findUnit(t, k, a.weak || a.value === 1 || (a.fraction && a.value < 1), a.fraction && a.value < 1);
      unit = u.unit;
      end = Math.max(k, u.to);
      resumeAt = u.modifierAt;
    }
  }
  if (!b && qualifier === "exact" && !preQ) {
    // "5,000 people or more", "200 votes or fewer": the qualifier after the noun.
    const n1 = t[end]?.lower;
    const n2 = t[end + 2]?.lower === "than" ? undefined : t[end + 1]?.lower;
    // "a year or longer", "18 months or longer": a span and more of it.
    if (n1 === "or" && (/^(?:more|greater|higher|above)$/.test(n2 ?? "") || (n2 === "longer" && !!unit && TIME_UNITS.has(unit)))) [qualifier, end] = ["at_least", end + 2];
    else if (n1 === "or" && /^(?:fewer|less|lower|below)$/.test(n2 ?? "")) [qualifier, end] = ["at_most", end + 2];
    // "sentenced to 22 years to life": a term of at least that many years.
    else if (n1 === "to" && n2 === "life" && unit === "year") [qualifier, end] = ["at_least", end + 2];
  }
  if (!b && !ratio && unit) {
    // "$71 million and 45 cents a share": cents after millions are another figure, not the sum's small change.
    const part = a.scale === 1 ? subunitAfter(t, end, unit) : null;
    // "3 years, 2 months, 14 days, and 16 hours": an item of a list of spans stays one item.
    const listItem = t[i - 1]?.text === "," && !!SPAN_WORDS[t[i - 2]?.lower ?? ""] && t[end]?.text === ",";
    const span = part || listItem ? null : smallerSpanAfter(t, end, unit);
    if (part) {
      a.value = Number((a.value + part.value).toPrecision(12));
      end = part.to;
    } else {
      // "five hours and 15 minutes": one span, counted in the smaller unit (315 minutes); "2 hours, 10 minutes and 5 seconds".
      // Years and months are no clock: "two years and 10 months" is two figures (a month has no fixed length), read
      // one after the other, the months taking the years' bound (`spanRestBound`).
      if (span && unit === "year" && t[span.to]?.lower === "old") return span.to + 1; // "5 years and 3 months old": an age
      for (let sp = span; sp && unit !== "year"; sp = smallerSpanAfter(t, end, unit)) [a.value, unit, end] = [Number((a.value * sp.per + sp.value).toPrecision(12)), sp.unit, sp.to];
      if (span && t[end]?.lower === "old") return end + 1; // "5 years and 3 months old": an age
    }
  }
  // "and one fair": a patient's condition read as a noun is none, the count's noun is left out.
  const condition = !!unit && a.weak && t[a.numAt].lower === "one" && CONDITION_AFTER.test(s.slice(t[a.numAt].end, t[a.numAt].end + 40));
  const tallied = (!unit || condition) && a.weak && !preQ && isTalliedAfterCount(s, t, a.numAt, out.at(-1)?.end ?? -1);
  if (tallied && condition) [unit, end] = [null, a.to];
  // "one of its boats sank", "12 of the victims died in Arlen, one in Tessel": a "one" whose noun is named elsewhere.
  const alone = lone && one && !b && !ratio ? countedOneAlone(s, t, a.numAt, a.to, out.at(-1), tallied) : null;
  if (alone) [unit, end] = [alone.unit, alone.to];
  // "left one dead and two injured": "one" in the state it was left in is a person.
  const inState = lone && one && !b && !ratio && !alone && !tallied && oneInState(t, a.numAt, a.to);
  if (inState) [unit, end] = ["person", a.to];
  if (a.weak && !b && !ratio && !tallied && !twoUnitSpan && !byAUnit && !(listedA && unit) && !standaloneOne(t, a.numAt, a.to) && !singleSpan(t, a.to) && !(unit && (a.numAt !== a.from || t[a.numAt].lower === "one" || KNOWN_UNITS.has(unit) || boundedMeasureOfOne(t, a, unit, preQ)))) return a.to;
  if (lone && one && !twoUnitSpan && !singleSpan(t, a.to) && !hyphenatedCount(t, a.to) && !standaloneOne(t, a.numAt, a.to) && !measureAfter(t, a.to) && !hyphenatedSpan(t, a.to) && !sentenceSpan(t, a.numAt, a.to)) {
    // "31 were hospitalised and one died": a "one" after another count, with what befell it, needs no noun.
    if (!tallied && !alone && !inState && !changedByOne(t, a.numAt) && !periodOfChange(t, a.numAt, a.to, out.at(-1)) && (!unit || !isCountedOne(s, t, a.numAt, a.to, end, out.at(-1)?.end ?? -1, unit, out))) return a.to;
  }

  // "895.83 lakh tones (lt)": "tones" after a lakh, a crore or a million is tonnes misspelt.
  if (unit === "tone" && a.scale >= 1e5) unit = "tonne";
  if (!b && unit && isReportingWindow(t, i, end)) return end;
  // "three times higher", "10 times the size of": a multiple is a figure too, in times, as news labels read it.
  const mark = !b && !preQ ? markQualifier(t, i, end) : null;
  const reference = !b && isReferenceValue(t, i, end);
  if (mark) [qualifier, end] = [mark.q, mark.to];
  const passed = !b && !preQ && !mark && qualifier === "exact" ? movedPastOrToward(t, i) : null;
  const level = !!passed && passedLevel(t, a, end, unit, passed.q);
  if (level && passed) qualifier = passed.q;
  if (reference) {
    qualifier = "exact";
    if (preQ) preQ.from = i;
  }
  if (preQ && comparedWithPeriod(s, t, preQ.from, i, end, out.at(-1))) [qualifier, preQ.from] = ["exact", i];
  const opensSentence = (x: Tok | undefined) => !x || /^["“‘'(]$/.test(x.text);
  const spanOpening = opensSentence(t[i - 2]) && t[end]?.text === ",";
  // "for 9 hours over 2 days": after another span, "over" spreads it, it does not bound it.
  const afterSpan = !!SPAN_WORDS[t[i - 2]?.lower ?? ""];
  // "cost $1.5 trillion over 10 years": the span an amount accrues over.
  const afterAmount = i >= 2 && out.at(-1)?.end === t[i - 2].end;
  // "over 30 years ago" is always more than.
  if (preQ && preQ.from === i - 1 && t[i - 1].lower === "over" && unit && TIME_UNITS.has(unit) && t[end]?.lower !== "ago" && (occurredBefore(t, i - 1) || spreadVerbBefore(t, i - 2) || EVENT_NOUN.test(t[i - 2]?.lower ?? "") || spanOpening || afterSpan || afterAmount || amountAccruedBefore(t, i - 1, out.at(-1)?.end) || changeOverSpan(t, i - 1))) {
    // "carried out over eight days", "spread over two years", "Over 30 years, the glaciers ...": the span of time, not "more than".
    qualifier = "exact";
    preQ.from = i;
  }
  if (preQ && t[preQ.from].lower === "over" && preQ.from >= i - 3 && unit && ((TIME_UNITS.has(unit) && spanNounAfter(t, a.to)) || (MEASURE.test(unit) && expanseNounAfter(t, a.to)))) {
    // "over an 18-month period", "over the 12-week window": "over" is the time the period covers, not "more than";
    // "over a 300-hectare area", "over a 40-km stretch": the ground it covers.
    qualifier = "exact";
    preQ.from = i;
  }
  if (preQ && preQ.from === i - 1 && t[i - 1].lower === "over" && unit && disputedOver(t[i - 2]?.lower ?? "", unit)) {
    // "fought over 2 islands", "a row over 3 rivers", "sovereignty over 4 atolls": "over" is what is disputed or held,
    // not "more than". People and spans of time stay bounded: "fought over 200 soldiers", "fought over 3 hours".
    qualifier = "exact";
    preQ.from = i;
  }
  if (preQ && t[preQ.from].lower === "above" && t[preQ.from - 1]?.lower === "and" && t[preQ.from - 2]?.lower === "over") {
    // "over and above $5m": besides the sum, which is stated exactly, not "more than".
    qualifier = "exact";
    preQ.from = i;
  }
  if (preQ && preQ.from === i - 1 && t[i - 1].lower === "over" && unit && PLACE_UNITS.test(unit) && OVERFLIGHT_VERB.test(t[i - 2]?.lower ?? "")) {
    // "drones launched over five regions", "debris scattered over 3 districts": "over" is where, not "more than".
    qualifier = "exact";
    preQ.from = i;
  }
  if (preQ && preQ.from === i - 1 && t[i - 1].lower === "under" && t[a.numAt].lower === "one" && a.numAt === i && a.value === 1 && a.to === i + 1 && !b && !ratio && unit && !isMeasureOrMoney(unit)) {
    // "the largest network under one management", "brought under one roof": fewer than one of a thing counts
    // nothing; "one" is unity here, no figure. "under one hour", "under one percent" keep their bound, and so does
    // "one" as part of a larger number ("under one million people", "under one hundred staff").
    return end;
  }
  if (preQ && preQ.from === i - 1 && governedUnder(t, i - 1, unit)) {
    // "pupils sat the tests under eight regional boards": the boards the tests are run under, counted exactly.
    qualifier = "exact";
    preQ.from = i;
  }
  // "plus or minus one point": the mention shows the whole margin, not a "minus one" a reader could take for negative.
  const from = preQ ? preQ.from : level && passed ? passed.from : marginAt(t, a.from) ? a.from - 2 : i;
  if (b && t[i - 1]?.lower === "from" && isChange(t, i - 1)) {
    // "rose from 40 to 50 percent" is a change between two figures, not a range.
    out.push(mention(s, t, i, a.to, { value: a.value, ...bounds("exact", a.value), qualifier: "exact", unit }));
    out.push(mention(s, t, b.from, end, { value: b.value, ...bounds("exact", b.value), qualifier: "exact", unit }));
    return end;
  }
  const ceiling = b ? ceilingOfAlternatives(t, i, b) : null;
  if (ceiling?.q === "at_least") out.push(mention(s, t, ceiling.from, end, { value: a.value, ...bounds("at_least", a.value), qualifier: "at_least", unit }));
  else if (ceiling) out.push(mention(s, t, ceiling.from, end, { value: b!.value, ...bounds("at_most", b!.value), qualifier: "at_most", unit }));
  else if (b) out.push(mention(s, t, from, end, { value: null, low: Math.min(a.value, b.value), high: Math.max(a.value, b.value), qualifier: "range", unit }));
  else out.push(mention(s, t, from, end, { value: a.value, ...bounds(qualifier, a.value), qualifier, unit }));
  return resumeAt ?? end;
}

/**
 * Whether a figure after a verb of passing or nearing (`movedPastOrToward`) is a level: money, a percent or a bare
 * number ("broke $40", "crossed 12 million", "approaching 2,000"); a span or a measure that says no place only when
 * neared ("approaching 40 years", "winds approaching 100 mph"). Things counted and ground covered are what the verb
 * acts on: "broke 3 ribs", "crossed 30 km of desert", "approaching 3 villages", "approaching 5 km from the coast".
 */
function passedLevel(t: Tok[], a: Core, end: number, unit: string | null, q: Qualifier): boolean {
  if (t[end]?.lower === "than") return false; // "closer to 40 than to 50" compares
  if (!unit || a.currency || a.percent) return true;
  return q === "nearly" && (TIME_UNITS.has(unit) || measureNotPlace(t, a.to));
}

/**
 * "arrived in Frankfurt two hours behind schedule", "reached Kabul 3 days later": a span of time after a place's
 * name is no label ("Flight 370"); a number spelled in lower case before a plural span never is one.
 */
function spanAfterPlace(t: Tok[], a: Core): boolean {
  const x = t[a.to];
  if (x?.kind !== "word" || x.joined || !/^(?:minutes|hours|days|weeks|months)$/.test(x.lower)) return false;
  return a.wordForm ? t[a.numAt].text === t[a.numAt].lower : x.lower !== "months";
}

const MULTI_SCALE: Readonly<Record<string, number>> = wordTable({ million: 1e6, billion: 1e9, trillion: 1e12 });

/**
 * "multibillion-dollar", "multi-billion-dollar", "multimillion pound", "multi-million-euro": a describing word of money
 * in several of a scale (`several`); "billion-dollar" with no number before it: one of the scale. Its scale, its
 * currency and the token after it. Null for "multimillion" alone, before no money, or "billion dollars" unjoined.
 */
function multiScaleMoneyAt(t: Tok[], i: number): { scale: number; unit: string; to: number; several: boolean } | null {
  const x = t[i];
  let k = i + 1;
  let word = /^multi(million|billion|trillion)$/.exec(x.lower)?.[1];
  if (!word && x.lower === "multi" && t[k]?.text === "-" && t[k].joined && t[k + 1]?.joined) [word, k] = [t[k + 1].lower, k + 2];
  const several = !!word;
  // "billion-dollar" joined by its hyphen, after no number or article (those are read with their number).
  const prev = t[i - 1];
  // "a half-billion-dollar stadium", "a one-billion-dollar fund": a word joined before the scale is part of the sum.
  if (!word && prev?.text === "-" && x.joined) return null;
  if (!word && x.lower in MULTI_SCALE && t[k]?.text === "-" && t[k].joined && !(prev && (prev.kind === "num" || prev.lower in SMALL_NUMBERS || /^an?$/.test(prev.lower) || prev.text in CURRENCY_SYMBOLS))) word = x.lower;
  const scale = word ? MULTI_SCALE[word] : 0;
  if (!scale) return null;
  const joined = t[k]?.text === "-" && t[k].joined;
  if (joined) k++;
  if (!several && !joined) return null;
  const money = t[k]?.kind === "word" ? singularize(t[k].lower) : "";
  // "the million-dollar question": an idiom, no sum.
  if (t[k + 1]?.lower === "question" || t[k + 1]?.lower === "questions") return null;
  // "a multibillion real estate empire": property, not Brazilian reais.
  if (money === "real" && t[k + 1]?.lower === "estate") return null;
  return CURRENCY_NAMES.has(money) ? { scale, unit: money, to: k + 1, several } : null;
}

/** What a multiple is of: "double the", "double what", "triple that", "double its". */
const MULTIPLE_OF = /^(?:the|what|that|those|its|their|his|her|our|last)$/;
/** Words before a verb: "plans to double the fleet", "could triple its output", "did not double". */
const BEFORE_VERB = /^(?:to|will|would|could|can|may|might|should|must|shall|did|does|do|not|never|and|or|also|then|'ll|’ll)$/;

/** "single-digit", "double-digit", "triple-digit": the percentages of that many digits. */
const DIGIT_COUNT: Readonly<Record<string, [number, number]>> = wordTable({ single: [1, 9], double: [10, 99], triple: [100, 999] });
/** What a count of digits measures as a percentage: a change, growth, inflation, a rate's return ("returned to double digits"). */
const DIGIT_CHANGE = /^(?:gains?|growth|declines?|rises?|increases?|falls?|drops?|jumps?|losses?|cuts?|inflation|percent(?:age)?|returns?|hikes?|surges?|slumps?|decreases?)$/;
const RATE_SENTENCE = /\b(?:inflation|rates?|growth|unemployment|percent|per cent)\b/i;

/**
 * "double-digit gains", "double-digit sales declines", "single-digit growth", and "double digits" in a sentence about a
 * rate ("inflation returned to double digits"): a vague percentage; "a double-digit lead", "double digits" of a score stay none.
 */
function digitCountAt(s: string, t: Tok[], i: number): { low: number; high: number; to: number } | null {
  const [low, high] = DIGIT_COUNT[t[i].lower];
  if (t[i + 1]?.text === "-" && t[i + 1].joined && t[i + 2]?.lower === "digit") {
    const next = t[i + 3]?.lower ?? "";
    const change = DIGIT_CHANGE.test(next) || (t[i + 3]?.kind === "word" && DIGIT_CHANGE.test(t[i + 4]?.lower ?? ""));
    return change ? { low, high, to: i + 3 } : null;
  }
  return t[i + 1]?.lower === "digits" && RATE_SENTENCE.test(s) ? { low, high, to: i + 2 } : null;
}

/** "fivefold", "ten-fold", "5-fold": a number of two or more joined to "fold", and the token after it. */
function foldAt(t: Tok[], i: number): { value: number; to: number } | null {
  const x = t[i];
  if (x.kind === "word" && x.lower.endsWith("fold")) return FOLD_WORD[x.lower] ? { value: FOLD_WORD[x.lower], to: i + 1 } : null;
  if (t[i + 1]?.text !== "-" || !t[i + 1].joined || t[i + 2]?.lower !== "fold") return null;
  const value = x.kind === "num" ? Number(x.text.replace(/,/g, "")) : (SMALL_NUMBERS[x.lower] ?? 0);
  return value >= 2 ? { value, to: i + 3 } : null;
}

/**
 * "nine cents a share, double what brokers forecast", "which was double the sum lost", "at triple the rate": a multiple
 * word before what it multiplies, after a comma, a verb "to be", a preposition ("with nearly double the number") or a
 * qualifier, is a figure (a multiple, with no unit). "To double the fleet", "they will triple its output", "a double
 * sorrow", "double-digit" are no multiples ("double-digit gains" is a count of digits: `digitCountAt`).
 */
function multipleOfAmountAt(t: Tok[], i: number): boolean {
  const x = t[i];
  const next = t[i + 1];
  if (x.kind !== "word" || x.text !== x.lower || !next || next.kind !== "word" || !MULTIPLE_OF.test(next.lower)) return false;
  // Skip the qualifier words before it ("would nearly", "are more than", "would at least"), then look at what comes first.
  let j = i - 1;
  while (j >= 0 && t[j].kind === "word" && /^(?:nearly|almost|more|than|roughly|around|about|some|just|only|now|least)$/.test(t[j].lower)) {
    if (t[j].lower === "least" && t[j - 1]?.lower === "at") j--;
    j--;
  }
  const w = t[j];
  if (!w) return false;
  // "nine cents a share, double what": after a comma, only when the clause before it gives a figure ("cut income tax,
  // double the child allowance" is a list of verbs); so after a dash setting the multiple off ("received 220mm – more
  // than double the average").
  if (w.text === "," || w.text === "–" || w.text === "—") {
    for (let b = j - 1; b >= 0 && !/^[,;.:]$/.test(t[b].text); b--) if (t[b].kind === "num" || t[b].lower in SMALL_NUMBERS) return true;
    return false;
  }
  // "would nearly double", "to more than double", "rather than double" are verbs; "was double", "at double" are figures.
  return w.kind === "word" && !BEFORE_VERB.test(w.lower) && /^(?:is|was|were|are|be|been|being|at|by|of|for|over|with)$/.test(w.lower);
}

/** Verbs of a change by steps, besides those of `CHANGE_VERB`: "downgraded it by one category", "extended by one year". */
const STEP_VERB = /^(?:upgraded|downgraded|extended|shortened|lengthened|delayed|postponed|hiked|trimmed)$/;

/** "downgraded it by one category", "raised the rate by one percentage point": the size of a change, stated. */
function changedByOne(t: Tok[], at: number): boolean {
  if (t[at - 1]?.lower !== "by") return false;
  for (let j = at - 2; j >= Math.max(0, at - 6); j--) {
    if (t[j].kind !== "word") return false;
    if (CHANGE_VERB.test(t[j].lower) || STEP_VERB.test(t[j].lower)) return true;
  }
  return false;
}

/**
 * "moved its date up by a day", "raised the rate by a full percentage point", "extended by an hour": "by a" (or "by an"),
 * perhaps "full" or "whole", then a span of time or a measure, after a verb of change: the change is one of that unit.
 * A "full"/"whole" between is passed over (`a.to` moves past it). "hit by a car", "rose by a third" are none.
 */
function changedByAUnit(t: Tok[], a: Core): boolean {
  if (!/^an?$/.test(t[a.numAt].lower) || a.to !== a.numAt + 1 || !changedByOne(t, a.numAt)) return false;
  const k = /^(?:full|whole)$/.test(t[a.to]?.lower ?? "") ? a.to + 1 : a.to;
  const x = t[k];
  if (x?.kind !== "word" || x.text !== x.lower) return false;
  const unit = TIME_UNITS.has(x.lower) || (/^(?:percentage|basis)$/.test(x.lower) && t[k + 1]?.lower === "point") || (x.lower !== "point" && MEASURE.test(measureAt(t, k)?.unit ?? ""));
  if (unit) a.to = k;
  return unit;
}

/** People a list of counts names one more of, besides PERSON: "three drivers and a paramedic", "14 men, 3 women and a child". */
const MORE_PEOPLE = /^(?:person|people|adult|child|minor|baby|infant|toddler|youth|teen|paramedic|medic|firefighter|policeman|policewoman|guard|civilian|hostage|villager|protester|journalist|reporter|tourist|miner|fisherman|crewman|sailor|relative|member|official|witness|bystander|employee|volunteer|rescuer|militant|rebel|gunman|attacker|prisoner|inmate|detainee|migrant|refugee|pupil|nun|monk)$/;
const listedPerson = (w: string) => PERSON.test(w) || MORE_PEOPLE.test(w);
/** What may follow the one more of a list: the end of a clause, or a preposition ("and a woman on Monday"); never a verb. */
const LIST_END_SYM = /^[,.;:!?)\u2013\u2014"”’']$/;
const LIST_END_PREP = /^(?:in|on|at|from|by|for|with|near|inside|outside|during|after|before|since|across|into|aboard|among|under|over|through|without|within|to|along|behind|onto|off)$/;

/**
 * "injuring three drivers and a paramedic", "17 adults, two women and a minor": "and a" closing a list of counts of
 * people right after the last count, before a person noun that ends the list (a stop, a comma or a preposition after
 * it), is one more of the list. "and a half", "and a number of", "and a sense of loss", "$3 million and a pledge", a
 * thing of another kind ("3 bodies and a note") and a clause's subject ("40 hostages and a pilot said") are none.
 */
function lastOfListedCounts(s: string, t: Tok[], a: Core, previous: QuantityMention | undefined): boolean {
  if (!/^an?$/.test(t[a.numAt].lower) || a.to !== a.numAt + 1 || t[a.numAt - 1]?.lower !== "and" || !previous?.unit || previous.value === null) return false;
  if (!listedPerson(previous.unit.split(" ").at(-1) ?? "")) return false;
  if (!/^\s*,?\s*$/.test(s.slice(previous.end, t[a.numAt - 1].start))) return false;
  const x = t[a.to];
  if (x?.kind !== "word" || x.joined || x.text !== x.lower || !listedPerson(x.lower)) return false;
  // The noun ends the list: a full stop, a comma or a preposition after it, never "of" ("and a sense of loss") or a verb.
  const after = t[a.to + 1];
  return !after || (after.kind === "sym" ? LIST_END_SYM.test(after.text) : LIST_END_PREP.test(after.lower));
}

/**
 * A compass side of a place before "half" or "third": "the western half", "the north-eastern third". Only compass words:
 * "the lower half of earners", "the upper half of the class" are shares of people or things, not regions.
 */
const SIDE = /^(?:(?:north|south)?(?:-?(?:eastern|western))|northern|southern)$/;

/** A measure or money unit right after a number, written on its own or after a hyphen ("one-yen"). */
/** "a one-day strike": a span written as one hyphenated word is an amount even with "one" ("One-Day International" is a name). */
function hyphenatedSpan(t: Tok[], k: number): boolean {
  const w = t[k + 1];
  return t[k]?.text === "-" && t[k].joined && !!w?.joined && TIME_UNITS.has(w.lower) && w.text === w.lower;
}

/** Words before a tally of votes: "the Senate voted 52-48", "the bill passed 61-39". */
const VOTED = /\b(?:vot(?:e|ed|es|ing)|passed|approved|rejected|adopted|defeated|confirmed|ruled|backed|endorsed)\s+(?:\p{L}+\s+){0,3}$/iu;

/** Words only a vote has: "voted", "passed", "approved" (a match is also "defeated" or "ruled"). */
const LEGISLATIVE_VOTE = /\b(?:vot(?:e|ed|es|ing)|passed|approved|adopted|confirmed|backed|endorsed)\b/i;

/** Places a flight, a launch or a spread passes over. */
const PLACE_UNITS = /^(?:region|province|state|district|county|city|town|village|country|oblast|area|territory|island|continent|municipality)$/;
const OVERFLIGHT_VERB = /^(?:raised|hoisted|declared|imposed|launched|flew|flown|flying|fired|scattered|spread|dispersed|hovered|hovering|downed|intercepted|destroyed|sighted|spotted)$/;

/**
 * Words of a dispute, of holding something, or of an outcry about it, before "over": "a row over", "sovereignty over",
 * "outrage over 3 killings". What follows is what the dispute is about, whatever it is.
 */
const DISPUTE_NOUN = /^(?:quarrel|quarrels|dispute|disputes|row|rows|feud|feuds|wrangle|squabble|tussle|standoff|tensions|war|conflict|sovereignty|jurisdiction|control|outrage|outcry|uproar|anger|fury|protest|protests|lawsuit|lawsuits)$/;
/**
 * Verbs of fighting or arguing before "over": "fought over 3 reefs". They take "over" as "more than" of most things
 * ("battled over 300 wildfires", "fought over 3 wars"), so they read a dispute only over a place or holding
 * (DISPUTED_HOLDING).
 */
const DISPUTE_VERB = /^(?:fought|fight|fights|fighting|clash|clashed|clashes|clashing|quarrelled|quarreled|disputed|disputing|feuding|battle|battles|battled|battling|wrangled|wrangling|argue|argued|arguing|squabbled|tussled)$/;
/** Places and holdings fought over: the places of PLACE_UNITS and reefs, rivers, borders, dams, seats, farms. */
const DISPUTED_HOLDING = /^(?:islet|farm|estate|property|house|home|atoll|reef|shoal|river|lake|canal|land|border|dam|water|well|oilfield|field|mine|plot|seat|enclave|pipeline)$/;

/** Whether "over" after `word` names what is disputed (a unit of `unit`), not "more than": see DISPUTE_NOUN, DISPUTE_VERB. */
function disputedOver(word: string, unit: string): boolean {
  if (TIME_UNITS.has(unit) || listedPerson(unit)) return false;
  if (DISPUTE_NOUN.test(word)) return true;
  return DISPUTE_VERB.test(word) && (PLACE_UNITS.test(unit) || DISPUTED_HOLDING.test(unit));
}

/** "-hectare area", "-km stretch": a hyphenated measure before a noun that names a stretch of ground or water. */
function expanseNounAfter(t: Tok[], k: number): boolean {
  const j = t[k]?.text === "-" && t[k].joined ? k + 1 : -1;
  return j > 0 && !!t[j]?.joined && /^(?:area|stretch|swath|swathe|radius|zone|strip|belt|tract|expanse|corridor|section)$/.test(t[j + 1]?.lower ?? "");
}

/**
 * "carried out over eight days", "rained heavily over two days": a verb of occurring or spreading before "over <time>",
 * with an adverb between or not, makes the span; a verb of lasting or waiting ("waited over two hours") keeps "more than".
 */
function occurredBefore(t: Tok[], over: number): boolean {
  let v = t[over - 1];
  // Only a lower-case adverb: "married Emily over 30 years ago" names no way of occurring.
  if (v?.kind === "word" && v.text === v.lower && v.lower.length > 4 && v.lower.endsWith("ly") && t[over - 2]?.kind === "word") v = t[over - 2];
  return !!v && DURATION_VERB.test(v.lower) && !LASTING_VERB.test(v.lower);
}

/** "-month period", "-year span": a hyphenated unit of time before a noun that names a stretch of time. */
function spanNounAfter(t: Tok[], k: number): boolean {
  const j = t[k]?.text === "-" && t[k].joined ? k + 1 : -1;
  return j > 0 && !!t[j]?.joined && TIME_UNITS.has(t[j].lower) && /^(?:period|span|stretch|window|spell|timeframe|interval)$/.test(t[j + 1]?.lower ?? "");
}

/**
 * "its highest level for a decade", "the first cut for a decade": a superlative, "first" or "record" a few words
 * before frames a record, not a span that lasted (as "the worst in a decade" is none).
 */
function recordFrameBefore(t: Tok[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (t[j].text === "," || t[j].text === ".") return false;
    if (SUPERLATIVE.test(t[j].lower) || RECORD_WORD.test(t[j].lower)) return true;
  }
  return false;
}
/** A record's frame: a superlative (`SUPERLATIVE`) or one of these. */
const RECORD_WORD = /^(?:first|last|smallest|longest|shortest|strongest|weakest|fastest|slowest|deepest|steepest|sharpest|heaviest|hottest|coldest|wettest|driest|latest)$/;

/** Two whole numbers joined by a hyphen: "11-9". */
function pairAt(t: Tok[], k: number): boolean {
  const [x, dash, y] = [t[k], t[k + 1], t[k + 2]];
  return x?.kind === "num" && /^\d{1,3}$/.test(x.text) && dash?.text === "-" && dash.joined && y?.kind === "num" && y.joined && /^\d{1,3}$/.test(y.text);
}

/**
 * A score ("won 24-17", "tiebreak 11-9", "6-4, 3-6, 7-6 (11-9)"): a pair whose first number is the larger
 * (ranges go up), or any pair next to another pair; returns the token after it, or 0 when it is none.
 */
function scoreAt(t: Tok[], a: Core): number {
  if (a.currency || a.percent || a.scale !== 1 || a.numAt !== a.from || !pairAt(t, a.numAt)) return 0;
  const k = a.numAt;
  const after = k + 3;
  if (findUnit(t, after, false).unit) return 0;
  // "a 50-50 chance", "drew 1-1": two equal sides are a tie or an even split, never a range.
  const descending = Number(t[k].text) >= Number(t[k + 2].text);
  return descending || pairListedAt(t, k) ? after : 0;
}

/** A pair next to another pair: the sets of a score line ("defeated him 6-0, 6-2"), never a tally of votes. */
function pairListedAt(t: Tok[], k: number): boolean {
  // Before it, then after it, nearest first (no arrays or closure per figure).
  return (k >= 4 && pairAt(t, k - 4)) || (k >= 5 && pairAt(t, k - 5)) || (k >= 6 && pairAt(t, k - 6)) || pairAt(t, k + 4) || pairAt(t, k + 5);
}

/** "plus or minus one percentage point", "plus/minus one point": a stated margin, an amount even when it is "one". */
function marginAt(t: Tok[], from: number): boolean {
  return t[from]?.lower === "minus" && (t[from - 1]?.lower === "or" || t[from - 1]?.text === "/") && t[from - 2]?.lower === "plus";
}

/**
 * "A week of heavy rains", "after a month of protests": a span filled with repeated events, asserted like "four days of
 * rain"; "a year of music", "a day of mourning" (one thing, idiomatic) and "every day of the week" (a frame) are none.
 */
function spanOfAt(t: Tok[], numAt: number, k: number): boolean {
  const [w, of] = [t[k], t[k + 1]];
  if (!w || w.kind !== "word" || w.joined || !TIME_UNITS.has(w.lower) || of?.lower !== "of") return false;
  if (/^(?:the|every|each|per|once|twice|half|any|no)$/.test(t[numAt - 1]?.lower ?? "")) return false;
  const lowerWord = (x: Tok | undefined) => x?.kind === "word" && x.text === x.lower && !UNIT_STOP.has(x.lower);
  // One describing word may stand before the events: "heavy rains", "deadly clashes".
  const noun = lowerWord(t[k + 2]) && isPluralWord(t[k + 2].lower) ? t[k + 2] : lowerWord(t[k + 2]) && lowerWord(t[k + 3]) && isPluralWord(t[k + 3].lower) ? t[k + 3] : null;
  return !!noun && !TIME_UNITS.has(noun.lower.replace(/s$/, ""));
}

/**
 * "caught 118 mm (heavy) rain over 24 hours", "1,402.5mm rain over three months": a figure a few words before
 * "over <span>" in the same phrase is what accrued over it, so the span is stated, not "more than"; "delays of over 24
 * hours" and "for over a decade" keep the bound.
 */
function amountAccruedBefore(t: Tok[], over: number, lastEnd: number | undefined): boolean {
  // "during its over three year tenure": after a determiner "over" is "more than" a span owned.
  if (lastEnd === undefined || /^(?:of|for|than|by|after|in|is|was|were|are|be|been|lasted|lasting|took|takes|waited|their|his|her|its|our|the)$/.test(t[over - 1]?.lower ?? "")) return false;
  for (let j = over - 1, n = 0; j >= 0 && n < 7; j--, n++) {
    if (t[j].end === lastEnd) return true;
    if (t[j].kind !== "word" && !/^[()]$/.test(t[j].text)) return false;
    // "30 people were stuck over two hours": a verb of its own between them makes "over" a bound again.
    if (/^(?:was|were|is|are|be|been|being|has|have|had|waited|stuck|stranded|trapped|lasted|stayed)$/.test(t[j].lower)) return false;
  }
  return false;
}

/** "in a single day", "one single season": one span of time, said as such. */
function singleSpan(t: Tok[], k: number): boolean {
  if (t[k]?.lower !== "single" || !TIME_UNITS.has(t[k + 1]?.lower ?? "")) return false;
  // "the most cases reported in a single year": the frame of a record, not a span claimed.
  for (let j = k - 2; j >= Math.max(0, k - 10); j--) if (SUPERLATIVE.test(t[j].lower)) return false;
  return true;
}
const SUPERLATIVE = /^(?:most|highest|largest|biggest|greatest|worst|best|lowest|fewest|least|record|ever)$/;

/**
 * "fell almost 2 percent in one month", "prices doubled in one year": "in one" and a span of time right after a change
 * (its figure or its verb) is the period it took, a span of one. "the most rain in one day" (a record's frame), "In one
 * day, he ...", "hopes to finish in one week" are no period of a change. `at` is where "one" stands, `to` after it.
 */
function periodOfChange(t: Tok[], at: number, to: number, prev: QuantityMention | undefined): boolean {
  if (t[at].lower !== "one" || t[at - 1]?.lower !== "in" || !TIME_UNITS.has(t[to]?.lower ?? "") || at < 2) return false;
  if (prev?.end !== t[at - 2].end && !CHANGE_VERB.test(t[at - 2].lower)) return false;
  for (let j = at - 2; j >= Math.max(0, at - 10); j--) if (SUPERLATIVE.test(t[j].lower)) return false;
  return true;
}

/** "month and a half", "year and half" at k, a unit of time or measure; null when none. */
function unitAndAHalf(t: Tok[], k: number): { unit: string; to: number } | null {
  const x = t[k];
  if (!x || x.kind !== "word" || x.joined || t[k + 1]?.lower !== "and") return null;
  const unit = TIME_UNITS.has(x.lower) ? x.lower : measureAt(t, k)?.to === k + 1 ? measureAt(t, k)!.unit : null;
  if (!unit) return null;
  if (t[k + 2]?.lower === "half") return { unit, to: k + 3 };
  if (/^(?:a|one)$/.test(t[k + 2]?.lower ?? "") && t[k + 3]?.lower === "half") return { unit, to: k + 4 };
  return null;
}

/** Money or a measure right after a number, not a lone letter ("Gate 5 m" stays a gate). */
function measuredAfter(t: Tok[], k: number): boolean {
  const m = measureAt(t, k);
  return !!m && (CURRENCY_NAMES.has(m.unit) || (t[k].text.length > 1 && MEASURE.test(m.unit)));
}

function measureAfter(t: Tok[], k: number): boolean {
  const j = t[k]?.text === "-" && t[k].joined && t[k + 1]?.joined ? k + 1 : k;
  return !!measureAt(t, j);
}

/**
 * "more than a foot of snow", "less than an inch", "at least a kilogram": "a"/"an" after a bound is one of the measure
 * that follows it (the bound makes it an amount; "on foot", "set foot", "a foot of the bed" have none), as is a depth
 * of snow, rain or water without one (`depthOfOne`).
 */
function boundedMeasureOfOne(t: Tok[], a: Core, unit: string, preQ: { q: Qualifier } | null): boolean {
  return (!!preQ || depthOfOne(t, a)) && measureAt(t, a.to)?.unit === unit;
}

/** What lies or falls to a depth: "a foot of snow", "an inch of rain", "a metre of floodwater". */
const DEPTH_STUFF = /^(?:snow|snowfall|rain|rainfall|water|floodwater|floodwaters|ice|hail|sleet|mud|slush)$/;

/** "dumped a foot of snow", "an inch of rain fell", "under a metre of water": "a"/"an" before a length of snow or water is one, its depth. */
function depthOfOne(t: Tok[], a: Core): boolean {
  const m = /^an?$/.test(t[a.numAt].lower) ? measureAt(t, a.to) : null;
  return !!m && LENGTH_BASE.test(m.unit) && t[m.to]?.lower === "of" && DEPTH_STUFF.test(t[m.to + 1]?.lower ?? "");
}

function preQualifier(t: Tok[], i: number): { q: Qualifier; from: number } | null {
  const right = qualifierRightBefore(t, i) ?? qualifierBeforeQuote(t, i);
  // "went up to 30", "will go up to $5 from $4": the level reached, no ceiling.
  if (right && right.q === "at_most" && risenTo(t, right.from, i)) return null;
  return negatedBound(t, right ?? qualifierBeforeAverage(t, i, qualifierRightBefore) ?? boundBeforeBenchmark(t, i, qualifierRightBefore) ?? atBest(t, i) ?? boundBeforeComma(t, i) ?? topAsVerb(t, i) ?? passingAsVerb(t, i) ?? nearMoney(t, i) ?? droppedWordBound(t, i));
}

/**
 * "one home", "one percent", "one dollar" at k, after a share's "of" ("half of one home was torn away"): the single
 * thing's unit and where it ends; null when "one" starts a larger number ("half of one million") or counts no noun.
 */
function ofOneAt(t: Tok[], k: number): { unit: string; to: number } | null {
  if (t[k]?.lower !== "one") return null;
  const c = parseCore(t, k);
  if (!c || c.value !== 1 || c.scale !== 1) return null;
  if (c.percent || c.currency) return { unit: c.currency ?? "percent", to: c.to };
  const u = findUnit(t, c.to, true);
  return u.unit ? { unit: u.unit, to: u.to } : null;
}

const OPENING_QUOTE = new Set(['"', "“", "‘", "'"]);

/**
 * `some "10,200 people arrived"`, `about "40 percent"`, `nearly “2,000 homes”`: a qualifier written before the opening
 * quotation mark of a quoted figure is the figure's; the mark must open the quotation (glued to the figure, a space
 * before it).
 */
function qualifierBeforeQuote(t: Tok[], i: number): { q: Qualifier; from: number } | null {
  const mark = t[i - 1];
  if (!mark || !OPENING_QUOTE.has(mark.text) || !t[i].joined || mark.joined) return null;
  return qualifierRightBefore(t, i - 1);
}

/**
 * "up to five or six times", "as many as 30 or 40 people": a ceiling before two alternatives is one figure, the
 * higher one at most; "at least 24 or 25 hostages" a floor, the lower one at least. The bound's qualifier and where
 * it starts, or null. "five or six times" stays a range 5..6, and so does a deadline, "within two or three minutes".
 */
function ceilingOfAlternatives(t: Tok[], i: number, b: Core): { q: Qualifier; from: number } | null {
  if (t[b.from - 1]?.lower !== "or") return null;
  const q = qualifierRightBefore(t, i);
  if (q?.q === "at_least") return q;
  return q?.q === "at_most" && t[q.from].lower !== "within" && !risenTo(t, q.from, i) ? q : null;
}

/** A golf score against par: "10-under-par", "3 over par"; one figure in strokes under or over par. */
function parAt(t: Tok[], k: number): { unit: string; to: number } | null {
  const hyphen = t[k]?.text === "-" && t[k].joined ? 1 : 0;
  const side = t[k + hyphen];
  if (!side || !/^(?:under|over)$/.test(side.lower)) return null;
  const p = t[k + hyphen + 1]?.text === "-" ? k + hyphen + 2 : k + hyphen + 1;
  return t[p]?.lower === "par" ? { unit: `stroke ${side.lower} par`, to: p + 1 } : null;
}

/**
 * "will be booked as subscription revenue over two years": a passive of spreading a little before "over" (only nouns
 * and their words between) makes it the span, not "more than"; "held for over two years" keeps its bound.
 */
function spreadVerbBefore(t: Tok[], j: number): boolean {
  for (let n = 0; n < 4 && j - n >= 1; n++) {
    const x = t[j - n];
    if (x.kind !== "word" || /^(?:for|than|in|after|ago|since|was|were|is|are|has|have|had)$/.test(x.lower)) return false;
    if (/^(?:booked|spread|paid|repaid|amortised|amortized|recognised|recognized|phased|staggered|disbursed|invested|spent)$/.test(x.lower)) return /^(?:be|been|being|is|are|was|were)$/.test(t[j - n - 1]?.lower ?? "") || n === 0;
  }
  return false;
}

/**
 * "Cholera cases top 200,000", "expected to top 40C", "could top $1 billion": "top" after a plural subject, "to" or a
 * modal is a verb of passing; "the top 10", "climbed to top 5", "a top 3 finish" are ranks.
 */
function topAsVerb(t: Tok[], i: number): { q: Qualifier; from: number } | null {
  const w = t[i - 2];
  if (t[i - 1]?.lower !== "top" || t[i - 1].text !== "top" || w?.kind !== "word") return null;
  const subject = isPluralWord(w.lower) && !UNIT_STOP.has(w.lower);
  const infinitive = (w.lower === "to" && !CHANGE_VERB.test(t[i - 3]?.lower ?? "") && !/^(?:moved?|moving|leaped|leapt|jumped|back|into|up)$/.test(t[i - 3]?.lower ?? "")) || MODAL.test(w.lower);
  return subject || infinitive ? { q: "more_than", from: i - 1 } : null;
}
const MODAL = /^(?:will|would|could|can|may|might|should|must|cannot)$/;

/**
 * "climbed all decade, passing two million", "Cases passing 10,000": "passing" after a comma or its subject is
 * going past the figure; "has been passing 300 rule changes", "after passing 12 laws" is passing something else.
 */
function passingAsVerb(t: Tok[], i: number): { q: Qualifier; from: number } | null {
  if (t[i - 1]?.lower !== "passing") return null;
  const w = t[i - 2];
  const ok = !w || w.text === "," || (w.kind === "word" && !/^(?:be|been|being|is|was|were|are|am|after|before|by|for|of|in|on|with|without|from|and|or|the|a|an|to|while|when|since|not|of)$/.test(w.lower));
  return ok ? { q: "more_than", from: i - 1 } : null;
}

/**
 * "Oil prices near $90", "inflation near 10%", "losses near 2 billion", "winds near 300kmh": "near" before money, a
 * percent, a scale or a measure is nearly ("near 3 villages" says where).
 */
/** A measure at k that says no place: "300kmh", "40 degrees", not "3 km from the border" nor "2 miles north of". */
function measureNotPlace(t: Tok[], k: number): boolean {
  const m = measureAt(t, k);
  return !!m && !/^(?:from|of|away|outside|off|inland|offshore|north|south|east|west|northeast|northwest|southeast|southwest)$/.test(t[m.to]?.lower ?? "");
}

function nearMoney(t: Tok[], i: number): { q: Qualifier; from: number } | null {
  if (t[i - 1]?.lower !== "near" || t[i - 1].kind !== "word") return null;
  const x = t[i];
  const money = x?.kind === "sym" ? x.text in CURRENCY_SYMBOLS : false;
  const after = t[i + 1];
  const amount = money || (x?.kind === "num" && !!after && (after.text === "%" || /^(?:percent|per|million|billion|trillion|bn|m)$/.test(after.lower) || measureNotPlace(t, i + 1)));
  return amount ? { q: "nearly", from: i - 1 } : null;
}

function qualifierRightBefore(t: Tok[], i: number): { q: Qualifier; from: number } | null {
  let skipped = false;
  i -= addedBefore(t, i);
  // "more than a 50 percent jump": the article before a figure in digits.
  // "around a three-year low", "nearly a three-hour wait": the same before a number word joined to its span, only for an approximation.
  const wordSpan = t[i]?.kind === "word" && t[i].lower in SMALL_NUMBERS && t[i + 1]?.text === "-" && t[i + 1].joined && TIME_UNITS.has(t[i + 2]?.lower ?? "");
  // "under a 25-year lease", "greater than a 100-year event": a figure joined to its unit before a noun describes the
  // thing, which the bound is about, not the figure (only an approximation passes to it: "around a 30-year low").
  const compound = t[i]?.kind === "num" && t[i + 1]?.text === "-" && t[i + 1].joined && t[i + 2]?.kind === "word" && t[i + 3]?.kind === "word";
  const article = (t[i]?.kind === "num" || wordSpan) && i >= 2 && /^an?$/.test(t[i - 1].lower) && QUALIFIER_WORDS.has(t[i - 2].lower);
  if (article) i -= 1;
  if (i >= 2 && t[i - 2].lower === "the" && /^(?:next|past|last|first|coming)$/.test(t[i - 1].lower)) {
    i -= 2;
    skipped = true;
  }
  if (i < 1 || t[i - 1].kind !== "word" || !QUALIFIER_LAST_WORDS.has(t[i - 1].lower)) return null;
  // The phrases ending right before the figure, one to five words, then the longest that is a qualifier.
  const phrases: string[] = [];
  let phrase = "";
  for (let n = 1; n <= QUALIFIER_MAX_WORDS && i - n >= 0 && t[i - n].kind === "word"; n++) {
    phrase = n === 1 ? t[i - 1].lower : `${t[i - n].lower} ${phrase}`;
    phrases.push(phrase);
  }
  for (let n = phrases.length; n >= 1; n--) {
    const q = QUALIFIER_BY_PHRASE.get(phrases[n - 1]);
    // "at least the next 18 months" qualifies the figure; "over the past 10 years" is a time frame.
    // "within the next 10 years", "within the first 48 hours": a deadline ahead bounds the span as "within 10 years" does.
    const ahead = skipped && phrases[n - 1] === "within" && /^(?:next|coming|first)$/.test(t[i + 1].lower);
    if (q && article && (wordSpan || compound) && q !== "approximately" && q !== "nearly") return null;
    if (q && !(skipped && n === 1 && !ahead) && !(phrases[n - 1] === "about" && aboutAsPreposition(t, i - n))) {
      if ((phrases[n - 1] === "estimated" || phrases[n - 1] === "estimated that") && estimatedAsVerb(t, i - n, article)) return null;
      // "forecasters estimate a 5% fall" says who made the estimate, as "had estimated a 5% fall" does.
      if (/^estimates?$/.test(phrases[n - 1]) && (article || estimateAsNoun(t, i - n))) return null;
      if (phrases[n - 1] === "limited to" && limitedAsOutcome(t, i - n)) return null;
      return { q: q as Qualifier, from: i - n };
    }
  }
  return null;
}

/**
 * "up to an extra 1 percent", "more than an additional 500 troops", "as many as another 3,000": words of an amount added
 * to another between a qualifier and its figure; how many (0 when none, or when no qualifier's last word comes before).
 */
function addedBefore(t: Tok[], i: number): number {
  const w = t[i - 1]?.lower;
  const n = w === "another" ? 1 : /^(?:extra|additional|further)$/.test(w ?? "") && /^an?$/.test(t[i - 2]?.lower ?? "") ? 2 : 0;
  // "spread over another 12 months", "within a further 10 days": a preposition there says when, not how many.
  const q = t[i - n - 1]?.lower ?? "";
  return n && QUALIFIER_LAST_WORDS.has(q) && !/^(?:over|within|under|above|below|beyond)$/.test(q) ? n : 0;
}

/**
 * "an estimated 3,000", "some estimated 40 homes": "estimated" describing the figure approximates it. As the verb of
 * who made the estimate ("analysts had estimated a 5% fall", "the army earlier estimated 900") it only says who
 * gave the figure: before "a"/"an", or after "had"/"has"/"have", a pronoun or an adverb of time.
 */
function estimatedAsVerb(t: Tok[], j: number, article: boolean): boolean {
  return article || /^(?:had|has|have|having|he|she|they|we|it|who|which|earlier|initially|previously|originally|first|also|later)$/.test(t[j - 1]?.lower ?? "");
}

/** A scale word, singular or plural, after "tens of". */
const SCALE_AFTER_TENS = new RegExp(`^(?:${Object.keys(SCALE_WORDS).join("|")}|hundreds|thousands|millions|billions|trillions)$`);

/** `VAGUE_PATTERNS` by their first word, each list in the lexicon's order: a token is tried only on those it starts. */
const VAGUE_BY_FIRST_WORD = new Map<string, typeof VAGUE_PATTERNS>();
for (const p of VAGUE_PATTERNS) VAGUE_BY_FIRST_WORD.set(p.words[0], [...(VAGUE_BY_FIRST_WORD.get(p.words[0]) ?? []), p]);
const NO_PATTERNS: typeof VAGUE_PATTERNS = [];

/** A bare plural scale word, lower case (BARE_VAGUE_WORDS). */
const BARE_VAGUE = new RegExp(`^(?:${BARE_VAGUE_WORDS.join("|")})$`);

/**
 * "Mega Millions and Powerball are sold", "tickets for Mega Millions": a capitalised bare scale word after another
 * capitalised word, not opening the sentence, is part of a name, no amount. A title-case line ("Storm Leaves Millions
 * Without Power", "Bus Crash Injures Dozens") capitalises every word, so there it stays an amount (see
 * `vagueNamedInBody` for a headline that repeats a name of the article).
 */
function vagueInName(t: Tok[], i: number): boolean {
  const [x, prev] = [t[i], t[i - 1]];
  if (i === 0 || x.text === x.lower || !BARE_VAGUE.test(x.lower) || prev?.kind !== "word" || !CAP.test(prev.text) || prev.joined || x.joined) return false;
  return !isTitleCase(t);
}

/** A line whose words are all capitalised but for words of grammar ("Storm Leaves Millions Without Power"). */
function isTitleCase(t: Tok[]): boolean {
  return !t.some((w) => w.kind === "word" && w.text.length > 1 && /^\p{Ll}/u.test(w.text) && !UNIT_STOP.has(w.lower));
}

function matchVague(s: string, t: Tok[], i: number, counted: boolean): { m: QuantityMention; to: number } | null {
  if (t[i].kind !== "word") return null;
  for (const p of VAGUE_BY_FIRST_WORD.get(t[i].lower) ?? NO_PATTERNS) {
    if (!p.words.every((w, n) => t[i + n]?.lower === w && (n === 0 || t[i + n].kind === "word"))) continue;
    // "the next few days", "the past few weeks": "few" after a word of time counts like "a few".
    if (p.words[0] === "few" && !/^(?:next|past|last|coming|first|these|those)$/.test(t[i - 1]?.lower ?? "")) continue;
    // "tens of lakhs", "tens of hundreds": the generic "tens of" a unit is no bound of a scale word's tens.
    if (p.words.length === 2 && p.words[0] === "tens" && SCALE_AFTER_TENS.test(t[i + 2]?.lower ?? "")) continue;
    // "and scores injured", "wounding scores": a bare "scores" counts only people something befell ("test scores" are none).
    if (p.words.length === 1 && p.words[0] === "scores" && !(SCORES_BEFORE.test(t[i - 1]?.lower ?? "") && SCORES_AFTER.test(t[i + 1]?.lower ?? ".")))
      continue;
    const k = i + p.words.length;
    // "Thousands flee homes": a bare vague amount takes its noun only from right after it or after "of".
    let u = BARE_VAGUE.test(t[k - 1].lower) ? findUnit(t, k, false, false, true) : findUnit(t, k, false);
    const needsUnit = p.words[0] === "several" || p.words[0] === "a" || p.words[0] === "few";
    // "several provincial and ministerial level officials": two describing words joined before the noun.
    // "hundreds of beef and dairy cattle": the same after "of" a bare vague amount.
    const d = needsUnit ? k : BARE_VAGUE.test(t[k - 1].lower) && t[k]?.lower === "of" ? k + 1 : -1;
    if (!u.unit && d >= 0 && t[d]?.kind === "word" && t[d].text === t[d].lower && !UNIT_STOP.has(t[d].lower) && /^(?:and|or)$/.test(t[d + 1]?.lower ?? "") && t[d + 2]?.kind === "word" && !(t[d + 2].lower in SMALL_NUMBERS))
      u = findUnit(t, d + 2, false);
    // "abducted several others", "a few more": the noun is the group's before it, found from the sentence.
    const ofGroup = p.words[0] === "several" && /^(?:others|more)$/.test(t[k]?.lower ?? "") && (counted || BEFALLEN_AFTER.test(t[k + 1]?.lower ?? ""));
    // "Several dead", "a few were injured": people something befell, their noun left out.
    if (needsUnit && !u.unit && !ofGroup && !(p.words[0] !== "few" && VAGUE_BEFALLEN.test(s.slice(t[k - 1].end, t[k - 1].end + 70)))) return null;
    // "Hundreds of Rohingya have reached", "dozens of displaced Sudanese arrived": a people named by a capitalised word.
    if (!u.unit && d === k + 1) u = peopleNamedAt(t, k + 1) ?? u;
    const end = u.unit ? u.to : k;
    return { m: mention(s, t, i, end, { value: null, low: p.low, high: p.high, qualifier: "vague", unit: u.unit }), to: end };
  }
  return null;
}

/** What follows a people's name that is the subject or object of a clause: a verb, a clause's or phrase's start. */
const AFTER_PEOPLE = /^(?:have|has|had|were|are|was|who|in|from|at|to|on|with|fled|flee|remain|remained|live|lived|still|now|\.|;)$/;

/**
 * "of Rohingya have", "of displaced Sudanese arrived", "of Rohingya, a minority": a capitalised word (after at most one
 * lower-case describing word) read as the people counted, when a verb, an aside or a preposition follows it; "of
 * Tesla cars", "of New Yorkers", "of Gaza's residents", "of Selvan and Oder households" are left to the counted
 * noun's own reading.
 */
function peopleNamedAt(t: Tok[], k: number): { unit: string; to: number } | null {
  let j = k;
  if (t[j]?.kind === "word" && t[j].text === t[j].lower && !UNIT_STOP.has(t[j].lower) && /(?:ed|ing)$/.test(t[j].lower)) j++;
  const x = t[j];
  const next = t[j + 1];
  if (x?.kind !== "word" || x.joined || !/^\p{Lu}\p{Ll}{3,}$/u.test(x.text) || MONTHS.has(x.lower) || !next || (next.kind === "word" && next.joined)) return null;
  // "of Rohingya, a minority" but not a list of places naming the noun: "of Selvan, Oder and Mira households".
  // "of Brenna, the capital," / "of Orlen, a northern town,": an aside with an article makes a people only when it names one.
  const aside =
    next.text === "," && t[j + 2]?.kind === "word" && t[j + 2].text === t[j + 2].lower && /^(?:a|an|the|who|many|most|some|mostly)$/.test(t[j + 2].lower) && (!/^(?:a|an|the)$/.test(t[j + 2].lower) || asideNamesPeople(t, j + 1));
  if (!aside && !AFTER_PEOPLE.test(next.lower) && !(next.kind === "word" && next.text === next.lower && /ed$/.test(next.lower))) return null;
  return { unit: singularize(x.lower), to: j + 1 };
}

/** "Several others were hurt": what befell a group that is not named. */
const BEFALLEN_AFTER = /^(?:were|was|have|had|are|died|remain|remained|injured|wounded|killed|hurt|missing)$/;
const SCORES_BEFORE = /^(?:and|killing|injuring|wounding|leaving|left|killed|injured|wounded|hurt|with|while)$/;
const SCORES_AFTER = /^(?:injured|wounded|killed|dead|hurt|missing|more|others|\.|,)$/;
const CAP = /^\p{Lu}/u;
const DIAL = /^(?:call|dial|dialled|dialed|hotline|helpline|phone|telephone|line|tel)$/;
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Suffixes of aircraft, phone and car models, printed after the model's number. */
const MODEL_SUFFIX = /^(?:MAX|Max|NEO|neo|Dreamliner|XLR|LR|ER|GTI)$/;

/** Words of comparison before a four-digit number that make it an amount, not a year ("above 1000"). */
const COMPARED = new Set(["than", "above", "below", "exceed", "exceeds", "exceeded", "exceeding", "least", "most", "surpassed"]);

/**
 * "will hold 54 seats, the Tamil Alliance 10 seats": a name, then a figure of the noun a figure before it in the
 * sentence counted, is an item of a results list, not a label ("Flight 370").
 */
function countedAgainAfterName(t: Tok[], a: Core): boolean {
  const noun = t[a.to];
  if (noun?.kind !== "word" || noun.joined || noun.text !== noun.lower || !isPluralWord(noun.lower)) return false;
  for (let j = 0; j < a.from - 1; j++) {
    const x = t[j];
    const number = x.kind === "num" || (x.kind === "word" && x.lower in SMALL_NUMBERS);
    if (number && t[j + 1]?.lower === noun.lower) return true;
  }
  return false;
}

/** People, then the bound of their age group: "children under ", "residents are over ", "victims were aged over ". */
const AGE_GROUP_BEFORE = /\b(?:children|kids|babies|infants|adults|people|those|men|women|boys|girls|patients|residents|pensioners|victims|voters|workers|citizens|respondents|members)\s+(?:(?:are|were|is|was)\s+)?(?:(?:all\s+)?aged\s+)?(?:under|over|below|above|aged)\s+$/i;
/** The words that bound an age group ("children under five"), lower case. */
const AGE_GROUP_BOUND = new Set(["under", "over", "below", "above", "aged"]);

/** A thing, not a person or an animal, after "N-year-old": its age is a span that can be checked. */
const AGED_THING = /^-years?-old\s+(?:record|ban|law|rule|dispute|conflict|war|insurgency|tradition|policy|treaty|agreement|mystery|company|firm|institution|building|bridge|dam|church|temple|mosque|cathedral|monument|structure|pipeline|reactor|rivalry|feud|regime|moratorium|embargo|blockade|ceasefire|truce|constitution|statute)s?\b/i;

/**
 * "115.0cpl", "(112.4cpl)": a decimal with lower-case letters glued after it that the lexicon does not know is a
 * measure in its abbreviation (codes and names glue letters to whole numbers: "9news", "4wd"); its value is read.
 */
function gluedAbbreviation(t: Tok[], a: Core): boolean {
  const x = t[a.to];
  return a.scale === 1 && !a.currency && t[a.numAt].kind === "num" && /^\d+\.\d+$/.test(t[a.numAt].text) && /^[a-z]{2,5}$/.test(x.text) && !(t[a.to + 1]?.joined && t[a.to + 1].kind !== "sym");
}

/** A copula before a person's age stated as a claim, the ages listed before it: "were ", "are all aged between ", "was aged 14, ". */
const AGE_COPULA = /\b(?:is|are|was|were)\s+(?:all\s+)?(aged\s+(?:between\s+)?)?(?:\d{1,3}\s*(?:,|and|or)\s*){0,6}$/i;
/** The word right before a stated age: the copula, "aged", "between", or the list before it. */
const AGE_LEAD = new Set(["is", "are", "was", "were", "aged", "between", ",", "and", "or"]);
/** The rest of a list of ages, then "years old": " years old", ", 70 and 95 years old". */
const AGES_THEN_OLD = /^(?:\s*(?:,|,?\s*and|,?\s*or)\s*\d{1,3})*\s+years?\s+old\b/i;

/**
 * "The victims were 66, 70 and 95 years old", "the boy was aged 14", "all of whom are aged between 24 and 44": a
 * person's age said of the subject by a copula is the point of the claim, a figure in years (each age of a list, or the
 * range). An age that describes a name ("Bell, 56,", "the man, aged 54, was held") or an age group ("aged over 70")
 * stays no figure (`isNotAmount`). The figure and where it ends, or null.
 */
function statedAgeAt(s: string, t: Tok[], a: Core, between: boolean): { q: Quantity; to: number } | null {
  if (!AGE_LEAD.has(t[a.from - 1]?.lower ?? "") || a.currency || a.percent || a.scale !== 1 || a.fraction || t[a.numAt].kind !== "num" || !/^\d{1,3}$/.test(t[a.numAt].text)) return null;
  const copula = AGE_COPULA.exec(s.slice(Math.max(0, t[a.from].start - 40), t[a.from].start));
  if (!copula || between !== /between/i.test(copula[1] ?? "")) return null;
  const old = AGES_THEN_OLD.exec(s.slice(t[a.to - 1].end, t[a.to - 1].end + 40));
  if (!copula[1] && !old) return null;
  if (between) {
    const b = t[a.to]?.lower === "and" ? parseCore(t, a.to + 1) : null;
    if (!b || b.value <= a.value || t[b.numAt].kind !== "num") return null;
    return { q: { value: null, low: a.value, high: b.value, qualifier: "range", unit: "year" }, to: b.to };
  }
  // The last age of the list takes "years old" into its mention.
  const to = old && old[0].trimStart().toLowerCase().startsWith("year") ? a.to + 2 : a.to;
  return { q: { value: a.value, ...bounds("exact", a.value), qualifier: "exact", unit: "year" }, to };
}

/** Dates, years, clock times, ages, ordinals, labels and codes. */
/**
 * A four-digit figure the words around name as a year: "fiscal year 2019 spending bills", "the 2019 fiscal year",
 * "in fiscal 2020", "FY 2021", "below 2019 levels" (a year's level, after a comparison word too), "the 2007
 * model-year cars", and the later end of a span of years before the years or seasons it names ("the 2010 to 2012
 * seasons", "the 2019 and 2020 crop years").
 */
function namedYear(t: Tok[], a: Core): boolean {
  const prev = t[a.from - 1];
  const next = t[a.to];
  if (prev?.kind === "word" && !t[a.from].joined) {
    if (prev.lower === "fiscal" || prev.lower === "fy") return true;
    if (prev.lower === "year" && YEAR_KIND.has(t[a.from - 2]?.lower ?? "")) return true;
  }
  if (next?.kind !== "word" || next.joined) return false;
  const hyphen = t[a.to + 1]?.text === "-" && t[a.to + 1].joined ? 1 : 0;
  if (YEAR_KIND.has(next.lower) && /^years?$/.test(t[a.to + 1 + hyphen]?.lower ?? "")) return true;
  return /^levels?$/.test(next.lower) || yearSpanEnd(t, a);
}
/** Kinds of year a number names with "year": "fiscal year 2019", "the 2019 financial year", "the 2007 model year". */
const YEAR_KIND = new Set(["fiscal", "financial", "calendar", "academic", "school", "tax", "budget", "model"]);

/** A year as written in copy: four digits, no grouping comma, 1800 to 2100. */
const isPlainYear = (x: Tok | undefined): boolean => !!x && x.kind === "num" && /^\d{4}$/.test(x.text) && Number(x.text) >= 1800 && Number(x.text) <= 2100;

/**
 * "from the 2004 to 2007 seasons", "the 2015-2017 crop years", "the 2019 and 2020 seasons": the later year of two
 * joined by to, through, a dash or "and", before years or seasons (one lower-case word may describe them), names those
 * years; it counts none ("from 1998 to 2001 tonnes", "2,004 to 2,007 cars" and "1900 to 2000 years ago" count).
 */
function yearSpanEnd(t: Tok[], a: Core): boolean {
  const join = t[a.from - 1];
  if (!join || !YEAR_JOIN.has(join.lower) || !isPlainYear(t[a.from - 2]) || Number(t[a.from - 2].text) >= a.value) return false;
  const j = SPAN_OF_YEARS.test(t[a.to]?.lower ?? "") ? a.to : a.to + 1;
  return SPAN_OF_YEARS.test(t[j]?.lower ?? "") && (j === a.to || t[a.to].text === t[a.to].lower) && t[j + 1]?.lower !== "ago";
}
const YEAR_JOIN = new Set(["to", "through", "thru", "and", "-", "–"]);
const SPAN_OF_YEARS = /^(?:years|seasons)$/;

function isNotAmount(s: string, t: Tok[], a: Core): boolean {
  const first = t[a.from];
  const num = t[a.numAt];
  const prev = t[a.from - 1];
  const prev2 = t[a.from - 2];
  const next = t[a.to];
  // "an M6.2 earthquake": the magnitude's symbol glued to the reading.
  if (prev?.text === "M" && first.joined && READING.test(num.text) && QUAKE.test(next?.lower ?? "")) return false;
  if (prev && first.joined && !(prev.text === "-" && prev2?.lower === "magnitude") && !marginAt(t, a.from)) {
    // "F-16", "Covid-19" are names; "magnitude-6.6" is a reading
    if (prev.kind === "word" || prev.text === "/" || prev.text === ":" || prev.text === "#") return true;
    if ((prev.text === "-" || prev.text === "–") && prev.joined && (prev2?.kind === "word" || prev2?.kind === "num")) return true;
    if (prev.text === "." && prev.joined && prev2?.kind === "num") return true;
  }
  // "7-Eleven", "3-D", "4-H": digits glued by a hyphen to a capitalised number word or a capital letter are a name.
  if (numberedNameAt(t, a.numAt) && num === first) return true;
  if (a.wordForm && numberWordInName(t, a.numAt)) return true;
  if (next?.joined) {
    // "10km", "160,000b/d", "33.64mb/d": a unit glued to its figure.
    if (next.kind === "word" && !(GLUED_UNITS.has(next.lower) && measureAt(t, a.to)) && !millionBarrelsAt(t, a.to) && !gluedAbbreviation(t, a)) return true;
    if (next.text === ":") return true;
    // "555-0199": digits with a leading zero after a hyphen are a telephone or code, never a range's end.
    if (next.text === "-" && t[a.to + 1]?.kind === "num" && t[a.to + 1].joined && /^0\d/.test(t[a.to + 1].text)) return true;
    // "1111-22223333-4444": digits in groups joined by hyphens are an account or phone number.
    if (next.text === "-" && t[a.to + 1]?.kind === "num" && t[a.to + 1].joined && t[a.to + 2]?.text === "-" && t[a.to + 2].joined && t[a.to + 3]?.kind === "num") return true;
    // "$15.4/hour" is a rate in money; other slashes make a date, score or code.
    if (next.text === "/" && !(a.currency && t[a.to + 1]?.kind === "word" && t[a.to + 1].joined)) return true;
    if (next.text === "." && t[a.to + 1]?.kind === "num" && t[a.to + 1].joined) return true;
  }
  if (a.currency || a.percent || a.scale !== 1) return false;
  if (streetAddressAt(t, a.to)) return true;
  const endChar = t[a.to - 1].end;
  const after = s.slice(endChar, endChar + 12);
  if (/^\s*(?:[ap]\.\s?m\b|[ap]m\b|o['’]clock|gmt\b|utc\b|hours gmt)/i.test(after)) return true;
  // "a 31-year-old record", "the 70-year-old ban": the age of a thing is a span claimed, the age of a person is not.
  if (/^(?:-|\s)years?(?:-|\s)olds?\b/i.test(after) && !AGED_THING.test(s.slice(endChar, endChar + 40))) return true;
  // "children under five", "adults over 65", "residents are over 65", "the victims were aged over 70": an age group.
  // The bound is the word right before the figure, so that token is tested first.
  if (prev && AGE_GROUP_BOUND.has(prev.lower) && AGE_GROUP_BEFORE.test(s.slice(Math.max(0, first.start - 45), first.start)) && !findUnit(t, a.to, false).unit
    && (prev.lower !== "over" && prev.lower !== "above" ? true : Number.isInteger(a.value) && a.value <= 110)) return true;
  if (/\b(?:aged|age|ages)\s+(?:of\s+|between\s+)*(?:\d{1,3}\s*(?:,|and|to|-|–|or)\s*){0,6}$/i.test(s.slice(Math.max(0, first.start - 40), first.start))) return true;
  if (prev?.kind === "word" && MONTHS.has(prev.lower) && CAP.test(prev.text)) return true;
  if (prev?.text === "." && prev2 && MONTHS.has(prev2.lower) && CAP.test(prev2.text)) return true;
  // "March 20, 2020 to 3.6 million": the year of a date ends no range.
  const prev3 = t[a.from - 3];
  if (prev?.text === "," && prev2?.kind === "num" && Number(prev2.text) <= 31 && prev3?.kind === "word" && MONTHS.has(prev3.lower) && CAP.test(prev3.text) && /^\d{4}$/.test(num.text)) return true;
  if (next?.kind === "word" && MONTHS.has(next.lower) && CAP.test(next.text) && a.value <= 31) return true;
  const yearSpan = (x: Tok | undefined) => !!x && x.kind === "num" && (/^\d{2}$/.test(x.text) || (/^\d{4}$/.test(x.text) && Number(x.text) <= 2100));
  const timePrep = prev?.lower === "in" || prev?.lower === "since" || prev?.lower === "during";
  const rangeOn = next && (next.text === "-" || next.text === "–" || next.lower === "to") && t[a.to + 1]?.kind === "num" && !yearSpan(t[a.to + 1]) && !timePrep;
  if (!a.wordForm && /^\d{4}$/.test(num.text) && a.value >= 1000 && a.value <= 2100 && !rangeOn) {
    if (namedYear(t, a)) return true;
    if (!COMPARED.has(prev?.lower ?? "") && (findUnit(t, a.to, false).unit === null || timePrep)) return true;
  }
  // "call 911", "the hotline, 909": a number to dial, unless it counts something ("call 12 witnesses").
  const dialWord = prev?.text === "," ? prev2 : prev;
  if (dialWord?.kind === "word" && DIAL.test(dialWord.lower) && !findUnit(t, a.to, false).unit) return true;
  if (prev?.kind === "word") {
    // "iPhone 5", "iOS 7": a brand written lower case with a capital inside is a name with its version.
    if (/^\p{Ll}+\p{Lu}\p{L}*$/u.test(prev.text)) return true;
    // "By Tuesday 9 villages": a day's name before a count; "on Saturday 12" alone is a date.
    if (WEEKDAYS.test(prev.lower)) return !findUnit(t, a.to, false).unit;
    if (LABEL_WORDS.has(prev.lower) && (CAP.test(prev.text) || a.from - 1 > 0)) return true;
    if (LABEL_WORDS_UNLESS_COUNTED.has(prev.lower) && !findUnit(t, a.to, false).unit) return true;
    // "Flight 370", "Session 12"; not "gave the Smiths 177,000 dollars" nor "the National Park 202 km": grouped
    // digits, money or a measure (written out or abbreviated, not one letter) are no label.
    // "passed the House 220-210": a tally after the chamber that cast it is no label.
    const tally = pairAt(t, a.numAt) && VOTED.test(s.slice(Math.max(0, first.start - 40), first.start));
    // "gives Adewale five more years": a number spelled in lower case after a name is no label ("Erik ten Berg" is a name).
    const spelled = a.wordForm && num.text === num.lower && !(next?.kind === "word" && CAP.test(next.text));
    if (CAP.test(prev.text) && !tally && !spelled && !CAPITALISED_FUNCTION.has(prev.lower) && !MONTHS.has(prev.lower) && !/['’]s$/.test(prev.text) && a.from - 1 > 0 && !num.text.includes(",") && !measuredAfter(t, a.to) && !titleCaseVerb(t, a.from - 1) && !spanAfterPlace(t, a) && !countedAgainAfterName(t, a)) return true;
  }
  if (prev?.text === "." && prev2 && /^(?:no|nos|art|sec|vol|p|pp)$/.test(prev2.lower)) return true;
  if (prev?.text === "," && prev2?.kind === "word" && (CAP.test(prev2.text) || PERSON.test(prev2.lower)) && (next?.text === "," || next?.text === "." || next?.text === ")") && !a.wordForm && Number.isInteger(a.value) && a.value < 120) return true;
  if (ageInBracketsAt(s, t, a)) return true;
  // "ranked outside the top 50", "into the top 20": a ranking label when nothing counted follows ("the top 10 earners" count).
  if (prev?.lower === "top" && /^(?:the|outside|inside|into|within|in|of|among)$/.test(prev2?.lower ?? "") && !findUnit(t, a.to, false).unit) return true;
  // "the 737 MAX", "a 787 Dreamliner", "the A320neo": a model's number, then the model's suffix.
  // A count of them has no article or maker before it: "ordered 40 MAX jets".
  // The owner is read only before a model's suffix.
  if (next?.kind === "word" && MODEL_SUFFIX.test(next.text) && !a.currency && !a.percent && a.scale === 1 && !num.text.includes(",")) {
    const modelOwner = prev && (/^(?:the|a|an|its|their|his|her)$/i.test(prev.text) || /['’]s$/.test(prev.text) || (prev.kind === "word" && CAP.test(prev.text)));
    if (modelOwner) return true;
  }
  if (/^\s*(?:st|nd|rd|th)\b/.test(after)) return true;
  // "won 7-6(5)", "7-6 (5)": the loser's points of a tiebreak, in brackets after the set's score.
  if (prev?.text === "(" && next?.text === ")" && a.from >= 4 && pairAt(t, a.from - 4)) return true;
  return false;
}

/**
 * "rose from 40 to 50 percent", "revised job losses higher, from 65,000 to 150,000", "updated the toll from
 * five to 12": a change between two figures; "ranged from 7 to 10" is one range. A verb of change, a word
 * of direction or a running count (toll, tally, estimate) within six words before "from".
 */
function isChange(t: Tok[], from: number): boolean {
  // "hiked taxes on homes worth from $1 million to $2 million": the spread is the word's before "from".
  if (SPREAD_HEAD.test(t[from - 1]?.lower ?? "")) return false;
  // "a rise in fees will cost families from 300 to 500": another verb's spread, not the change's levels.
  let verb = false;
  let comma = false;
  let participle = false;
  let auxiliary = false;
  for (let j = from - 1; j >= Math.max(0, from - 12); j--) {
    // "an increase in the number of nurses on leave from 19 to 34": a noun of change with its "in" phrase, the
    // thing that changed, may stand further back.
    // "a hike in fares will cost commuters from 300 to 500": a finite verb between the word of change and "from"
    // gives the spread to another verb, near or far; so does a participle after a noun ("cut prices on cars costing from").
    // "raised the maximum fine for littering in parks from": a verb setting a level governs a longer object.
    // Near, "to" may be a preposition ("raised flights to Paris from 10 to 14"); only an auxiliary stops the word of change.
    const near = j >= from - 6;
    const governs = !participle && (near ? !auxiliary : !verb);
    if (CHANGE_VERB.test(t[j].lower) && governs && (near || (!comma && (t[j + 1].lower === "in" ? measuredThingAfter(t, j + 2) : levelSetFar(t, j, from))))) return true;
    if (near && governs && CHANGE_CONTEXT.test(t[j].lower)) return true;
    if (participleAfterNoun(t, j)) participle = true;
    // "may trim supply anywhere from 0.3 to 0.8 million": a word of spread before from ... to makes a range.
    if (t[j].text === "." || t[j].text === ";" || /^(?:range|ranges|ranged|ranging|anywhere)$/.test(t[j].lower)) {
      if (near) return false;
      break;
    }
    // "to the widows of soldiers": "to" before a determiner, a figure or a name is a preposition of the object.
    if (j < from - 1 && FINITE_VERB.test(t[j].lower) && !(t[j].lower === "to" && OBJECT_AFTER_TO.test(t[j + 1].text))) {
      verb = true;
      if (t[j].lower !== "to") auxiliary = true;
    }
    if (t[j].text === ",") comma = true;
  }
  return addedAmountBefore(t, from);
}

/** Words whose own spread a "from ... to" right after them gives: "worth from", "priced from", "aged from". */
const SPREAD_HEAD = /^(?:worth|valued|priced|aged|sized|costing|weighing|measuring|earning|paying)$/;
/** Verbs that set a thing at a higher or another level: "raised the fine ... from", "increased the number of ... from". */
const SET_LEVEL_VERB = /^(?:raised?|raises|raising|increased?|increases|increasing|hiked?|hikes|hiking|boosted|upped|doubled|tripled|expanded|extended|lifted|revised?|revises|revising|changed?)$/;
/** The word after a "to" that makes it a preposition: a determiner, a possessive, a figure or a capitalised name. */
const OBJECT_AFTER_TO = /^(?:the|a|an|its|their|his|her|our|this|these|those|each|every|all|\d.*|\p{Lu}.*)$/u;
/** Words that open another clause or a phrase of its own inside the object before "from": its from ... to is that phrase's. */
const OBJECT_BREAK = /^(?:and|or|but|that|which|who|whom|whose|where|when|while|with|without|including|among|between|each|per|than|as)$/;

/**
 * "raised the maximum fine for littering in parks from $500 to $1,000", "increased the number of its voting members
 * from 12 to 20": a verb that sets a level, then its object of words only (no figure, no clause or phrase of its own,
 * no participle after a noun), then "from": the old and the new level, however long the object. "cut prices on cars
 * costing from $20,000 to $30,000" and "raised funds from families earning from $300 to $500" keep the spread.
 */
function levelSetFar(t: Tok[], verb: number, from: number): boolean {
  if (!SET_LEVEL_VERB.test(t[verb].lower)) return false;
  for (let j = verb + 1; j < from; j++) {
    const x = t[j];
    if (x.kind !== "word" || OBJECT_BREAK.test(x.lower) || x.lower === "from") return false;
  }
  return true;
}

/**
 * An -ing word after a noun, a participle that may govern the from ... to after it ("cars costing", "families
 * earning"); not a gerund or a describing word after a preposition, a determiner or an adverb ("for littering", "its
 * voting members", "sharply, pushing").
 */
function participleAfterNoun(t: Tok[], j: number): boolean {
  const x = t[j];
  const before = t[j - 1];
  if (x.kind !== "word" || x.lower.length < 6 || !x.lower.endsWith("ing") || before?.kind !== "word") return false;
  return !BEFORE_GERUND.test(before.lower) && !before.lower.endsWith("ly") && !CHANGE_VERB.test(before.lower);
}
const BEFORE_GERUND = /^(?:for|of|on|in|against|about|after|before|by|to|the|a|an|its|their|his|her|our|this|that|is|are|was|were|be|been|and|or)$/;

/**
 * "in the number of patients", "in the share of renters": the far noun of change's "in" phrase names a measure of
 * something ("in" [determiner] noun [noun] "of"), whose levels from ... to give. "a surge in demand, shops charged from
 * 300 to 500" or "a rise in prices last month saw traders sell from 20 to 40" name no such measure: the spread is
 * another verb's.
 */
function measuredThingAfter(t: Tok[], k: number): boolean {
  if (/^(?:the|a|an|its|their|his|her|our|this|that)$/.test(t[k]?.lower ?? "")) k++;
  for (let n = 0; n < 2; n++, k++) {
    if (t[k]?.kind !== "word") return false;
    if (t[k + 1]?.lower === "of") return true;
  }
  return false;
}

/**
 * "will pay an extra $41, from $610 to $651", "a hike of 4 percent, from 50 to 52": the amount added, a comma, then
 * the old and new levels. Only the amount and at most two words of its unit stand between the noun and the comma,
 * so "an extra 40 buses will run, from 6 to 9" (a time span) stays a range.
 */
function addedAmountBefore(t: Tok[], from: number): boolean {
  if (t[from - 1]?.text !== ",") return false;
  let words = 0;
  let num = false;
  for (let j = from - 2; j >= Math.max(0, from - 8); j--) {
    const x = t[j];
    if (x.kind === "num") num = true;
    else if (x.kind === "word") {
      if (num && ADDED_AMOUNT.test(x.lower)) return true;
      if (x.lower !== "of" && ++words > 2) return false;
    } else if (x.text !== "$" && x.text !== "%" && x.text !== "£" && x.text !== "€") return false;
  }
  return false;
}
const ADDED_AMOUNT = /^(?:extra|additional|hike|boost|increment|surcharge)$/;
const FINITE_VERB = /^(?:is|are|was|were|be|been|will|would|could|can|may|might|should|must|has|have|had|to)$/;
const CHANGE_CONTEXT = /^(?:higher|lower|upward|upwards|downward|downwards|updated|updates?|toll|tally|estimate|forecast)$/;

/**
 * "nine out of 10", "three out of five", "two out of 500", "12 out of 100": a proportion is written over a small or a
 * round base, or as a few of a number. "23 out of 30 regions", "19,417 out of 25,710 candidates" count a part and its
 * whole, two figures as news labels read them.
 */
function isProportionBase(part: number, whole: number): boolean {
  return part < 10 || whole <= 10 || /^10*$/.test(String(whole));
}

/** "one in four", "three out of five", "1 in 21": a proportion (numerator below denominator, no year). */
function ratioAfter(t: Tok[], a: Core): { value: number; to: number; unit?: string } | null {
  if (a.currency || a.percent || a.fraction || a.scale !== 1 || !Number.isInteger(a.value) || a.value < 1) return null;
  let k = a.to;
  // "one household in every 125", "one child in 10": the counted noun between the two numbers.
  let unit: string | undefined;
  if (t[k]?.kind === "word" && !t[k].joined && t[k + 1]?.lower === "in" && (t[k + 2]?.lower === "every" || /^(?:one|1)$/.test(t[a.numAt].lower))) {
    const u = findUnit(t, k, true);
    if (!u.unit || u.to !== k + 1) return null;
    [unit, k] = [u.unit, k + 1];
  }
  if (t[k]?.lower === "in") {
    k++;
    // "one in every 10 adults"
    if (t[k]?.lower === "every") k++;
  }
  else if (t[k]?.lower === "out" && t[k + 1]?.lower === "of") k += 2;
  else return null;
  const d = parseCore(t, k);
  if (!d || d.currency || d.percent || d.fraction || d.weak || !Number.isInteger(d.value) || d.value <= a.value) return null;
  if (t[k - 1].lower === "of" && !isProportionBase(a.value, d.value)) return null;
  if (d.scale === 1 && !d.wordForm && d.value >= 1000 && d.value <= 2100) return null;
  if (t[d.to]?.kind === "word" && MONTHS.has(t[d.to].lower)) return null;
  return { value: Number((a.value / d.value).toPrecision(12)), to: d.to, unit: unit ?? nounBeforeVerb(t, d.to) };
}

/** Plural-looking words that describe a noun after them: "sports fans", "arms dealers", "savings accounts". */
const PLURAL_MODIFIER = /^(?:sports|arms|savings|goods|customs|sales|systems|communications|clothes|jobs|parts|services|operations|materials|resources|rights|affairs|relations|works|needs|crops|drugs|weapons)$/;

/**
 * "one in every 10 adults smokes", "one in five households owns a car": a plural noun, then the verb in -s that
 * agrees with "one"; the noun is what is counted, the verb is no noun of a compound ("adult smokes").
 */
function nounBeforeVerb(t: Tok[], k: number): string | undefined {
  const [x, v] = [t[k], t[k + 1]];
  if (x?.kind !== "word" || x.joined || x.text !== x.lower || !isPluralWord(x.lower) || PLURAL_MODIFIER.test(x.lower) || UNIT_STOP.has(x.lower)) return undefined;
  if (v?.kind !== "word" || v.joined || v.text !== v.lower || !/[^su]s$/.test(v.lower) || UNIT_STOP.has(v.lower)) return undefined;
  return singularize(x.lower);
}
