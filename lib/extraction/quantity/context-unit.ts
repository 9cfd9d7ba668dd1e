/**
 * What a sentence says about its figures beyond the words right after each number:
 * - two bounds joined by "and"/"but" or a comma make one range: "more than 10 and less than 20" → 10..20;
 * - a number without a unit takes it from elsewhere in the sentence: from the figure before it
 *   ("21 cases in May and 35 in June" → case), from a verb of dying or injury ("8,000 died" → person),
 *   or from a noun before it ("the death toll rose to 61" → death, "valid votes were 4,112,908" → vote,
 *   "magnitude 6.9" → magnitude), from the figure after it when only a conjunction stands between
 *   ("45 and 50 mg", "from 108,698 in 2014 to 120,836 cases"), or, for a figure that is the subject of a
 *   verb ("... 5,644 people had been tortured, and 13 had been ..."), from the count before it;
 * - a conversion of a qualified figure into another unit keeps its qualifier: "about 200 feet, or 60
 *   meters", "about 150 km (90 miles)".
 */
import type { QuantityMention } from "./parser";
import { ATTENDANCE_BEFORE, CHANGE_VERB, CURRENCY_NAMES, KNOWN_UNITS, MEASURE, NOT_A_NOUN_AFTER_STATE, OF_THEM_AFTER, OF_THEM_BEFORE, PERSON_STATES, UNIT_STOP, isMeasureOrMoney, isMoneyUnit, isPluralWord, singularize } from "./lexicon";
import { BEFORE_NOUN } from "./counted-one";
import { COUNT_WORDS, countedBy, isIndexLevel, pluralNounBefore, statesLikelihood } from "./unit-fallback";
import { GOLF_SCORE } from "./label-context";

const LOWER_BOUND = new Set(["more_than", "at_least"]);
const UPPER_BOUND = new Set(["less_than", "at_most", "nearly"]);

export function mergeBounds(s: string, found: QuantityMention[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && /^\s*(?:,|,?\s*(?:and|but))\s+$/.test(s.slice(a.end, b.start)) && (a.unit === b.unit || !a.unit || !b.unit)) {
      const lowFirst = LOWER_BOUND.has(a.qualifier) && UPPER_BOUND.has(b.qualifier);
      const highFirst = UPPER_BOUND.has(a.qualifier) && LOWER_BOUND.has(b.qualifier);
      const [lo, hi] = lowFirst ? [a, b] : [b, a];
      if ((lowFirst || highFirst) && lo.value! < hi.value!) {
        out.push({ value: null, low: lo.value, high: hi.value, qualifier: "range", unit: a.unit ?? b.unit, text: s.slice(a.start, b.end), start: a.start, end: b.end });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const CASUALTY_AFTER = /^\s+(?:(?:people\s+)?(?:have|had|were|are|was)\s+(?:been\s+)?(?:(?:seriously|critically|badly|severely|gravely|slightly|lightly|fatally)\s+)?|remain(?:s|ed)?\s+|(?:confirmed|reported|presumed|feared|believed)\s+(?=dead|killed|missing|drowned)|(?:(?:are|were|was)\s+)?still\s+|(?:were\s+)?(?:rendered|left)\s+)?(?:homeless|died|dead|killed|(?:to\s+)?(?:flee|evacuate)|fled|fleeing|injured|wounded|hurt|missing|drowned|perished|arrested|detained|evacuated|displaced|rescued|hospitali[sz]ed|unaccounted|trapped|sentenced|convicted|jailed|infected|sickened|put\s+on\s+trial|charged|indicted|executed|kidnapped|abducted|deported|shot|stabbed|(?:sustained|suffered)\s+(?:\p{L}+\s+)?(?:injuries|wounds|burns|fractures))\b/iu;
const CASUALTY_BEFORE = /\b(?:kill|killing|killed|kills|injure|wound|displace|displaced|strand|stranded|evacuate|evacuated|rescue|rescued|infect|infected|wounding|wounded|wounds|injuring|injured|injures|leaving|affect|affects|affecting|sicken|sickens|sickened|sickening|infects|infecting|sentences|sentencing|evacuates|evacuating|displaces|displacing|strands|stranding|rescues|sentenced|jailed|convicted|arrest|arrests|arrested|detain|detains|detained|nab|nabs|nabbed|capture|captures|captured|executed|charged|indicted)\s+(?:at least\s+|more than\s+|nearly\s+|about\s+|some\s+)?$/i;
const NOUN_BEFORE = /\b(\p{L}+)(?:\s+(?:toll|count|tally|total|figure|number))?\s+(?:has\s+|had\s+|have\s+)?(?:risen|rose|rise|rises|climbed|climb|climbs|reached|stood|stands|stand|hit|jumped|jump|jumps|increased|grew|grown|fallen|fell|dropped|declined|decreased|is|was|were|are|totall?ed|numbered)\s+(?:to\s+|at\s+|from\s+)?(?:[\p{L}\s]{0,20})?$/iu;
const DEATH_TOLL = /\b(death\s+)?toll\b(\s+(?:in|of|from|for)\b[\p{L}'’\s,-]{1,110}?)?\s+(?:has\s+|had\s+|have\s+)?(?:been\s+)?(?:risen|rises|rose|climbed|climbs|reached|reaches|stood|stands|hit|hits|jumped|jumps|increased|grew|is|was|put|placed|revised|raised)\s+(?:to\s+|at\s+)?(?:[\p{L}\s]{0,20})?$/iu;
/** What kills: a toll's "from"/"in" phrase naming one is a death toll's without the word "death". */
const DISASTER_NOUN = /\b(?:(?:earth)?quakes?|tremors?|blasts?|explosions?|bomb(?:ing)?s?|attacks?|(?:air)?strikes?|raids?|shelling|fighting|clashes|violence|war|conflict|battles?|shootings?|massacres?|riots?|unrest|fires?|blazes?|wildfires?|floods?|flooding|landslides?|mudslides?|storms?|cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?|tsunamis?|avalanches?|eruptions?|heat\s*waves?|droughts?|famine|crash(?:es)?|collisions?|derailments?|accidents?|collapses?|stampedes?|sinking|capsizing|disasters?|tragedy|outbreaks?|epidemics?|pandemic|virus|disease|cholera|fever|flu|influenza|poisoning|insurgency|crackdown|offensive|siege)\b/i;
/** A toll one pays: for a road, a bridge or a vehicle, in money. */
const PAID_TOLL = /\b(?:bridges?|roads?|motorways?|highways?|expressways?|turnpikes?|tunnels?|ferry|ferries|crossings?|trucks?|lorries|lorry|cars?|vehicles?|buses|bus|drivers?|motorists?|congestion|charges?|fees?|fares?|booths?|plazas?|gates?|lanes?|dollars?|euros?|pounds?|cents?|pence|rupees?)\b|[$€£¥]/i;
/** A phrase that holds its own figure's clause ("..., rose to thirty, and the number of wounded"): no longer the toll's. */
const OWN_CLAUSE = /\b(?:(?:number|count|tally|total)\s+of|risen|rises|rose|climbed|climbs|reached|reaches|stood|stands|jumped|jumps|increased|grew)\b/i;

/** "The death toll from the blast ... rose to", "The toll from the quake stood at": a toll that counts deaths, ending at the figure.
 * Without "death", the toll is one of deaths only when nothing says it is paid ("The bridge toll was raised to", "The toll
 * for trucks is") and its "from"/"in" phrase names what killed (or a place); "the toll of injured" counts the injured. */
function deathTollBefore(text: string): boolean {
  const m = DEATH_TOLL.exec(text);
  if (!m) return false;
  const phrase = (m[2] ?? "").trim();
  if (OWN_CLAUSE.test(phrase)) return false;
  if (m[1]) return true;
  const lead = text.slice(Math.max(0, m.index - 30), m.index);
  if (PAID_TOLL.test(phrase) || /\b(?:bridges?|roads?|motorway|highway|expressway|turnpike|tunnel|ferry|truck|lorry|car|vehicle|bus|congestion|peak|off-peak|annual|daily|new|higher|lower|average)\s+$/i.test(lead)) return false;
  if (!phrase) return true;
  if (/^of\s+(?:the\s+)?(?:injured|wounded|hurt|missing|displaced|homeless|evacuated|sick|infected)\b/i.test(phrase)) return false;
  return DISASTER_NOUN.test(phrase) || /^in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u.test(phrase);
}
/** "percentage of", "pass percentage rose steadily to": a percentage a few words before a figure, no other figure between. */
const PERCENTAGE_BEFORE = /\bpercentages?\s+(?:\p{L}+\s+){0,4}$/iu;
/** "92.47 passing percentage", "29.7 vote percentage". */
const PERCENTAGE_AFTER = /^\s+(?:\p{L}+\s+)?percentage\b(?!\s+points?\b)/iu;
/** A total named before its figure: "the total number of valid votes then was 10,713,650", "total valid votes in the polls were". */
const TOTAL_BEFORE = /\b[Tt]otal\s+(?:number\s+of\s+)?(?:\p{L}+\s+)?(\p{L}+)(?:\s+(?:in|of|at|for)\s+the\s+\p{L}+)?\s+(?:then\s+|now\s+)?(?:was|were|is|are|stood\s+at|standing\s+at|stands\s+at|reached|totall?ed)\s+$/u;
/** A count in brackets right after its noun: "international passengers (77.5 million)". */
const NOUN_THEN_BRACKET = /\b(\p{L}+)\s*\($/u;
/** "killing two officers and wounding three": the second figure counts the same people. */
const ELLIPSIS_AFTER_VERB = /^\s*,?\s*and\s+\p{L}+(?:ing|ed)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|another\s+)?$/u;
/** "two of the nine cases": part of a counted group; "ten of the dead"; "48 out of the 60 wards". */
/** Periods a part of a group may count: "two of the last three quarters" are two quarters. */
const PERIOD = /^(?:minute|hour|day|night|week|fortnight|month|quarter|year|decade|season)$/;
const PART_OF_NEXT = /^\s+(?:(?:(?:out\s+)?of|among)\s+(?:the|these|those|its|their|his|her|all)\s+(?:\p{L}+['’]s\s+)?(?:(?:last|first|past|next|remaining|latest)\s+)?|(?:out\s+)?of\s+)$/iu;
/** "measured the magnitude of the first quake as 5.9", "put the magnitude at 6.1". */
const MAGNITUDE_NAMED = /\bmagnitude\b[\p{L}\s]{0,40}?,?\s(?:as|at)\s+$/iu;
/** "had a preliminary magnitude of 6.8", "a magnitude of about 5.1": a reading, not a count of what follows. */
const MAGNITUDE_OF = /\bmagnitude\s+of\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$/i;
/** A figure compared with or listed after an earlier count: "compared to 215 in 2014", "an average of 28 a month", "followed by Beijing (89.9 million)". */
const COMPARED_OR_LISTED = /(?:\b(?:compared\s+(?:to|with)|versus|vs\.?|an\s+average\s+of)\s+|\bfollowed\s+by\s+[^()]{1,40}\(\s*)$/i;
/** A place or name, then the figure in brackets: "Johor (23)". */
const NAME_THEN_BRACKET = /\b\p{Lu}[\p{L}'’.-]*\s*\(\s*$/u;
/** The plural subject a list of "Name (N)" counts: "Other hotspots are in Johor (23), Perak (nine)". */
function listSubject(s: string): string | null {
  const m = /^(?:(?:other|the|more|new)\s+)?(\p{L}+)\s+(?:are|were|include|included)\b/iu.exec(s);
  return m && isPluralWord(m[1].toLowerCase()) ? singularize(m[1]) : null;
}
/** The name a bracketed figure follows, and the bracket: "Central Valley (", "West Marsh ("; up to four words. */
const LISTED_NAME = /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*\(\s*$/u;
/** After a noun, what lists the places it names: "of", "such as", "including", up to the list or its first name. */
const PLACES_LISTED = /^\s*(?:of|such\s+as|including|like|:)\s*(?:$|\p{Lu})/u;
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu;

/**
 * What a list of "Name (N)" counts when no count came before it: the plural noun the sentence names before the list
 * ("the most dengue cases are in North Vale (5,884), ...", "deaths were highest in Rell (29) and ...") or a death toll
 * ("The next-worst death toll came from West Marsh (84)"). Capitalised words are the places' names, not the noun.
 */
function listNoun(s: string, start: number): string | null {
  const name = LISTED_NAME.exec(s.slice(Math.max(0, start - 80), start));
  if (!name) return null;
  const end = start - name[0].length;
  const before = s.slice(Math.max(0, end - 150), end);
  if (/\bdeath\s+toll\b/i.test(before)) return "death";
  let noun: RegExpExecArray | null = null;
  for (const w of before.matchAll(LOWER_WORD)) if (w[0].length > 2 && isPluralWord(w[0]) && !UNIT_STOP.has(w[0]) && !/ly$/.test(w[0])) noun = w as RegExpExecArray;
  // "in the counties of Tana Vale (3,864)", "the regions: North Fell (12)", "states such as Tarn (563,000) and Vell (467,000)":
  // the noun names the places listed, not what is counted, for every item of the list.
  if (!noun || PLACES_LISTED.test(before.slice(noun.index + noun[0].length))) return null;
  return singularize(noun[0]);
}

const PART_OF_PEOPLE = new RegExp(`^\\s+(?:of|among)\\s+the\\s+(?:${PERSON_STATES}|sick|detained|arrested|accused|defendants|victims)\\b`, "i");
const JOINED_TO_PREVIOUS = /^[^.;:!?()]{0,40}$/;
/** Between a figure without a unit and the next one that has it: "45 and 50 mg", "108,698 in 2014 to 120,836 cases", "3,400 residential and 550 commercial parcels". */
const JOINED_TO_NEXT = /^\s*(?:in\s+\d{4}\s+)?(?:\p{Ll}+(?:al|ic|ed|ive|ous|ary|ate|ern|ian|an|ese|ish|ing|ful|less|able|ible)\s+)?(?:and|or|to)\s+$/u;
/** A figure that is the subject of a verb: "and 13 had been tortured". */
const SUBJECT_AFTER = /^\s+(?:had|have|has|were|was|are|is|will|would|remain(?:s|ed)?)\b/i;
/** "Seventeen of the victims died in Vell, one died in Sarn": clauses of one list, joined by a comma too. */
const CLAUSE_OR_COMMA = /(?:,|\band|\bwhile|\bbut|;)\s+$/;
const CLAUSE_BEFORE = /(?:,\s*(?:and|while|but)|\band|\bwhile|;)\s+$/;
const UNIT_STOP_WORDS = /^(?:this|those|these|its|was|is|has|as|us|his|hers|yes|thus|less|plus|minus)$/i;
const CONVERSION_BETWEEN = /^\s*(?:\(|,?\s*or\s+|,\s*)$/;

export function unitsFromContext(s: string, found: QuantityMention[]): QuantityMention[] {
  let previous: QuantityMention | null = null;
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    // "thousands of navy, army and marine troops", "hundreds small businesses": the noun after joined or describing words.
    if (!m.unit && m.qualifier === "vague") m.unit = nounAfterModifiers(s.slice(m.end, m.end + 90));
    // "destroyed 300 homes, dozens of which collapsed": part of the count the relative clause is about.
    if (!m.unit && m.qualifier === "vague" && partOfWhich(s, m)) m.unit = wholeOfWhich(s, found, i) ?? lastCount(found, i, s);
    // "with dozens also missing", "dozens were still thought to be stranded", "Thousands feared dead", "with several others
    // injured": the subject of what befell people counts the people an earlier clause counted with what befell them
    // ("Nearly 1,000 residents were rescued"), else persons.
    if (!m.unit && m.qualifier === "vague" && VAGUE_BEFALLEN.test(s.slice(m.end, m.end + 70))) m.unit = befallenBefore(s, found, i) ?? "person";
    else if (!m.unit && m.qualifier === "vague" && VAGUE_STRANDED.test(s.slice(m.end, m.end + 70))) m.unit = befallenBefore(s, found, i);
    // "destroyed 40 homes and damaged dozens more", "killed 18 villagers and abducted several others": more of the same group;
    // "Hundreds of others were trapped": others something befell are people. "400 people died at the three camps, and
    // hundreds more in protests": a place the group was at is not the group.
    // "The death toll rose to 107, with hundreds of others missing": others than the dead are people.
    if (!m.unit && m.qualifier === "vague" && /^\s+(?:more|others|of\s+others)\b/i.test(s.slice(m.end, m.end + 11))) {
      const earlier = lastCount(found, i, s);
      m.unit = earlier ? (/^\s+(?:of\s+)?others\b/i.test(s.slice(m.end, m.end + 11)) ? othersOf(earlier) : earlier) : OTHERS_BEFALLEN.test(s.slice(m.end)) ? "person" : null;
    }
    // "left 20 people dead and thousands in the region without food": the noun left out after "and" is the count's before it.
    if (!m.unit && m.qualifier === "vague" && previous?.unit && isCountOf(previous.unit) && ELIDED_AFTER_COUNT.test(s.slice(previous.end, m.start))) m.unit = previous.unit;
    if (!m.unit && m.qualifier === "vague" && (CASUALTY_AFTER.test(s.slice(m.end, m.end + 40)) || CASUALTY_BEFORE.test(s.slice(Math.max(0, m.start - 40), m.start)))) m.unit = "person";
    // "crowds flocked to the Mall in their thousands": the subject is what is counted.
    if (!m.unit && m.qualifier === "vague" && /\b(?:in|by)\s+(?:their|the)\s+$/i.test(s.slice(Math.max(0, m.start - 12), m.start)))
      m.unit = spectatorOf(pluralNounBefore(s, m.start - (/(?:in|by)\s+(?:their|the)\s+$/i.exec(s.slice(0, m.start))?.[0].length ?? 0)));
    // "Officials said 28 more were hospitalised": more of what was counted before this sentence; the article tells what.
    const moreOfEarlier = /^\s+more\s(?!\s*than\b)/i.test(s.slice(m.end, m.end + 12)) && !lastCount(found, i);
    // "flattened a barn, and damaged about 7 more", "killed a guard and wounded three more": more of the one named first.
    const one = !m.unit && /^\s+more\b(?!\s*than\b)/i.test(s.slice(m.end, m.end + 12)) && !lastCount(found, i) ? ONE_THEN_MORE.exec(s.slice(Math.max(0, m.start - 80), m.start)) : null;
    if (one && !UNIT_STOP.has(one[1]) && !/(?:ed|ing|ly)$/.test(one[1])) m.unit = one[1];
    if (!m.unit && m.qualifier !== "vague" && !moreOfEarlier && !/^[-−–]?\d*\s*[%$€£]/.test(m.text) && !statesLikelihood(s, m.start)) {
      const before = s.slice(Math.max(0, m.start - 60), m.start);
      const after = s.slice(m.end, m.end + 40);
      const noun = NOUN_BEFORE.exec(before);
      const toll = noun && /\s(?:toll|count|tally)\s/.test(noun[0]);
      const next = found[i + 1];
      const total = TOTAL_BEFORE.exec(before);
      const bracket = NOUN_THEN_BRACKET.exec(before);
      const nextUnit = next?.unit ?? (found[i + 2]?.unit && JOINED_TO_NEXT.test(s.slice(next!.end, found[i + 2].start)) ? found[i + 2].unit : null);
      const counted = lastCount(found, i);
      const group = GROUP_THEN_VERB.exec(after);
      const share = SHARE_OF_AFTER.exec(after);
      const fraction = m.value !== null && m.value > 0 && m.value < 1;
      // Each look-up below runs once: its answer is kept in `named` when it has one.
      let named: string | null;
      // "sales reached 3.1 billion rand ($170 million), and costs came to 2.8 billion ($150 million)": an amount
      // restated in another currency in brackets is money, in the currency the sentence gave before.
      if (next && CURRENCY_NAMES.has(next.unit ?? "") && /^\s*\(\s*$/.test(s.slice(m.end, next.start)) && (named = currencyBeforeIn(s, found, i))) m.unit = named;
      // "a vote percentage of 29.7", "recorded 92.47 passing percentage", "the pass percentage rose to 89.9": a bare figure
      // a percentage names is a percent.
      else if (PERCENTAGE_BEFORE.test(before) || PERCENTAGE_AFTER.test(after)) m.unit = "percent";
      // "revenues to drop by a third to NZ$14 billion": a fraction of a change is a share of the thing that changed.
      else if (fraction && CHANGED_BY.test(before) && (named = pluralNounBefore(s, m.start))) m.unit = named;
      // "the ferry, which was the second of four": the count is of the thing the clause is about.
      else if ((named = oneOfCount(before))) m.unit = named;
      // "Four people, three of them children, were rescued", "nine of them were students": the part is what it is named.
      else if ((named = partNamed(after))) m.unit = named;
      // "half of them are nurses": the share is of what the copula names.
      else if (fraction && (named = shareIs(after))) m.unit = named;
      // "the district's deer population has climbed to 40,000": a population counts its members.
      else if ((named = populationMembers(before))) m.unit = named;
      else if (/\bmagnitude[\s-]+$/i.test(before) || MAGNITUDE_NAMED.test(before) || (MAGNITUDE_OF.test(before) && m.value !== null && m.value > 0 && m.value < 10) || MAGNITUDE_AFTER.test(after) || seismicReading(s, before, m)) m.unit = "magnitude";
      // "The death toll from three landslides has risen to 18": a toll counts deaths, whatever its "from" phrase counts
      // ("put the toll at 40 dead" counts the dead, people).
      else if ((deathTollBefore(s.slice(Math.max(0, m.start - 160), m.start)) || TOLL_MOVES.test(before)) && !/^\s+dead\b/i.test(after)) m.unit = "death";
      else if ((named = numberOfBefore(s.slice(0, m.start)))) m.unit = named; // "the number of cases admitted ... is 849"
      else if ((named = broughtTo(before, after, s.slice(Math.max(0, m.start - 120), m.start)))) m.unit = named; // "bringing the total number of troops killed to nine"
      else if (m.value !== null && m.value >= 1 && (named = subjectOfChange(s, m.start))) m.unit = parallelLevel(s, found, i) ?? named; // "home sales fell 3% to 4.2 million"
      else if ((named = copulaNoun(after))) m.unit = named; // "among them, seven are police and six civilians"
      else if (VOTED_BEFORE.test(before) && /^\s+(?:to|-|–)\s+\d/.test(after)) m.unit = "vote"; // "voted 326 to 250"
      else if (ATTENDANCE_BEFORE.test(before)) m.unit = "spectator"; // "a crowd of 45,000", "attendance of about 26,000"
      else if ((named = populationOf(before))) m.unit = named; // "the refugee population has exceeded 40 million"
      else if (POPULATION_BEFORE.test(before)) m.unit = "person"; // "a population of around 3.3 million", "home to 90 million"
      // "found 60 migrants, of whom 12 died", "120 homes, 10 of which"; "$40 million in funds, of which 3 million": the clause
      // is about the figure right before it, and a sum or a measure there lends its own unit.
      else if (partOfWhich(s, m) && (named = wholeOfWhich(s, found, i) ?? counted)) m.unit = named;
      else if (share && next?.unit === "percent" && next.start - m.end < 20) {
        // "20.873 million or 42.78 per cent of 48.78 million eligible voters": the share's whole counts the same.
        const whole = found[i + 2];
        const noun = whole && isCountOf(whole.unit ?? "percent") && whole.start - next.end < 12 ? whole.unit : pluralAfterOf(s.slice(next.end, next.end + 60));
        if (noun) m.unit = noun;
      }
      else if ((named = stateThenNoun(after))) m.unit = named; // "22 dead catfish, 40 dead trout": the noun after the state
      else if (group && CASUALTY_AFTER.test(after.slice(group[0].length)) && !UNIT_STOP.has(group[1].toLowerCase()) && !BEFORE_NOUN.has(group[1].toLowerCase()) && !/(?:ly|ed)$/.test(group[1]) && !ADVERB.test(group[1])) m.unit = groupNoun(group[1]); // "three Taliban died", "five Pakistanis were killed"
      else if (/^\s+who\b/i.test(after)) m.unit = "person"; // "the 111 million who watched"
      else if (previous?.unit && /^\s+(?:behind|ahead|clear|adrift|short)\b/i.test(after)) m.unit = previous.unit; // "58 points, four behind"
      else if (/^\s+others\b/i.test(after) && lastCount(found, i)) m.unit = othersOf(lastCount(found, i)!);
      else if (previous?.unit && isCountOf(previous.unit) && PART_OF_GROUP_BEFORE.test(s.slice(Math.max(0, previous.start - 12), previous.start)) && /^\s*,\s*$/.test(s.slice(previous.end, m.start)))
        m.unit = previous.unit; // "Of the 300 passengers, 280 were rescued": part of the group just named
      else if (OTHERS_BEFALLEN.test(after) || OTHERS_IN_CONDITION.test(after)) m.unit = "person"; // "More than 30 others were hurt": others who were hurt are people
      else if (isIndexLevel(s, found, m)) m.unit = null; // "The index rose 1.4% to 6,512.30": an index level has no unit
      else if (EXCHANGE_RATE.test(after) || AGAINST_CURRENCY_BEFORE.test(before)) m.unit = currencyBefore(before); // "The peso closed at 58.2 to the dollar"
      else if (RATE_FIGURE.test(m.text) && LEVEL_BEFORE.test(before) && CURRENCY_SUBJECT.exec(s) && CURRENCY_NAMES.has(CURRENCY_SUBJECT.exec(s)![1].toLowerCase()))
        m.unit = CURRENCY_SUBJECT.exec(s)![1].toLowerCase(); // "The rupee ... from the previous close of 63.38"
      else if (CHANGED_FROM.test(before) && changedFigure(s, found, i)) m.unit = changedFigure(s, found, i); // "rose to 3.4 billion euros ($3.7 billion) from 2.9 billion"
      else if (previous?.unit && FROM_THEN_TO.test(s.slice(Math.max(0, previous.start - 6), previous.start)) && TO_AFTER_FROM.test(s.slice(previous.end, m.start)))
        m.unit = previous.unit; // "from 21.79 percent in February to 22.95 in March": the new level of the same measure
      else if (previous?.unit && !isMeasureOrMoney(previous.unit) && previous.unit !== "percent" && ELLIPSIS_AFTER_VERB.test(s.slice(previous.end, m.start)) && !(next && /^\s+of\s+$/.test(s.slice(m.end, next.start))))
        m.unit = previous.unit;
      else if (nextUnit && (!isMeasureOrMoney(nextUnit) || PERIOD.test(nextUnit)) && nextUnit !== "percent" && PART_OF_NEXT.test(s.slice(m.end, next!.start))) m.unit = nextUnit;
      else if (counted && COMPARED_OR_LISTED.test(before)) m.unit = counted;
      else if ((NAME_THEN_BRACKET.test(before) || PAR_BEFORE.test(before)) && GOLF_SCORE.test(s)) m.unit = "stroke"; // "10-under-par 61", "Kevin Na (67)"
      else if (NAME_THEN_BRACKET.test(before) && (named = counted ?? listSubject(s) ?? (/^\s*\)/.test(after) ? listNoun(s, m.start) : null))) m.unit = named;
      else if (PART_OF_PEOPLE.test(after)) m.unit = "person";
      else if (CASUALTY_AFTER.test(after) && previous?.unit && isCountOf(previous.unit) && CASUALTY_AFTER.test(s.slice(previous.end, previous.end + 40)) && !IN_PHRASE.test(s.slice(0, previous.start)) && CLAUSE_OR_COMMA.test(s.slice(previous.end, m.start).replace(/^[^,;]*?(?=(?:,\s*)?(?:and|while|but)\b|;)/, "")))
        m.unit = previous.unit; // "Two soldiers were killed Sunday and about six were wounded"
      else if (CASUALTY_AFTER.test(after) || CASUALTY_BEFORE.test(before)) m.unit = "person";
      else if (total && isPluralWord(total[1].toLowerCase())) m.unit = singularize(total[1]);
      // "measles cases (120)"; a capitalised word before the bracket is a name ("the Western Isles (120)").
      else if (bracket && bracket[1] === bracket[1].toLowerCase() && isPluralWord(bracket[1]) && !UNIT_STOP_WORDS.test(bracket[1])) m.unit = singularize(bracket[1]);
      else if (noun && (CASUALTY_NOUN.test(noun[1]) || (toll && UNIT_STOP.has(noun[1].toLowerCase()))))
        m.unit = /\stoll\s/.test(noun[0]) ? "death" : "person"; // "the number of dead rose to 20" counts people, "the toll climbed to 112" deaths
      // "numbers were capped at two million": numbers and figures are no noun counted (COUNT_WORDS).
      else if (noun && (toll || isPluralWord(noun[1].toLowerCase())) && !/^(?:there|these|those|this|it|they)$/i.test(noun[1]) && !UNIT_STOP.has(noun[1].toLowerCase()) && !(toll && TALLY_KIND.test(noun[1])) && !COUNT_WORDS.test(noun[1].toLowerCase()))
        m.unit = singularize(noun[1]);
      else if (previous?.unit && previous.unit !== "percent" && !periodOfChange(s, previous) && !(SUBJECT_AFTER.test(after) && isMeasureOrMoney(previous.unit)) && JOINED_TO_PREVIOUS.test(s.slice(previous.end, m.start)) && /\b(?:and|or|while|compared with|against|to)\b|,/.test(s.slice(previous.end, m.start)))
        m.unit = previous.unit;
      else if (next?.unit && next.qualifier !== "vague" && JOINED_TO_NEXT.test(s.slice(m.end, next.start))) m.unit = next.unit;
      // "eased to 31.2 from 33.8 percent", "rose to 5,200 from 4,900 cases": the new level, then the old one with the unit.
      else if (next?.unit && next.qualifier !== "vague" && /\bto\s+$/i.test(before) && /^\s+from\s+$/i.test(s.slice(m.end, next.start))) m.unit = next.unit;
      else if (previous?.unit && !isMeasureOrMoney(previous.unit) && SUBJECT_AFTER.test(after) && CLAUSE_BEFORE.test(s.slice(previous.end, m.start)))
        m.unit = previous.unit;
      // "nearly 400 people were treated ..., and 40 of them were critical": part of the sentence's last count.
      else if (counted && OF_THEM_AFTER.test(after)) m.unit = counted;
      // Nothing next to it: the sentence's last count before it, else the plural noun of its clause.
      else if (!OF_THEM_AFTER.test(after) && !OF_THEM_BEFORE.test(before.slice(-20))) m.unit = counted ?? pluralNounBefore(s, m.start);
    }
    // "fell 20,000 jobs, more than the 15,000 economists expected": the forecast counts what was forecast.
    const forecaster = m.unit && FORECASTERS.test(m.unit) && FORECAST_AFTER.test(s.slice(m.end, m.end + 30)) ? lastCount(found, i) : null;
    if (forecaster) m.unit = forecaster;
    if (previous && conversionOf(s, previous, m)) {
      m.qualifier = previous.qualifier;
      m.low = UPPER_BOUND.has(m.qualifier) ? null : m.value;
      m.high = LOWER_BOUND.has(m.qualifier) ? null : m.value;
    }
    previous = m;
  }
  sameScale(found);
  ratesBySpan(s, found);
  pricesOfOneMeasure(s, found);
  return s.includes(" per ") ? ratesPerBase(s, found) : found;
}

/**
 * "A barrel of Brent cost $96.55, $3.54 more than on Friday", "the price of a barrel of crude has fallen from $120":
 * the sentence prices one measure of a thing, so the money after it is by that measure ("dollar per barrel").
 */
const ONE_MEASURE = "(?:a|one)\\s+(barrel|litre|liter|gallon|tonne|ton|kilogram|ounce|bushel)\\s+of\\s+";
const ONE_MEASURE_PRICED = new RegExp(`\\b(?:(?:price|cost)\\s+(?:of|for)\\s+${ONE_MEASURE}|${ONE_MEASURE}(?:[\\p{L}-]+\\s+){1,3}?(?:cost|costs|sold\\s+for|sells\\s+for|traded\\s+at|fetched|fetches)\\b)`, "u");

function pricesOfOneMeasure(s: string, found: QuantityMention[]): void {
  if (!s.includes(" of ") || !found.some((m) => isMoneyUnit(m.unit))) return;
  const m = ONE_MEASURE_PRICED.exec(s);
  if (!m) return;
  const by = ` per ${m[1] ?? m[2]}`;
  for (const f of found) if (f.start > m.index && isMoneyUnit(f.unit) && !/ per /.test(f.unit!) && !SCALED_SUM.test(f.text)) f.unit = priced(f, by);
}

/** The spans of time a rate may be by (RATE_AFTER). */
const RATE_TIME = "year|annum|season|quarter|month|week|day|night|hour";
const RATE_TIME_SPAN = new RegExp(`^(?:${RATE_TIME})$`);
/**
 * The measures of stuff a price may be by: "$3,060 per ton", "55 pence per therm", "€22 a megawatt-hour", "$410 a square
 * foot", and the share a profit or a dividend is paid by ("$2.10 a share", "12p per share"; not "$2bn in shares", "a 5%
 * share"). A measure names no time, so what follows it ("a barrel on the exchange", "a tonne from farmers") is no date.
 */
const RATE_STUFF = "lit(?:re|er)|gallon|barrel|bbl|kilo(?:gram)?|kg|tonne|ton|therm|ounce|bushel|(?:kilo|mega)watt[- ]hour|square\\s+(?:foot|feet|met(?:re|er))|hectare|ha|acre|share";
/** Spans and measures of a rate written short: "per annum" → "per year", "$49/bbl" → "per barrel", "10.1t/ha" → "per hectare". */
const RATE_SHORT: Record<string, string> = { annum: "year", kilo: "kilogram", kg: "kilogram", bbl: "barrel", ha: "hectare" };
/** A crop's yield, a mass by the area it grew on: "10.1t/ha" → "tonne per hectare", "5 tonnes an acre". */
const YIELD_MASS = /^(?:tonne|ton|kilogram|bushel|pound)$/;
const YIELD_AREA = /^(?:hectare|acre)$/;
/**
 * What an amount is of, between it and its span: "200 gigatons of ice per year", "75 litres of fuel a month", "40 cases of
 * measles a week". Up to three words, no figure among them.
 */
const OF_STUFF = "\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+";
/**
 * Right after a figure (or the bracket closing its restatement, "($3.06) per kilogram"), "a"/"an"/"per" and a span of
 * time or a measure of stuff: "£40m a year", "121p per litre", "£40m-a-year". ("a week's notice" is a possessive; "a week into the inquiry", "an hour ahead of the storm", "a day too
 * late", "a quarter mile from", "a quarter century ago", "a week out from polling day", "a year and a half ago" place or measure a figure in time or space: no rate.)
 */
const RATE_AFTER = new RegExp(
  `^\\)?(?:${OF_STUFF}(?=\\s+(?:a|an|per)\\s))?(?:\\s+(?:a|an|per)\\s+|-a-|-per-|\\s?/\\s?)(?:(${RATE_TIME})(?![\\w'’-])` +
    `(?!\\s+(?:ago|earlier|before|beforehand|later|after|afterwards|on|previously|back|prior|since|from(?!\\s+[$€£¥₹\\d])|of|into|ahead|following|too|early|late|apart|out(?!\\s+of\\b)|century|and\\s+a\\s+half|or\\s+(?:two|so)|miles?)\\b)` +
    `|(${RATE_STUFF})(?![\\w'’-]))`,
  "iu",
);
/** Money's span written after it in other words than RATE_AFTER's: "$5,200 annually", "£300 each year", "€90 every month". */
const SPAN_WORD_AFTER = new RegExp(`^\\s+(?:(annually|yearly)|(monthly)|(weekly)|(?:each|every)\\s+(${RATE_TIME}))\\b`, "i");
/** A sum said to be a year's before it or after it: "an annual salary of $90,000", "$2 billion in annual revenue". */
const ANNUAL_BEFORE = /\b(?:annual|yearly)\s+(?:[\p{Ll}-]+\s+){1,2}of\s+$/u;
const ANNUAL_AFTER = /^\s+in\s+(?:annual|yearly)\s+\p{Ll}/u;

/**
 * The span of time a sum is by when the text writes it otherwise than "a year"/"per year": "pay $5,200 annually" →
 * year, "a levy of £300 each year" → year, "rent of €900 monthly" → month, "an annual salary of $90,000" and "$2 billion
 * in annual revenue" → year (the same as "$2 billion a year"); null when none. Money only: "5% each year" stays percent.
 */
function moneySpanWritten(s: string, m: QuantityMention): string | null {
  const after = s.slice(m.end, m.end + 40);
  const w = SPAN_WORD_AFTER.exec(after);
  if (w) return w[1] ? "year" : w[2] ? "month" : w[3] ? "week" : w[4];
  const before = s.slice(Math.max(0, m.start - 40), m.start);
  return (before.includes("annual") || before.includes("yearly")) && ANNUAL_BEFORE.test(before) ? "year" : ANNUAL_AFTER.test(after) ? "year" : null;
}

/** Between two figures of one rate: "3p to 149p per litre", "9.5p and 18p per litre", "up $1.23 today to $51 a barrel" (", or" restates a sum another way). */
const SAME_RATE_BETWEEN = /^\s*(?:\w+\s+)?(?:(?:and|to|from|up|down|of)\s+){1,3}(?:\w+\s+)?$/i;
/** A sum with a scale word ("$40 million"), a total rather than a price by the unit: no rate is carried to it. */
const SCALED_SUM = /\d\s*(?:million|billion|trillion|mn|bn|tn|m|b|crore|lakh)\b/i;
/** "Authorities gave 200 families a week to leave": the span given to a count is a deadline, not a rate. */
const GIVEN_BEFORE = /\b(?:gave|give[sn]?|giving|grant(?:ed|s|ing)?|allow(?:ed|s|ing)?|offer(?:ed|s|ing)?)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * A rate keeps its span: a price by the litre, gallon, barrel, kilo or tonne ("121.76p a litre", "$82 a barrel") and a
 * count by the span of time ("11,000 trains a day", "an average of 34 a month") are other quantities than a sum or a
 * total, so the unit names the span ("penny per litre", "train per day"). A price in the same currency joined to a
 * rate by "to", "and" or "from" is of the same rate ("up 4p to 152.3p per litre"). Money by the span of time is a rate
 * too ("a deal worth €4m a year" → euro per year, "rations cut to $10 a month from $12" → dollar per month, both), as the
 * labelling guide's "a rate keeps its span" reads; "a year earlier" or "a day after" dates a figure. Money by the share is
 * a rate too ("profit was 37 cents a share" → cent per share), but a count by the share is not ("one vote per share").
 */
function ratesBySpan(s: string, found: QuantityMention[]): void {
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const money = isMoneyUnit(m.unit);
    if (!m.unit || m.qualifier === "vague" || / per /.test(m.unit)) continue;
    const r = RATE_AFTER.exec(s.slice(m.end, m.end + 60));
    const spanned = r ? r[1] ?? r[2] : money ? moneySpanWritten(s, m) : null;
    if (!spanned) continue;
    const span = spanned.toLowerCase().replace(/\s+/g, " ").replace(/feet$/, "foot");
    const time = RATE_TIME_SPAN.test(span);
    // A span given is a deadline ("gave 200 families a week"); a price offered by the litre stays a price ("offered fuel at N620 per liter").
    if (time && GIVEN_BEFORE.test(s.slice(Math.max(0, m.start - 40), m.start))) continue;
    // Money by the measure of stuff or the span of time ("121.76p a litre", "£40m a year"), a count or an amount of stuff
    // or ground by the span of time ("11,000 trains a day", "200 gigatons of ice per year", "350 kilometres a day"); a
    // span, a share or a reading is no amount: "two hours a day", "5% a year".
    const rate = RATE_SHORT[span] ?? span;
    if (!money && !(time && (!isMeasureOrMoney(m.unit) || timedMeasure(m.unit))) && !(YIELD_MASS.test(m.unit) && YIELD_AREA.test(rate))) continue;
    const sum = m.unit;
    const by = ` per ${rate}`;
    m.unit = priced(m, by);
    if (!money) continue;
    for (let j = i - 1; j >= 0; j--) {
      const o = found[j];
      // "2,400 CFA francs ($4.10) per kilogram": the price restated in brackets is by the same measure, in its own currency.
      if (j === i - 1 && o.unit && o.unit !== sum && !/ per /.test(o.unit) && isMoneyUnit(o.unit) && !SCALED_SUM.test(o.text) && /^\s*\($/.test(s.slice(o.end, m.start))) {
        o.unit = priced(o, by);
        continue;
      }
      if (o.unit !== sum || SCALED_SUM.test(o.text) || !SAME_RATE_BETWEEN.test(s.slice(o.end, found[j + 1].start))) break;
      o.unit = priced(o, by);
    }
    // "$71.40 a barrel, while the US grade fell 23 cents to $68.15", "a peak of $9,300 per ton ... has since eased to about
    // $6,850": a later price in the same currency, with no measure of its own, is by the same measure (not a scaled sum)
    // when a change or a level links it to the price ("to", "from", "rose", "a record of", "a 6p increase"). It is not
    // past a figure with its own span of time ("spends $260 a month on fuel"), a new source ("Corvane Grain said it would
    // pay"), shares or stock ("and shares of Harlow Mining gained $3 to $45"), a named subject ("and Harlow Mining
    // gained") or a clause about another thing ("where the average household spends").
    // By a span of time, only the old level it changed from: "to $10 a month from $12".
    if (time) {
      const o = found[i + 1];
      if (o && o.unit === sum && !SCALED_SUM.test(o.text) && SPAN_THEN_FROM.test(s.slice(m.end, o.start))) o.unit = priced(o, by);
      continue;
    }
    for (let j = i + 1; j < found.length; j++) {
      const o = found[j];
      if (o.unit && / per /.test(o.unit)) break;
      // The rate's own words are not between ("40 cents a share, up from 31 cents": "share" there names no stock).
      const from = j === i + 1 ? m.end + (r?.[0].length ?? 0) : found[j - 1].end;
      if (OWN_SPAN_AFTER.test(s.slice(o.end, o.end + 20)) || OTHER_THING_BETWEEN.test(s.slice(from, o.start))) break;
      if (o.unit !== sum || SCALED_SUM.test(o.text) || RATE_AFTER.test(s.slice(o.end, o.end + 40))) continue;
      if (linkedLevel(s, found, j)) o.unit = priced(o, by);
    }
  }
}

/** Between a rate's figure and its base: "3.2 deaths per 100,000 people". */
const PER_BETWEEN = /^\s+per\s+$/i;
/** "per " right before a figure: its base. */
const PER_BEFORE = /(?:^|\s)per\s+$/i;
/** The number of a base as written, without its noun: "100,000", "100 million". */
const BASE_NUMBER = /^[\d.,]+(?:\s+(?:hundred|thousand|million|billion))?/i;
/** A round base, as rates are given by: 10, 100, 1,000, 100,000, 100 million. */
const roundBase = (v: number | null) => v !== null && v >= 10 && Number.isInteger(Math.log10(v));

/**
 * A rate by a round base amount: "3.2 deaths per 100,000 people", "1.1 fatalities per 100 million vehicle miles", "1.4
 * per 100 million miles traveled". The base is no claim of its own ("one doctor per 1,000 residents"): it joins the unit
 * of the rate right before it, its number as written and its noun singular ("fatality per 100 million mile"; a rate with
 * no noun written with it, "per 100 million mile"), as does an earlier level of the rate ("from 2.1 to 2.6 per 100,000
 * people"). A base that is not round ("5 goals per 12 games") or not exact is left as a figure.
 */
function ratesPerBase(s: string, found: QuantityMention[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const base of found) {
    const number = base.qualifier === "exact" && roundBase(base.value) && PER_BEFORE.test(s.slice(Math.max(0, base.start - 5), base.start)) ? BASE_NUMBER.exec(base.text) : null;
    if (!number) {
      out.push(base);
      continue;
    }
    const rate = out.at(-1);
    if (!rate || !PER_BETWEEN.test(s.slice(rate.end, base.start)) || / per /.test(rate.unit ?? "")) continue;
    // A noun the sentence lent the rate ("The crash rate on city roads was 1.7 per ...") is no noun of the rate's own.
    const unit = rate.unit;
    const own = /\p{L}$/u.test(rate.text) || /[$€£¥₹]/.test(rate.text) ? unit : null;
    const by = [own, "per", number[0], base.unit].filter((w) => w).join(" ");
    for (let j = out.length - 1; j >= 0 && out[j].unit === unit; j--) {
      if (j < out.length - 1 && !SAME_RATE_BETWEEN.test(s.slice(out[j].end, out[j + 1].start))) break;
      out[j].unit = by;
    }
  }
  return out;
}

/** Dollars written as US dollars: "US$1.14", "US $0.35", "USD 80.97", "80 USD". */
const US_WRITTEN = /^(?:U\.?S\.?\s?\$|USD\b)|\bUSD$/;
/**
 * The unit of `m` by `by` (" per barrel"): a rate names its money as written, so US dollars written so stay "us dollar"
 * ("USD 80.97 a barrel" → us dollar per barrel), which alone reads as the dollar.
 */
const priced = (m: QuantityMention, by: string) => `${m.unit === "dollar" && US_WRITTEN.test(m.text) ? "us dollar" : m.unit}${by}`;
/** An amount of stuff, ground or distance, which a span of time may divide: not a speed already, nor a reading ("degree"). */
const timedMeasure = (unit: string) => MEASURE.test(unit) && !/\b(?:mph|kph|kmph|degree|light-year)\b|per /.test(unit);
/** A rate's span, then the old level it changed from: " a month from ", " a year, up from ". */
const SPAN_THEN_FROM = /^\s*(?:a|an|per|each|every)\s+\p{L}+\s*,?\s*(?:(?:up|down)\s+)?from\s+$/u;
/** A figure by a span of time, dated or not: "$260 a month on fuel", "£4m a year". */
const OWN_SPAN_AFTER = new RegExp(`^\\)?(?:\\s+(?:a|an|per)\\s+|-a-|-per-)(?:${RATE_TIME})\\b`, "i");
/**
 * Between a price by a measure and a later figure, what tells the later one is of another thing: a new source ("Corvane
 * Grain said it would", not the tail ", the AA said,"), shares or stock, a clause of place ("where the household spends"),
 * or a clause whose subject is a name ("and Harlow Mining gained"; "while Brent crude rose" is a grade of the same thing).
 */
const OTHER_THING_BETWEEN =
  /\b(?:said|says|say|told|tells|announced)\b(?!\s*,)|\b(?:shares?|stocks?|where)\b|(?:,\s*and|\band|\bwhile|\bwhereas|\bbut|;)\s+(?:\p{Lu}[\p{L}.&'’-]*\s+)+(?:said|says|told|rose|fell|lost|gained|won|paid|pays|sold|sells|bought|cut|shed|added|\p{Ll}+ed)\b/u;
/** Before a later price, a change or a level that links it to the price before: "to about", "from", "rose", "a record of". */
const LINKED_BEFORE =
  /(?:\b(?:to|from|at|hitting|hit|hits|reaching|reached|touching|touched|topping|topped)|\b(?:rate|record|high|low|peak|average|level|price)\s+of|\b(?:rose|risen|rises|fell|fallen|falls|gained|gains|lost|loses|added|adds|dropped|drops|shed|sheds|climbed|slipped|slid|jumped|declined|decreased|increased|eased|edged(?:\s+(?:up|down|higher|lower))?|up|down)(?:\s+by)?)\s+(?:(?:about|around|nearly|roughly|some|just|almost|over|under|below|above|more\s+than|less\s+than|US|USD)\s+)?$/i;
/** After a later price, a change it is: "a 6p increase". */
const CHANGE_NOUN_AFTER = /^\s*(?:increase|rise|hike|jump|gain|drop|fall|decline|cut|reduction)\b/i;

/** Whether `found[j]` is linked to the price before it by a change or a level; a price restated in brackets ("from 1 riyal ($0.27)") by its first writing's link. */
function linkedLevel(s: string, found: QuantityMention[], j: number): boolean {
  const o = found[j];
  const p = found[j - 1];
  const at = p && /^\s*\(\s*$/.test(s.slice(p.end, o.start)) ? p.start : o.start;
  return LINKED_BEFORE.test(s.slice(Math.max(0, at - 40), at)) || CHANGE_NOUN_AFTER.test(s.slice(o.end, o.end + 15));
}

const CHANGE_TOKENS = /\d(?:[\d,.]*\d)?%?|\p{L}[\p{L}'’-]*|[;:,()%—–]/gu;
/** Nouns of a level reached: "to a yearly rate of 2.4 million", "to an adjusted pace of". */
const LEVEL_NOUN = /^(?:rate|pace|level|total|tally|high|low|record)$/;
/** Prices and market measures, whose level is no count of them: "shares fell 3% to 120". */
const PRICE_NOUN = /^(?:shares|stocks|prices|rates|yields|futures|bonds|indices|indexes|points|costs|wages|earnings|profits|revenues|sales prices)$/;
const PERCENT_WORD = /^(?:%|percent|per|pc|pct)$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const OBJECT_OF = /^(?:in|on|at|across|from|for|with|into|among|per|to|by|under|over)$/;
const CLAUSE_WORD = /^(?:that|which|who|while|whereas|but|and|or|when|if|because|as|than|said|says|say|show|shows|showed|where)$/;
const AUX_OR_ADVERB = /^(?:has|have|had|was|were|is|are|been|also|now|still|again|\p{Ll}+ly)$/u;

/**
 * The counted noun of a level a subject changed to: "Condo sales slipped 2.1% to a rate of 3.15 million",
 * "new-car registrations in the North rose 4% in May to an annual pace of 820,000", "total cycling injuries fell 9% to
 * 4,120", "rail closures, which peaked in 2019, dropped sharply from 310 to 95": the figure after "to" or "from" that ends
 * a verb of change counts the plural noun that is the verb's subject (not a noun after a preposition, "on motorways").
 * The words between the verb and the figure are few and carry no other count (a change in percent, a date may stand).
 */
function subjectOfChange(s: string, start: number): string | null {
  const w = s.slice(Math.max(0, start - 220), start).match(CHANGE_TOKENS) ?? [];
  const low = (j: number) => (w[j] ?? "").toLowerCase();
  let i = w.length - 1;
  if (low(i) === "of" && LEVEL_NOUN.test(low(i - 1))) {
    let j = i - 2;
    for (let n = 0; n < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(w[j] ?? "") && !/^(?:a|an|the|to)$/.test(low(j)); n++) j--;
    if (!/^(?:a|an|the|its|their)$/.test(low(j))) return null;
    i = j - 1;
  }
  if (low(i) !== "to" && low(i) !== "from") return null;
  // "from 124 to 81": the level before is of the same thing; "up 5% last year, from 290 to 306".
  if (low(i) === "to" && /^\d/.test(w[i - 1] ?? "") && low(i - 2) === "from") i -= 2;
  if (w[i - 1] === ",") i--;
  let v = -1;
  for (let j = i - 1; j >= Math.max(0, i - 9); j--) {
    const x = low(j);
    if (CHANGE_VERB.test(x)) {
      v = j;
      break;
    }
    if (/^[;:(),—–]$/.test(x) || CLAUSE_WORD.test(x)) return null;
    if (/^\d/.test(x) && !x.endsWith("%") && !PERCENT_WORD.test(low(j + 1)) && !YEAR.test(x)) return null;
  }
  if (v < 0 || objectAfter(w, v, i)) return null;
  let j = v - 1;
  while (j >= 0 && AUX_OR_ADVERB.test(low(j))) j--;
  for (let n = 0; j >= 0 && n < 14; j--, n++) {
    const x = w[j];
    const lx = x.toLowerCase();
    if (x === ",") {
      // "rail closures, which peaked in 2019, dropped": a clause between commas about the subject.
      let c = j - 1;
      while (c >= Math.max(0, j - 12) && w[c] !== ",") c--;
      if (w[c] !== "," || !/^(?:which|who)$/.test(low(c + 1))) return null;
      j = c;
      continue;
    }
    if (/^[;:()—–]$/.test(x) || CLAUSE_WORD.test(lx) || /^\d/.test(x) && !YEAR.test(x)) return null;
    // "The death toll from last week's landslide has risen to 58": a toll or a tally says its noun by other rules.
    if (/^(?:toll|tally|count|figure|total)$/.test(lx)) return null;
    if (/['’]/.test(x)) continue; // an owner ("last week's")
    // The sentence's first word is capitalised: "Pupils sitting exams rose".
    const first = j === 0 && start <= 220 && /^\p{Lu}\p{Ll}+$/u.test(x);
    if ((x !== lx && !first) || !isPluralWord(lx) || UNIT_STOP.has(lx) || PRICE_NOUN.test(lx)) continue;
    const prep = low(j - 1) === "the" ? low(j - 2) : low(j - 1);
    if (OBJECT_OF.test(prep)) continue; // "killed on motorways": the object of a preposition is no subject
    // "students taking postgraduate degrees rose": the object of a participle after the subject is no subject either.
    const ing = /^\p{Ll}+ing$/u.test(low(j - 1)) ? j - 1 : /^\p{Ll}+ing$/u.test(low(j - 2)) && /^\p{Ll}+$/u.test(w[j - 1]) ? j - 2 : -1;
    if (ing > 0 && /^\p{L}\p{Ll}+$/u.test(w[ing - 1] ?? "") && isPluralWord(low(ing - 1)) && !UNIT_STOP.has(low(ing - 1))) continue;
    // "visitor numbers rose 3.2% to 14.6 million", "Ridership figures climbed to 2 million": the figures count the noun before
    // (capitalised when it opens the sentence); "preliminary figures", "weekly figures", "record numbers" count no adjective,
    // and numbers after no noun count nothing the subject says.
    if (COUNT_WORDS.test(lx)) return countedBy(w[j - 1] ?? "", j - 1 === 0 && start <= 220) ? singularize(low(j - 1)) : null;
    return singularize(lx.slice(lx.lastIndexOf("-") + 1));
  }
  return null;
}

/** Verbs of change that, active, take an object: "operators cut sailings", "the firm raised its output". */
const TAKES_OBJECT = /^(?:cut|cuts|reduced?|reduces|raised?|lowered|slashed|boosted|revised)$/;
const POSSESSIVE = /^(?:the|their|its|his|her|our|your|my|these|those)$/;
/** Words of a change in percent ("by 5 percentage points") that may stand between a verb and its object's end. */
const PERCENT_PART = /^(?:by|percent|per|cent|pc|pct|percentage|points?)$/;

/**
 * "Ferry operators cut sailings to 12 a day", "Airlines raised fares 5% to 320", "investors lowered their forecasts to
 * 3": a transitive verb's object stands between the verb (token v) and "to"/"from" (token i), and the figure counts the
 * object, never the subject. The object is the first word after the verb (past adverbs): one after "the", "their" or
 * another owner, a plural noun ending a run of up to three lower-case words (before a change in percent or the end),
 * words after "a"/"an" with no figure ("a further 2%" is a change), or any noun after "cut", "raised", "lowered"...
 * that are not written in the passive ("sailings were cut to 9"). A preposition first ("rose 4% in May") is no object.
 */
function objectAfter(w: string[], v: number, i: number): boolean {
  const low = (j: number) => (w[j] ?? "").toLowerCase();
  let k = v + 1;
  while (k < i && (/^\d/.test(w[k]) || PERCENT_PART.test(low(k)) || w[k] === "%" || /^\p{Ll}+ly$/u.test(w[k]) || AUX_OR_ADVERB.test(low(k)))) k++;
  if (k >= i || !/^\p{Ll}[\p{Ll}'’-]*$/u.test(w[k])) return false;
  const x = low(k);
  if (POSSESSIVE.test(x)) return !/^(?:most|least)$/.test(low(k + 1));
  if (x === "a" || x === "an") return !w.slice(k + 1, i).some((t) => /^\d/.test(t));
  // "raised fares 5% to", "raised interest rates to": a plural noun ends a run of lower-case words before the change or "to".
  for (let m = k; m < Math.min(i, k + 3) && /^\p{Ll}[\p{Ll}-]*$/u.test(w[m]); m++) {
    const rest = w.slice(m + 1, i);
    if (isPluralWord(low(m)) && !UNIT_STOP.has(low(m)) && rest.every((t) => /^\d/.test(t) || PERCENT_PART.test(t.toLowerCase()) || t === "%")) return true;
  }
  const passive = /^(?:was|were|is|are|be|been|being|get|gets|got)$/.test(low(v - 1)) || (/^\p{Ll}+ly$/u.test(w[v - 1] ?? "") && /^(?:was|were|is|are|be|been)$/.test(low(v - 2)));
  return TAKES_OBJECT.test(low(v)) && !passive && !UNIT_STOP.has(x) && !OBJECT_OF.test(x) && !NOT_OBJECT.test(x);
}
/** Words after a verb of change that are no object: times and adverbs ("rose again", "fell last year"). */
const NOT_OBJECT = /^(?:again|back|further|sharply|last|this|next|year|month|week|overall|so|far|even|more|less|about|around|nearly|almost|some|just|only|roughly|since|after|before|during|until|compared|down|up|year-on-year|yesterday|today)$/;

/**
 * "Export orders grew 12% to 48,210 crates, while home orders slipped 5% to 30,415": a level in a clause
 * like an earlier one that wrote its noun counts that noun (the subject's noun is the writer's only when none is written).
 */
function parallelLevel(s: string, found: QuantityMention[], i: number): string | null {
  for (let j = i - 1; j >= 0; j--) {
    const q = found[j];
    if (!q.unit || isMeasureOrMoney(q.unit) || q.unit === "percent") continue;
    return /\p{L}$/u.test(q.text) && subjectOfChange(s, q.start) ? q.unit : null;
  }
  return null;
}

/** "a high of 39 Celsius and a low of 24 degrees": bare degrees in a sentence that reads one temperature scale are on that scale. */
function sameScale(found: QuantityMention[]): void {
  let scale: string | null = null;
  for (const f of found) if (f.unit === "degree celsius" || f.unit === "degree fahrenheit") {
    if (scale && scale !== f.unit) return; // "40C (104F)": both scales, no telling which
    scale = f.unit;
  }
  if (scale) for (const f of found) if (f.unit === "degree") f.unit = scale;
}

/**
 * A running total brought to the figure: "bringing the total number of troops killed to nine" → troop, "bringing
 * Thursday's death toll from landslides to 30" → death (a toll counts deaths); null when the words before say neither.
 */
const BROUGHT_TO = /\b(?:raising|raised|bringing|brought|taking|took|pushing|pushed|lifting|lifted|putting|put)\s+(?:the|its|their|\p{Lu}\p{L}*['’]s)\s+(?:overall\s+|total\s+|official\s+)?(?:(?:number|count|tally)\s+of\s+(\p{Ll}+)(?:\s+\p{Ll}+){0,2}?|(?:\p{Ll}+\s+)?toll(?:\s+(?:there|so\s+far|nationwide))?(?:\s+(?:from|in|of)\s+[\p{L}\s-]{1,40}?)?)\s+(?:to|at)\s+$/u;
/** "raising the fatalities from the disease in the province to 33": a plural noun raised to the figure counts it. */
const BROUGHT_NOUN_TO = /\b(?:raising|raised|bringing|brought|taking|took|pushing|pushed|lifting|lifted)\s+(?:the|its|their)\s+(?:overall\s+|total\s+|official\s+|cumulative\s+)?(\p{Ll}{3,})(?:\s+(?:from|in|of|since)\s+[\p{L}\s'’-]{1,60}?)?\s+to\s+$/u;
/** "lifted the death toll from 23", "revised its toll from 12": the old figure of a toll counts deaths too. */
const TOLL_CHANGED_FROM = /\b(?:rais|increas|revis|updat|lift|adjust)(?:ed|ing)\s+(?:the|its|their)\s+(?:\p{Ll}+\s+)?(?:death\s+)?toll\s+from\s+$/u;
/** "an earlier death toll of 19", "a death toll of 80": a toll named with "of". */
const TOLL_OF = /\b(?:death\s+)?toll\s+of\s+(?:about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?$/i;
function broughtTo(before: string, after: string, longer: string): string | null {
  const m = BROUGHT_TO.exec(before) ?? TOLL_CHANGED_FROM.exec(before) ?? TOLL_OF.exec(before);
  if (!m) {
    const noun = BROUGHT_NOUN_TO.exec(longer)?.[1];
    return noun && isPluralWord(noun) && !UNIT_STOP.has(noun) && !PRICE_NOUN.test(noun) ? singularize(noun) : null;
  }
  // "put the toll at 17 dead": the dead are people, as "17 dead" is anywhere.
  if (!m[1]) return /^\s+dead\b/i.test(after) ? "person" : "death";
  return isPluralWord(m[1]) && !UNIT_STOP.has(m[1]) ? singularize(m[1]) : null;
}

/** "seven are police", "12 were children": a figure that is the subject of "are"/"were" and a plural noun counts that noun. */
function copulaNoun(after: string): string | null {
  const m = /^\s+(?:of\s+(?:them|those|these)\s+)?(?:are|were)\s+(\p{Ll}+)\b/u.exec(after);
  const w = m?.[1];
  if (!w || UNIT_STOP.has(w) || /^(?:tens|dozens|scores|hundreds|thousands|millions|billions)$/.test(w) || /(?:ed|ing)$/.test(w) || (!isPluralWord(w) && w !== "police" && w !== "staff" && w !== "personnel")) return null;
  return singularize(w);
}

/** A single word between a figure and what happened to it: "three Taliban died", "seven crew drowned". */
/** "the ferry, which was the second of four", "a plane that was one of two": a place in a count of the noun before. */
const ONE_OF_COUNT = /\b(\p{Ll}{3,}),?\s+(?:which|that)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|only\s+one|one)\s+of\s+(?:the\s+|only\s+)?$/u;
const SHARE_IS = /^\s+of\s+(?:them|those|these)\s+(?:are|were)\s+(?:now\s+|still\s+)?(children|women|men|people|\p{Ll}{3,}s)\b/u;
/** "the deer population has climbed to", "elephant population fell to": the members a population counts. */
const POPULATION_OF = /\b(\p{Ll}{3,})\s+population\s+(?:has\s+|had\s+|have\s+)?(?:\p{Ll}+\s+){0,2}(?:to\s+|at\s+|of\s+)?$/u;
/** Words before "population" that are no members: "world population", "prison population". */
const NOT_MEMBERS = /^(?:world|global|total|prison|urban|rural|general|local|city|country|national|state|town|village|overall|working|entire|whole|current|growing|ageing|aging|estimated|native|home)$/;

/** The noun of the count the place is in ("the ferry, which was the second of four" → ferry); null when none. */
function oneOfCount(before: string): string | null {
  const m = ONE_OF_COUNT.exec(before);
  return m && !UNIT_STOP.has(m[1]) ? singularize(m[1]) : null;
}

/** "two of them children", "nine of them were students", "four of whom were police officers": the noun a part is named by. */
const PART_NAMED = /^\s+of\s+(?:them|whom|those)\s+(?:(?:were|are)\s+)?(?:(\p{Ll}+)\s+)?(\p{Ll}+)\b/u;
function partNamed(after: string): string | null {
  const m = PART_NAMED.exec(after);
  if (!m) return null;
  for (const w of [m[2], m[1]]) {
    if (!w || UNIT_STOP.has(w) || /(?:ed|ing|ly)$/.test(w)) continue;
    if (isPluralWord(w) || w === "police") return singularize(w);
    if (w === m[2]) return null;
  }
  return null;
}

/** What the copula after "of them" names ("half of them are nurses" → nurse); null when none. */
function shareIs(after: string): string | null {
  const m = SHARE_IS.exec(after);
  return m ? singularize(m[1].toLowerCase()) : null;
}

/** The members a population counts ("the deer population has climbed to" → deer); null for a place's or a part's. */
function populationMembers(before: string): string | null {
  const m = POPULATION_OF.exec(before);
  return m && !NOT_MEMBERS.test(m[1]) ? singularize(m[1]) : null;
}
const CHANGED_BY = new RegExp(`\\b(?:${CHANGE_VERB.source.slice(4, -2)})\\s+by\\s+(?:a|an|one)?\\s*$`, "i");
const GROUP_THEN_VERB = /^\s+(\p{L}+)(?=\s)/u;
/** Words between a count and what befell it that name no group: "41 still missing", "12 now dead". */
const ADVERB = /^(?:still|also|now|both|all|too|yet|then|again|later|since)$/i;
/** An exchange rate: "58.2 to the dollar", "1.09 against the euro". */
const EXCHANGE_RATE = /^\s+(?:(?:to|per|against)\s+(?:the\s+|one\s+|a\s+)?|an?\s+)(?:u\.?s\.?\s+)?(?:dollar|euro|pound|yen|yuan|franc|rupee|greenback)\b/i;
/** "The peso fell against the dollar to 18.2": a level against another currency. */
const AGAINST_CURRENCY_BEFORE = /\bagainst\s+(?:the\s+)?(?:u\.?s\.?\s+)?(?:dollar|euro|pound|yen|yuan|franc|rupee|greenback)\b[^.;,]{0,40}\b(?:to|at)\s+$/i;
/** A sentence whose subject is a currency and its verb: "The rupee resumed higher", "The Indian Rupee weakened". */
const CURRENCY_SUBJECT = /^(?:The\s+)?(?:\p{Lu}\p{Ll}+\s+)?(\p{L}+)\s+(?:\p{Ll}+(?:ed|s)|fell|rose|slid|sank|hit|held|ended|closed|opened|traded)\b/u;
/** A level with two to four decimals, as exchange rates are printed, after the word that introduces it. */
const RATE_FIGURE = /^\d{1,4}\.\d{2,4}$/;
const LEVEL_BEFORE = /\b(?:at|to|of|from|near|around)\s+$/i;
/** The currency a rate is quoted in: the last currency named before the figure ("The peso closed at"), not the one it is
 *  priced against ("against the euro", "per dollar", "dollar demand"); null when none. */
function currencyBefore(before: string): string | null {
  let unit: string | null = null;
  let prev = "";
  let prev2 = "";
  for (const w of before.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const against = /^(?:against|per|versus|vs)$/.test(prev) || (prev === "the" && /^(?:against|versus|vs)$/.test(prev2));
    if (CURRENCY_NAMES.has(singularize(w)) && !against) unit = singularize(w);
    [prev2, prev] = [prev, w];
  }
  return unit;
}
/** "It was also measured at 7.1 by the seismological agency", "The quake, measuring 6.2, ...": a reading in a sentence about a quake. */
const READ_AS = /\b(?:(?:measured|measuring|registered|registering|recorded|rated|put|estimated)\s+(?:it\s+)?(?:at|as)|measuring|registering)\s+(?:a\s+)?(?:preliminary\s+)?$/i;
const SEISMIC = /quake|tremor|temblor|aftershock|seismo|magnitude|richter/i;
function seismicReading(s: string, before: string, m: QuantityMention): boolean {
  return /^\d\.\d\d?$/.test(m.text) && READ_AS.test(before) && SEISMIC.test(s);
}
/** The currency of the last figure before i that is money and not itself a conversion in brackets; null when none. */
function currencyBeforeIn(s: string, found: QuantityMention[], i: number): string | null {
  for (let j = i - 1; j >= 0; j--) {
    const f = found[j];
    if (!f.unit || !CURRENCY_NAMES.has(f.unit) || /\(\s*$/.test(s.slice(Math.max(0, f.start - 3), f.start))) continue;
    return f.unit;
  }
  return null;
}
/** "Crowds flocked ... in their thousands": a crowd is counted in spectators. */
const spectatorOf = (unit: string | null) => (unit === "crowd" ? "spectator" : unit);
/** "5.0 in magnitude", "6.1 on the Richter scale". */
const MAGNITUDE_AFTER = /^\s+(?:in\s+magnitude|on\s+the\s+richter\s+scale)\b/i;
/** "1,200, or 12 percent of ...": a count and its share of a whole. */
const SHARE_OF_AFTER = /^\s*,?\s*or\s+/i;
/** The plural noun after "of (the)" at the start of `s`: " of the eligible voters" → voter. */
function pluralAfterOf(s: string): string | null {
  const m = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\b/u.exec(s);
  return m && isPluralWord(m[1]) ? singularize(m[1]) : null;
}
/** People who forecast figures, and the verbs of their forecast. */
const FORECASTERS = /^(?:economist|analyst|forecaster|expert|strategist|trader|investor|observer|pollster|market)$/;
const FORECAST_AFTER = /^\s+(?:had\s+|have\s+)?(?:expected|forecast|forecasted|predicted|anticipated|estimated|projected)\b/i;
/** A figure inside a prepositional phrase is no subject: "144 people from 43 families were rescued". */
const IN_PHRASE = /\b(?:from|of|in|with|by|for|among|to)\s+$/i;
const isCountOf = (unit: string) => unit !== "percent" && !isMeasureOrMoney(unit);

/** A population, or a place home to a number: people. */
const POPULATION_BEFORE = /\b(?:population\s+(?:of|is|was|stands\s+at|stood\s+at|reached|numbers|totals)|(?:is|was|are|were)\s+home\s+to|,\s+home\s+to)\s+$/i;

/**
 * "the (total) number of measles cases admitted to hospitals so far is 849": the count is of the noun after "number of",
 * also past another figure of its phrase ("The number of passengers on 12 routes was 4.3 million", "the number of
 * visitors to the island, hit by storms in 2024, rose to 7.2 million"), but not past a figure with a verb of its own
 * ("the number of cases was 40 and deaths were 12").
 */
const NUMBER_OF = /\bnumber\s+of\s+([^.;:]{1,120})$/i;
const COPULA_END = /\s(?:is|was|are|were|stands?\s+at|stood\s+at|reached|totall?ed|(?:(?:has|had|have|was|were)\s+)?(?:risen|rose|climbed|grown|grew|fallen|fell|dropped|declined|increased|decreased|reduced|cut|raised|lowered|jumped)\s+(?:[a-z]+ly\s+)?(?:from|to))\s+(?:now\s+)?$/i;
/** A verb of a level in the words after "number of" before their own copula: another figure's clause. */
const COPULA_WORD = /\b(?:is|was|are|were|stands?|stood|reached|totall?ed|risen|rose|climbed|grown|grew|fallen|fell|dropped|declined|increased|decreased|jumped)\b/i;
function numberOfBefore(before: string): string | null {
  const m = NUMBER_OF.exec(before.slice(-160));
  const copula = m ? COPULA_END.exec(m[1]) : null;
  if (!m || !copula) return null;
  if (/\d/.test(m[1]) && COPULA_WORD.test(m[1].slice(0, copula.index))) return null;
  // The head noun: the first plural among the next few words that no other plural follows ("flu cases admitted" → case).
  const words = m[1].toLowerCase().split(/\s+/).slice(0, 4);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].replace(/^the$/, "");
    if (w && isPluralWord(w) && !UNIT_STOP.has(w) && !isPluralWord(words[i + 1])) return singularize(w);
  }
  return null;
}

/** One thing a verb befell, then more of it after another verb: "a wooden barn, and damaged about ". */
const ONE_THEN_MORE = /\b(?:a|an|one)\s+(?:(?!and\s)\p{Ll}+\s+)?((?!and\s)\p{Ll}{3,})\s*,?\s+(?:and\s+)?\p{Ll}+ed\s+(?:about\s+|around\s+|some\s+|nearly\s+|at\s+least\s+|another\s+)?$/u;

/** Words that say which tally, not what it counts: "the total tally reached 96", "the overall count rose to". */
const TALLY_KIND = /^(?:total|overall|cumulative|running|new|daily|weekly|official|final|current|latest|provisional|national)$/i;

/** "Train Crash Toll Rises To 61": a toll, however it is written, counts deaths. */
const TOLL_MOVES = /\b(?:toll\s+(?:rises|rose|climbs|climbed|reaches|reached|hits|hit|jumps|jumped|tops|topped|passes|passed|nears|exceeds|surpasses|stands\s+at|mounts)\s+(?:to\s+|at\s+|past\s+|above\s+)?|(?:raising|raised|bringing|brought|taking|took|pushing|pushed|lifting|lifted|putting|put)\s+the\s+(?:death\s+)?toll\s+(?:to|at)\s+)$/i;

/** A chamber's vote right before a tally: "Parliament voted 326 to 250", "the Senate voted 52 to 48". */
const VOTED_BEFORE = /\bvot(?:e|ed|es|ing)\s+(?:\p{L}+\s+){0,2}$/iu;

/** "the world's refugee population has exceeded", "the elephant population fell to": a population of a kind of being. */
const KIND_POPULATION = /(?<![\p{L}'’])(\p{Ll}+)\s+population\s+(?:has\s+|had\s+|have\s+)?(?:(?:exceeded|topped|passed|reached|hit|surpassed|totals|totalled|numbers|numbered)|(?:rose|risen|grew|grown|fell|fallen|dropped|climbed|stands|stood|is|was)\s+(?:to|at|from)?)?\s*(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?$/u;
/** Words before "population" that say where or which part, not what kind of being: "prison population", "urban population". */
const NOT_A_KIND = /^(?:prison|jail|urban|rural|world|total|general|overall|global|national|local|working|city|country|state|town|village|island|school|student|civilian|adult|elderly|male|female|foreign|native|indigenous|registered|estimated|current|whole|entire|its|their|the)$/;
function populationOf(before: string): string | null {
  const m = KIND_POPULATION.exec(before);
  if (!m || NOT_A_KIND.test(m[1]) || UNIT_STOP.has(m[1])) return null;
  return singularize(isPluralWord(m[1]) ? m[1] : `${m[1]}s`);
}

/** People named by what befell them: "the number of dead", "the injured". */
const CASUALTY_NOUN = new RegExp(`^(?:${PERSON_STATES}|killed|displaced|homeless)$`, "i");

/** The old figure of a change, written after the new one: "rose to 5.2% from 4.9", "$2.1 billion, down from 2.5 billion". */
const CHANGED_FROM = /\b(?:from|versus|vs\.?)\s+$/i;
/** The unit of the figure a change's old figure is compared with: the last one before it in its clause, not a conversion in brackets. */
function changedFigure(s: string, found: QuantityMention[], i: number): string | null {
  for (let j = i - 1; j >= 0; j--) {
    const f = found[j];
    if (!/^[^.;:!?]{0,60}$/.test(s.slice(f.end, found[i].start).replace(/\d\.\d/g, "00"))) return null;
    if (/\(\s*$/.test(s.slice(Math.max(0, f.start - 3), f.start))) continue; // "($3.7 billion)": the conversion, not the figure
    // "grown by 10 percent in the last two years, from 3,801": the period of a change lends no unit.
    if (periodOfChange(s, f)) return null;
    if (f.unit) return f.unit;
  }
  return null;
}

const PAR_BEFORE = /\b(?:under|over)[-\s]par\s+$/i;
/** A group's noun in the singular: "Taliban" stays, "Pakistanis", "Iraqis" (a people in -is) and "Britons" lose their -s. */
function groupNoun(word: string): string {
  const w = word.toLowerCase();
  if (/^\p{Lu}/u.test(word) && /[^s]is$/.test(w)) return w.slice(0, -1);
  return isPluralWord(w) ? singularize(w) : w;
}

const FROM_THEN_TO = /\bfrom\s+$/i;
/** Between the old level after "from" and the new one: "in February to ", " to ". */
const TO_AFTER_FROM = /^[^.;:!?\d]{0,40}\bto\s+$/i;

/**
 * A state, then a noun that ends the phrase: "22 dead catfish,", "40 dead trout and", "9 stranded sheep." A noun written the
 * same in the plural is still the noun counted ("dead" alone counts people).
 */
const STATE_THEN_NOUN = new RegExp(`^\\s+(?:${PERSON_STATES}|sick|stranded|rescued)\\s+(\\p{Ll}{3,})(?=\\s*(?:[,.;:)]|and\\b|or\\b|$))`, "u");
/** The noun after the state: a plural, or a noun written the same in the plural that counts on its own ("trout", "sheep", any "-fish"). */
function stateThenNoun(after: string): string | null {
  const w = STATE_THEN_NOUN.exec(after)?.[1];
  if (!w || UNIT_STOP.has(w) || NOT_A_NOUN_AFTER_STATE.test(w) || /(?:ly|ed|ing)$/.test(w)) return null;
  return isPluralWord(w) || KNOWN_UNITS.has(w) || w.endsWith("fish") ? singularize(w) : null;
}

/** "in the last two years", "over the past 12 months": a span of time that frames a change, what it took, not what it counts. */
const PERIOD_BEFORE = /\b(?:in|over|during|within)\s+(?:the\s+)?(?:(?:last|past|previous|first)\s+)?$/i;
const periodOfChange = (s: string, f: QuantityMention) => !!f.unit && RATE_TIME_SPAN.test(f.unit) && PERIOD_BEFORE.test(s.slice(Math.max(0, f.start - 24), f.start));

/** "Of the 300 passengers,", "Among the 40 injured,": a group named to count part of it next. */
const PART_OF_GROUP_BEFORE = /\b(?:of|among)\s+(?:the|these|those|its|their)\s+$/i;
/** "30 others were hurt", "others are missing": the others something befell. */
const OTHERS_BEFALLEN = new RegExp(`^\\s+(?:of\\s+)?others(?=\\s)${CASUALTY_AFTER.source.slice(1)}`, "iu");
/** "Four others were listed as critical", "three others are in stable condition": patients, so people. */
const OTHERS_IN_CONDITION = /^\s+others\s+(?:were|are|was|is|remain(?:s|ed)?)\s+(?:listed\s+)?(?:as\s+|in\s+)?(?:fair|serious|critical|stable|good|poor|satisfactory|grave)\b/i;
/** Between a count and a vague amount whose noun is left out: " dead and ", " and ", " injured, and ". */
const ELIDED_AFTER_COUNT = new RegExp(`^\\s*(?:(?:${PERSON_STATES}|homeless|killed|hurt)\\s*,?\\s+)?and\\s+$`, "i");

/** "12 bodies were recovered, leaving 12 others missing", "the death toll climbed to 8 ... 5 others are missing": the others are people, not bodies or deaths. */
const othersOf = (unit: string) => (/^(?:body|corpse|remain|death|fatality)$/.test(unit) ? "person" : unit);

/** The unit of the last figure before i that counts things, or null; given the sentence, not a count of where something was ("at the two squares"). */
function lastCount(found: QuantityMention[], i: number, s?: string): string | null {
  for (let j = i - 1; j >= 0; j--) {
    const f = found[j];
    if (!f.unit || isMeasureOrMoney(f.unit) || f.unit === "percent") continue;
    if (s && PLACE_BEFORE.test(s.slice(Math.max(0, f.start - 16), f.start))) continue;
    return f.unit;
  }
  return null;
}
/** ", of whom 12", "among which five": a figure that counts part of the count a relative clause is about. */
const OF_WHICH_BEFORE = /\b(?:of|among)\s+(?:whom|which)\s+$/i;
/** "10 of which were", "dozens of whom". */
const OF_WHICH_AFTER = /^\s+(?:of|among)\s+(?:whom|which)\b/i;
/** The unit of the figure right before a part "of which" counts ("$40 million in funds, of which 3 million") when it is a sum or a measure, else null. */
function wholeOfWhich(s: string, found: QuantityMention[], i: number): string | null {
  const whole = found[i - 1];
  if (!whole?.unit || !isMeasureOrMoney(whole.unit)) return null;
  return /^[^.;:!?\d]{0,40}$/.test(s.slice(whole.end, found[i].start)) ? whole.unit : null;
}
const partOfWhich = (s: string, m: QuantityMention) => OF_WHICH_BEFORE.test(s.slice(Math.max(0, m.start - 16), m.start)) || OF_WHICH_AFTER.test(s.slice(m.end, m.end + 16));

/** Describing words in their usual endings, or common ones without them: "local", "foreign", "small". */
const DESCRIBING = /^(?:\p{Ll}+(?:al|ic|ive|ous|ary|ern|ian|an|ese|ish|ful|less|able|ible)|small|large|big|young|old|new|poor|rich|local|foreign|elderly|fellow|ordinary|senior|junior|rural|urban)$/u;
const WORD_OR_COMMA = /\s*(,)|\s+([\p{L}-]+)/uy;

/**
 * The plural noun after a vague amount's describing words: after "of" and words joined by "and"/"or" ("of army, navy
 * and air force troops" → troop, "of local and foreign tourists" → tourist), or right after it, one or two describing
 * words before it ("hundreds small businesses" → business). Null when the words are no such phrase ("Thousands flee homes").
 */
function nounAfterModifiers(after: string): string | null {
  const of = /^\s+of(?=\s)/i.exec(after);
  let at = of ? of[0].length : 0;
  let joined = false;
  let words = 0;
  WORD_OR_COMMA.lastIndex = at;
  for (let x = WORD_OR_COMMA.exec(after); x && words < 8; x = WORD_OR_COMMA.exec(after)) {
    at = WORD_OR_COMMA.lastIndex;
    if (x[1]) {
      if (!of || !words) return null;
      continue;
    }
    const w = x[2];
    const lower = w.toLowerCase();
    words++;
    if (of && (lower === "and" || lower === "or") && words > 1) {
      joined = true;
      continue;
    }
    if (UNIT_STOP.has(lower)) return null;
    const plural = w === lower && isPluralWord(lower);
    if (plural) return (of ? joined : words > 1) ? singularize(lower) : null;
    if (!of && (words > 2 || !DESCRIBING.test(lower) || w !== lower)) return null;
  }
  return null;
}

/** A preposition of place before a count: "at the two squares", "in three villages", "across 12 districts". */
const PLACE_BEFORE = /\b(?:at|in|on|across|into|inside|near|around|throughout)\s+(?:the\s+|its\s+|their\s+|all\s+)?$/i;

/**
 * What befell a vague amount's people, after words that hedge or add: "also missing", "are still believed to be stranded",
 * "feared dead", "more were injured", "were reported killed".
 */
const HEDGED = `^(?:\\s+(?:more|others|also|still|now|too|reportedly))?(?:\\s+(?:are|were|was|is|have\\s+been|had\\s+been|remain|remained))?(?:\\s+(?:still|also|now|reportedly))?(?:\\s+(?:believed|feared|thought|presumed|reported|said|known|confirmed)(?:\\s+to\\s+(?:be|have\\s+been))?)?`;
export const VAGUE_BEFALLEN = new RegExp(`${HEDGED}${CASUALTY_AFTER.source.slice(1)}`, "iu");
/** "dozens were still thought to be stranded": people cut off, counted in the noun of those the sentence counted before, if any. */
const VAGUE_STRANDED = new RegExp(`${HEDGED}\\s+(?:stranded|marooned|cut\\s+off)\\b`, "i");

/** Whether the sentence says what befell the figure's group: "1,000 residents were rescued", "arrested 40 protesters". */
const befallen = (s: string, f: QuantityMention) => CASUALTY_AFTER.test(s.slice(f.end, f.end + 40)) || CASUALTY_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start));

/**
 * The noun of the latest count before i whose own clause says what befell it ("Nearly 1,000 residents were rescued ..., but
 * dozens are ..." → resident), in the same sentence and joined by a clause; null when there is none (a count of
 * things, "at the two squares", says nothing befell it).
 */
function befallenBefore(s: string, found: QuantityMention[], i: number): string | null {
  for (let j = i - 1; j >= 0; j--) {
    const f = found[j];
    if (found[i].start - f.end > 240) return null; // too far to be its clause; and the text read stays short
    if (!f.unit || !isCountOf(f.unit) || !befallen(s, f)) continue;
    return CLAUSE_BEFORE.test(s.slice(f.end, found[i].start).replace(/^[^,;]*?(?=(?:,\s*)?(?:and|while|but)\b|;)/, "")) ? f.unit : null;
  }
  return null;
}


/** "about 200 feet, or 60 meters", "about 150 km (90 miles)": the same amount in another measure. */
function conversionOf(s: string, a: QuantityMention, b: QuantityMention): boolean {
  if (a.qualifier === "exact" || a.qualifier === "range" || a.qualifier === "vague" || b.qualifier !== "exact" || !a.unit || !b.unit || a.unit === b.unit) return false;
  const between = s.slice(a.end, b.start);
  // "exceed 837 million yuan ($100 million)": money restated in another currency, in brackets only ("$5m, or 4m euros" may be a part).
  if (CURRENCY_NAMES.has(a.unit) && CURRENCY_NAMES.has(b.unit)) return /^\s*\(\s*$/.test(between);
  return MEASURE.test(a.unit) && MEASURE.test(b.unit) && CONVERSION_BETWEEN.test(between);
}


/**
 * A figure that counts part of an earlier group ("2,340,115 of them", "Of those, 30 ...") takes the unit of
 * the last counted figure of the sentence before, when it has none. `carried` is that unit (null: none);
 * returns the unit to carry into the next sentence.
 */
export function unitsFromPreviousSentence(s: string, found: QuantityMention[], carried: Carried): Carried {
  // A sentence with no figure keeps the count before it only for a number that names it again ("One of the 12").
  if (!found.length) return carried && { ...carried, stale: true };
  for (const [i, m] of found.entries()) {
    if (carried && pointsBack(s, found, i, carried)) m.unit = /^\s+(?:of\s+)?others\b/i.test(s.slice(m.end, m.end + 11)) ? othersOf(carried.unit) : carried.unit;
    if (m.unit || !carried || carried.stale || m.qualifier === "vague") continue;
    if (OF_THEM_AFTER.test(s.slice(m.end, m.end + 20)) || OF_THEM_BEFORE.test(s.slice(Math.max(0, m.start - 20), m.start))) m.unit = carried.unit;
  }
  let last: Carried = null;
  for (const m of found) if (m.unit && !isMeasureOrMoney(m.unit)) last = { unit: m.unit, value: m.value, befallen: isCountOf(m.unit) && befallen(s, m) };
  return last;
}

/** The last count of a sentence, carried to the next, and whether its sentence says what befell it ("30 miners were trapped"). */
export type Carried = { readonly unit: string; readonly value: number | null; readonly befallen: boolean; readonly stale?: boolean } | null;
/** "another 12", "the remaining 15", "the other 40": more of a group counted before, its noun left out. */
const MORE_OF_GROUP_BEFORE = /\b(?:another|(?:the\s+)?remaining|the\s+other)\s+$/i;
/** "12 more were rescued", "dozens more", "40 others", "hundreds of others": more of a group counted before. */
const MORE_OF_GROUP_AFTER = /^\s+(?:more|others|of\s+others)\b(?!\s+than\b)/i;
/** "of the 12", "all 12", "the 12 were": a number that names a group already counted. */
const RESTATED_BEFORE = /\b(?:the|those|these|all)\s+$/i;
/** A figure that opens its sentence, after an opening quotation mark or a word of time ("On Sunday, dozens were ..."). */
const OPENS_SENTENCE = /^\s*["“‘]?\s*(?:(?:on|by|since|later|then|overnight)\b[^,.;]{0,30},\s*)?$/i;

/**
 * Whether the i-th figure of sentence `s` counts the group the sentence before counted (`carried`) with its noun left
 * out: more of it ("Another 12 were rescued", "Dozens more were missing", "40 others", "the remaining 15"), or what
 * befell part of it, opening the sentence, when the sentence before said what befell the group ("3,000 residents were
 * evacuated. Hundreds were taken to shelters."). Only with no count before it in its own sentence, no noun of its
 * own (people a verb of dying or injury gave it stay people unless the group was one something befell), and for a
 * group that is a count; money, percentages and measures count nothing. A plain figure left without a noun here
 * ("Another 4 were found") takes the sentence before's count in `unit-fallback.ts`.
 */
function pointsBack(s: string, found: QuantityMention[], i: number, carried: NonNullable<Carried>): boolean {
  const m = found[i];
  if (!isCountOf(carried.unit) || lastCount(found, i) || /^[-−–]?\d*\s*[%$€£]/.test(m.text)) return false;
  // A plain figure with no noun at all is left to the article's fallback (`unit-fallback.ts`), which reads the sentence before too.
  if (m.unit ? m.unit !== "person" || /\b(?:people|persons?)\b/i.test(m.text) : m.qualifier !== "vague") return false;
  const before = s.slice(Math.max(0, m.start - 30), m.start);
  const after = s.slice(m.end, m.end + 70);
  // "Rescuers recovered 12 survivors. One of the 12 later died": the same number after "the" is that group again.
  if (m.value !== null && m.value === carried.value && m.value > 1 && RESTATED_BEFORE.test(before)) return true;
  if (carried.stale) return false;
  // People a verb of dying or injury names ("Another 12 were killed" after "300 homes") stay people unless the group was one something befell.
  const befell = VAGUE_BEFALLEN.test(after);
  if (m.unit && befell && !carried.befallen) return false;
  if (MORE_OF_GROUP_BEFORE.test(before) || MORE_OF_GROUP_AFTER.test(after)) return true;
  // "Police arrested 40 protesters. Hundreds were injured": an amount whose least is more than the group is no part of it.
  if (m.low !== null && carried.value !== null && m.low > carried.value) return false;
  return carried.befallen && befell && OPENS_SENTENCE.test(s.slice(0, m.start));
}

