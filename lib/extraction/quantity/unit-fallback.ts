/**
 * The counted noun of a figure that has none written next to it, from further away: every figure in news
 * counts something, and a reader finds it in the same clause ("the number of first-year students ... more
 * than 500,000", `pluralNounBefore`, used by the sentence stage), in "the figure"/"the total" that points
 * back to "the number of tickets", in the sentence before ("600,000 students ... We have a million"), or in
 * what the article counts most (its topic noun).
 * Money, percentages, measures and spans of time never lend or take a noun this way.
 */
import type { QuantityMention } from "./parser";
import { ATTENDANCE_BEFORE, ATTENDEES, CHANGE_VERB, MONTHS, MULTIPLE_TEXT, OF_THEM_AFTER, OF_THEM_BEFORE, UNIT_STOP, isMeasureOrMoney, isPluralWord, singularize } from "./lexicon";

/** Third-person verbs that introduce a figure and look like plurals: "the tally stands at", "it totals". */
const VERB_S = /^(?:stands|totals|amounts|reaches|hits|shows|says|reports|puts|numbers|counts|estimates|lists|includes|remains|rises|falls|tops|exceeds|crosses|passes|surpasses|nears|approaches|breaches|means|gives|makes|takes|needs|has|was|is|does|sits|hovers|runs|comes|goes|gets|sees|expects|claims|seems|appears|looks|suggests|kills|leaves|injures|wounds|affects|strikes|forces|displaces|attracts|draws|sells|buys|adds|cuts|loses|gains|wins)$/;
/**
 * Plural words that say a figure is a count and never what it counts ("numbers were capped at two million", "this year's
 * figures ... the 926,000"): the noun before them is ("visitor numbers"), else the figure's noun is looked for elsewhere.
 */
export const COUNT_WORDS = /^(?:figures|numbers|totals|counts|tallies|statistics)$/;
const PRONOUN = /^(?:he|she|it|this|that|which|who|one)$/i;
/** Forecasts and the like, which give a figure and are never what it counts. */
const FORECAST_NOUN = /^(?:forecasts|estimates|expectations|predictions|projections|surveys|polls|ranges|scenarios)$/;
/** A noun that is the subject of a verb of expecting: "economists had predicted", "analysts expect". */
const EXPECTS_AFTER = /^\s+(?:(?:had|have|has|were|are|had\s+been)\s+)?(?:expected|expect|expecting|forecast|forecasting|predicted|predict|predicting|anticipated|estimated|projected|pencilled\s+in)\b/;
/** A verb of telling after a noun: "officials say", "doctors told reporters". */
const SPEAK_AFTER = /^\s+(?:(?:have|had|has)\s+)?(?:say|says|said|told|tell|added|stated|warned|confirmed|announced)\b/;
/** Words that end the clause a figure belongs to, looking back from it. */
const CLAUSE_BREAK = /[.;:!?()"“”]|\b(?:but|while|whereas|although|though|because)\b/gi;

/** A counted unit: a thing, not money, a percentage, a measure or a span of time. */
export function isCountUnit(unit: string | null | undefined): unit is string {
  return !!unit && unit !== "percent" && !isMeasureOrMoney(unit) && !LIKELIHOOD.test(unit);
}
/**
 * Words of likelihood, which a proportion or a figure of odds states and never counts: "odds of 1 in 300 million",
 * "the chances are one in 5,000", "odds of a million to one" have no unit.
 */
const LIKELIHOOD = /^(?:odds?|chances?)$/;
/** "The odds of winning the jackpot are", "odds of", "the chances are put at": likelihood named as what the figure states. */
const LIKELIHOOD_BEFORE = /\b(?:odds|chances)\s+(?:(?:of|for|that)\s+(?:[\p{L}'’-]+\s+){1,5})?(?:of|are|is|were|was|stand|stood|put|at)\s+(?:at\s+)?$/iu;
/**
 * Whether the figure at `start` states odds or chances ("odds of 1 in 300 million", "the chances are one in 5,000"):
 * it takes no noun from the sentence or the article. A cheap look for the words guards the expression.
 */
export function statesLikelihood(s: string, start: number): boolean {
  const before = s.slice(Math.max(0, start - 60), start);
  return (before.includes("odds") || before.includes("chances") || before.includes("Odds") || before.includes("Chances")) && LIKELIHOOD_BEFORE.test(before);
}

/** Whether the figure is money, a percentage or otherwise carries its own kind of unit. */
function needsNoun(m: QuantityMention): boolean {
  // "double what analysts expected": a multiple counts no noun.
  return !m.unit && m.qualifier !== "vague" && !MULTIPLE_TEXT.test(m.text) && !/^[-−–]?[\d.,]*\s*[%$€£¥₹]/.test(m.text) && !/\b(?:percent|per cent)\b/i.test(m.text);
}

/** A stock index's level after its change: "The main index rose 1.4% to 6,512.30", "the Nikkei ... to 38,120". */
const INDEX_LEVEL = /\b(?:index|indices|average|nikkei|ftse|dax|cac|sensex|nifty|kospi|hang\s+seng|nasdaq|dow|s&p)\b(?:[^.;]|\.\d)*\bto\s+$/i;
/** "... fell 33.12 points, or 1.6 percent, to 1,975.94": an index level after its change in points. */
const LEVEL_AFTER_CHANGE = /,\s*to\s+$/;

/**
 * Whether `m` is an index's level after its change in the sentence `s` with the figures `found`: a level, like a
 * score, has no unit (the labelling guide's "a bare score or index level"), and borrows none.
 */
export function isIndexLevel(s: string, found: QuantityMention[], m: QuantityMention): boolean {
  const before = s.slice(Math.max(0, m.start - 60), m.start);
  const earlier = found.filter((x) => x.end <= m.start);
  if ((LEVEL_AFTER_CHANGE.test(before) && earlier.some((x) => x.unit === "point")) || (INDEX_LEVEL.test(before) && earlier.some((x) => x.unit === "percent"))) return true;
  // "or 41.12 points to 2,914.35", "gained 288.4 points to close at a record high of 71,402.18", "finished at a high of
  // 24,310.55, up 87.6 points": a level reached ("to", "at", "of") in a sentence about a market (an index, its close) that
  // moves it by points, many times the move. Points scored ("scored 25 points ..., lifting her career total to 2,104")
  // move no index: the total counts points.
  if (m.value === null || !LEVEL_REACHED.test(before) || !MARKET_SENTENCE.test(s)) return false;
  return found.some((x) => x !== m && x.unit === "point" && x.value !== null && x.value > 0 && m.value! >= 5 * x.value && POINTS_CHANGE_BEFORE.test(s.slice(Math.max(0, x.start - 30), x.start)));
}
/** The last word before a level reached: "to 2,914.35", "at 1,607.22", "a record high of 71,402.18". */
const LEVEL_REACHED = /\b(?:to|at|of)\s+$/;
/** A market's sentence: an index, by that word or its name, or its close ("to close at", "ended at"). */
const MARKET_SENTENCE =
  /\b(?:index|indices|indexes|average|benchmark|bourse|exchange|markets?|stocks|shares|trading|intraday|nikkei|ftse|dax|cac|asx|sensex|nifty|kospi|hang\s+seng|nasdaq|dow|s&p|close|closed|closing|ended|ending|finished|settled)\b|\bthe\s+open\b/i;
/** Points a level moved by: "gained 412.5 points", "rising 113.7 points", "fell by 30 points", "or 31.06 points", "a rise of 77.1 points", "up 98.8 points". */
const POINTS_CHANGE_BEFORE =
  /(?:\b(?:ris(?:e|es|en|ing)|rose|f(?:all|alls|alling|ell|allen)|gain(?:s|ed|ing)?|los(?:e|es|ing)|lost|add(?:s|ed|ing)?|shed(?:s|ding)?|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|slip(?:s|ped|ping)?|sl(?:id|ide|ides|iding)|jump(?:s|ed|ing)?|declin(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|sank|sink(?:s|ing)?|up|down)(?:\s+by)?|\bor|\b(?:rise|fall|gain|drop|loss|decline|jump|increase|decrease)\s+of)\s+(?:about\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+)?$/i;

/** Words before "numbers"/"figures" that describe the figures rather than name what they count. */
const NOT_COUNTED =
  /^(?:the|a|an|its|their|these|those|our|such|many|few|more|most|same|other|both|official|new|latest|total|overall|record|preliminary|provisional|final|initial|early|earlier|recent|current|actual|annual|national|regional|local|global|seasonal|original|additional|high|higher|highest|low|lower|lowest|big|bigger|small|smaller|large|larger|strong|weak|rough|first|last|next|good|bad|poor|best|worst|raw|net|gross|key|main|headline|public|domestic|economic|rising|falling|growing|increasing|declining|dwindling|soaring)$/;
/** Endings of adjectives and adverbs: "weekly", "preliminary", "disastrous", "positive", "revised", "strongest". */
const ADJECTIVE_ENDING = /(?:ly|ary|ous|ive|ful|less|able|ible|[^e]ed|est)$/;

/** Whether `word`, before "numbers"/"figures", names what they count: a lower-case noun (or the sentence's capitalised first word). */
export function countedBy(word: string, opens: boolean): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word) && !(opens && /^\p{Lu}\p{Ll}+$/u.test(word))) return false;
  const lw = word.toLowerCase();
  return !UNIT_STOP.has(lw) && !NOT_COUNTED.test(lw) && !(lw.length > 4 && ADJECTIVE_ENDING.test(lw));
}

/** The nearest plural noun before `start` in the same clause ("first year students you don't expect more than"). */
export function pluralNounBefore(s: string, start: number): string | null {
  let clause = s.slice(Math.max(0, start - 90), start);
  // The window may open inside a word ("...ors lost at sea"): its tail is no word of the clause.
  if (start > 90 && /[\p{L}'’-]/u.test(s[start - 91])) clause = clause.replace(/^[\p{L}'’-]+/u, "");
  const cut = lastMatchEnd(clause, CLAUSE_BREAK);
  if (cut > 0) clause = clause.slice(cut);
  const opensSentence = start <= 90 && cut === 0 && !/^\s*\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(clause);
  const found = [...clause.matchAll(/[\p{L}'’-]+/gu)];
  const words = found.map((m) => m[0]);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const lw = w.toLowerCase();
    if (UNIT_STOP.has(lw) || (VERB_S.test(lw) && !countWordSubject(lw, words[i + 1])) || /['’]s$/.test(lw) || (/^\p{Lu}/u.test(w) && i > 0)) continue;
    // After a name or a pronoun a word in -s is a verb: "MCG attracts", "it counts"; not after a comma ("Palace, crowds").
    const before = words[i - 1] ?? "";
    const apart = i > 0 && clause.slice(found[i - 1].index + before.length, found[i].index).includes(",");
    // "September sales": a month before a noun is no name, so the noun is no verb.
    const name = !apart && /^\p{Lu}/u.test(before) && !MONTHS.has(before.toLowerCase()) && (!(i === 1 && opensSentence) || (before.length > 1 && before === before.toUpperCase()));
    if (name || PRONOUN.test(before)) continue;
    // "market forecasts had expected an increase of 20,000": who expects a figure is not what it counts.
    if (FORECAST_NOUN.test(lw) || EXPECTS_AFTER.test(clause.slice(found[i].index + w.length))) continue;
    // "Officials say 9 were never vaccinated": who tells a figure is not what it counts.
    if (SPEAK_AFTER.test(clause.slice(found[i].index + w.length))) continue;
    if (isPluralWord(lw)) {
      // "the spectator figures", "visitor numbers": what the figures count is the word before.
      // "the government's most recent figures": a word that describes the figures names nothing they count.
      // "numbers were capped at", "the government's most recent figures": no noun before the figures names what they count.
      if (COUNT_WORDS.test(lw) && !(i > 0 && /^\p{Ll}+$/u.test(before) && countedBy(before, false))) return null;
      const unit = singularize(COUNT_WORDS.test(lw) ? before : lw);
      return isCountUnit(unit) ? unit : null;
    }
  }
  return null;
}

/** A verb after the subject "numbers"/"totals": "numbers reached", "totals were", "numbers have fallen". */
const VERB_AFTER_COUNT = /^(?:are|were|have|had|will|would|could|may|might|stood|remain|\p{Ll}+ed)$/u;
/**
 * Whether a count word that may be a verb ("the crowd numbers 5,000", "it totals 40") is the subject noun here: a verb
 * follows it ("officials said numbers reached 12,000").
 */
const countWordSubject = (lw: string, next: string | undefined) => COUNT_WORDS.test(lw) && !!next && (VERB_AFTER_COUNT.test(next) || CHANGE_VERB.test(next));

function lastMatchEnd(s: string, re: RegExp): number {
  let end = 0;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}


/** "the number of tickets sold", "the total number of flood victims": what an article says it counts. */
const NUMBER_OF = /\b(?:number|total|tally|count)\s+of\s+(?:(?:the|new|all)\s+)?([\p{Ll}-]+)(?:\s+(\p{Ll}+))?/gu;
/** The head of the words after "number of": "flood victims" → victims, "flights was" → flights (a verb is no head). */
function headOf(first: string, second: string | undefined): string | null {
  if (second && second.endsWith("s") && !UNIT_STOP.has(second) && !VERB_S.test(second)) return second;
  return first.endsWith("s") && !UNIT_STOP.has(first) ? first : null;
}
/** Whether `s` holds a word `NUMBER_OF` needs (it is case-sensitive): most sentences hold none and are not searched. */
const mayNameNumberOf = (s: string) => s.includes("number") || s.includes("total") || s.includes("tally") || s.includes("count");
const NONE: string[] = [];
/** The plural nouns after "number of", "total of" ... in each sentence, searched for once per article. */
function numberOfNouns(sentences: string[]): string[][] {
  return sentences.map((s) => (mayNameNumberOf(s) ? Array.from(s.matchAll(NUMBER_OF), (n) => headOf(n[1], n[2])).filter((n) => n !== null) : NONE));
}
/** "The figure recorded on ... is", "the total came to": a figure named by a word that points back. */
const FIGURE_WORD = /\b(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?(?:figure|number|total|tally|count)\b/iu;

/**
 * Fills the unit of figures that still have none, over a whole article: `figures[k]` are the figures of
 * `sentences[k]`, with the units found inside each sentence already set.
 */
export function fillUnitsFromArticle(sentences: string[], figures: QuantityMention[][]): void {
  const counted = numberOfNouns(sentences);
  const topic = topicNoun(counted, figures);
  const attendee = attendeeNoun(sentences, figures);
  let numberOf: string | null = null;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    // "drew a crowd of 87,182" in an article that counts "93,013 people": the crowd is counted as the article counts.
    if (attendee) for (const m of figures[k]) if (m.unit === "spectator" && crowdFigure(s, m)) m.unit = attendee;
    // Only the sentence right before lends its count: an older one is no nearer than the article's topic.
    const lender = k > 0 ? figures[k - 1].findLast((m) => isCountUnit(m.unit)) : undefined;
    const previous = lender?.unit ?? null;
    // "Six states recorded deaths. They are Kano (16); Oyo (8)": the places are what was counted before, the brackets count the deaths.
    const listed = k > 0 && LIST_OPENER.test(s) ? recordedNoun(sentences[k - 1], figures[k - 1]) : null;
    for (const m of figures[k]) {
      if (listed && needsNoun(m) && /\p{Lu}[\p{L}'’.-]*\s*\(\s*$/u.test(s.slice(Math.max(0, m.start - 40), m.start))) m.unit = listed;
      if (needsNoun(m) && !isIndexLevel(s, figures[k], m) && !statesLikelihood(s, m.start)) {
        const clause = s.slice(Math.max(0, m.start - 90), m.start);
        const named = numberOf && FIGURE_WORD.test(clause) ? numberOf : null;
        // "12 of them" points at the sentence before: with no count there, nothing to borrow.
        const partOf = OF_THEM_AFTER.test(s.slice(m.end, m.end + 20)) || OF_THEM_BEFORE.test(clause.slice(-20));
        // "one of her four pledges" lends nothing to "passed one million": counts a thousandfold apart count different things.
        const near = lender && farApart(lender, m) ? null : previous;
        m.unit = named ?? numberOfOwn(s, figures[k], m) ?? (partOf ? previous : near ?? topic);
      }
    }
    for (const noun of counted[k]) {
      const unit = singularize(noun);
      if (isCountUnit(unit) && isPluralWord(noun)) numberOf = unit;
    }
  }
}

/** "number of sailors" at the start of the text: the plural noun counted. */
const NUMBER_OF_AT = /^number\s+of\s+(?:(?:the|new|all)\s+)?([\p{Ll}-]+)(?:\s+(\p{Ll}+))?/u;
/**
 * "put the number of sailors lost on the ... sea lane at 412": the noun after the sentence's last "number of"
 * before the figure, with no other figure between them; null when none.
 */
function numberOfOwn(s: string, found: QuantityMention[], m: QuantityMention): string | null {
  const at = s.lastIndexOf("number of", m.start);
  if (at < 0 || found.some((f) => f !== m && f.start > at && f.start < m.start)) return null;
  const n = NUMBER_OF_AT.exec(s.slice(at, at + 60));
  const noun = n ? headOf(n[1], n[2]) : null;
  if (!noun || !isPluralWord(noun) || UNIT_STOP.has(noun)) return null;
  const unit = singularize(noun);
  return isCountUnit(unit) ? unit : null;
}

/** A sentence that lists what the sentence before counted: "They are ...", "These include ...". */
const LIST_OPENER = /^(?:They|These|Those|The\s+\p{Ll}+)\s+(?:are|were|include|included)\b/u;
/** What a counted group recorded: "Four provinces have also recorded deaths from ..." → "deaths". */
const RECORDED_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:(?:have|has|had)\s+)?(?:also\s+|so\s+far\s+)?(?:recorded|reported|registered|confirmed|logged|seen|suffered)\s+(?:new\s+|more\s+|further\s+)?(\p{Ll}+)\b/u;

/** The plural noun the last count of `s` recorded, when the count is of places or bodies that recorded it; else null. */
function recordedNoun(s: string, found: QuantityMention[]): string | null {
  const m = found.findLast((f) => isCountUnit(f.unit));
  const noun = m ? RECORDED_AFTER.exec(s.slice(m.end, m.end + 80))?.[1] : undefined;
  if (!noun || !isPluralWord(noun) || UNIT_STOP.has(noun)) return null;
  const unit = singularize(noun);
  return isCountUnit(unit) && unit !== m!.unit ? unit : null;
}

/** Two counts a thousandfold or more apart ("four pledges", "one million"): not counts of one thing. */
function farApart(a: QuantityMention, b: QuantityMention): boolean {
  const [x, y] = [Math.abs(a.value ?? a.high ?? 0), Math.abs(b.value ?? b.high ?? 0)];
  return x >= 1 && y >= 1 && Math.max(x, y) / Math.min(x, y) >= 1000;
}

/** A figure of a crowd or an attendance, counted in spectators for want of a noun of its own. */
const crowdFigure = (s: string, m: QuantityMention) => ATTENDANCE_BEFORE.test(s.slice(Math.max(0, m.start - 80), m.start));

/** The noun the article counts those who came in, written next to a figure ("93,013 people"); null when none. */
function attendeeNoun(sentences: string[], figures: QuantityMention[][]): string | null {
  const tally = new Map<string, number>();
  for (const [k, fs] of figures.entries())
    for (const m of fs) if (m.unit && ATTENDEES.has(m.unit) && !crowdFigure(sentences[k], m)) tally.set(m.unit, (tally.get(m.unit) ?? 0) + 1);
  let best: string | null = null;
  for (const [unit, n] of tally) if (!best || n > tally.get(best)!) best = unit;
  return best;
}

/**
 * The unit the article counts most often (the first of equals); null when it counts nothing. `counted` holds each
 * sentence's nouns after "number of" (`numberOfNouns`).
 */
function topicNoun(counted: string[][], figures: QuantityMention[][]): string | null {
  const tally = new Map<string, number>();
  for (const fs of figures) for (const m of fs) if (isCountUnit(m.unit)) tally.set(m.unit, (tally.get(m.unit) ?? 0) + 1);
  for (const nouns of counted) for (const noun of nouns) {
    const unit = singularize(noun);
    if (isCountUnit(unit)) tally.set(unit, (tally.get(unit) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [unit, n] of tally) if (!best || n > tally.get(best)!) best = unit;
  return best;
}
