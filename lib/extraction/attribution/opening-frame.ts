/**
 * The writer's frame opening a reported sentence: a phrase set off by a comma before the subject of the reporting
 * verb that says when or on what occasion the source spoke ("About two hours after the crash, an official said ...",
 * "Addressing a rally of 3,000 farmers, the minister said ..."). Its figures set the scene; the source does not
 * report them. Two shapes of English news copy:
 * - a lapse of time: a number of minutes, hours, days ... then "after", "before", "later", "into", "since" or "ago";
 * - a present participle phrase of the occasion ("Speaking at", "Visiting", "Addressing", "Opening");
 * - a "when" clause of a past event, after a time phrase or alone ("In 2020, when 40 people died, the ministry said
 *   it would ...", "When 12 boats sank last year, the coastguard said ...").
 * A participle that reports ("Announcing the 5% rise, ..."), cites ("Citing data of ...", "Quoting ..."), sets out
 * ("Outlining plans to hire 5,000 ...", "Putting the toll at 40, ...") or works as a preposition on a count
 * ("Including the 5 injured, ...", "Excluding items of $8 million, ...") carries the source's figures and is no frame.
 */

/** A lapse of time opening the sentence: "About two hours after", "Three days later", "Ten minutes into". */
const LAPSE = /^(?:(?:about|around|some|nearly|almost|just|only|barely|roughly|more than|less than|over|within)\s+)?(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|many)\s+(?:[\p{Ll}-]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier|into|since|ago)\b/iu;

/** "In 2020, when 40 people died, ", "When 12 boats sank, ": a past event the frame recalls, up to its closing comma. */
const WHEN_FRAME = /^(?:(?:In|On|During|By|Back in|Last)\s+[^,;“”"]{1,30},\s+when|When)\s+[^,;“”"]{1,160},\s+/u;

/** A present participle opening the sentence, then its phrase: "Addressing a gathering of ...". */
const PARTICIPLE = /^(\p{Lu}\p{Ll}{2,}ing)\s/u;

/**
 * The word after a participle heading a phrase opens its object or complement ("Addressing a rally", "Speaking at",
 * "Visiting Varn", "Handing out", "Addressing reporters"); after a gerund subject or a name it is a noun or a verb
 * ("Manufacturing output fell", "Borrowing costs rose", "Boeing delivered", "Sterling fell").
 */
const OBJECT_START = /^(?:a|an|the|this|that|these|those|his|her|their|its|our|my|some|several|many|more|over|about|at|to|on|in|into|for|with|from|after|before|during|across|around|out|up|back|down|off|him|them|us|reporters|journalists|lawmakers|legislators|parliament|supporters|delegates|students|workers|residents|farmers|troops|crowds?|[\d$€£]|\p{Lu})/u;

/**
 * A finite verb of the opening phrase's own makes it a whole clause whose figures the source reports ("Spending on
 * roads rose 8 percent to $4 billion, the ministry said, ..."): a verb of change or count after the opening word.
 */
const FINITE = /\b(?:rose|fell|grew|sank|slid|slipped|dipped|eased|edged|jumped|climbed|dropped|soared|surged|plunged|slumped|tumbled|declined|increased|decreased|gained|lost|reached|hit|stood|totall?ed|cost|killed|injured|left|delivered|sold|posted|reported|recorded|shrank|expanded|doubled|tripled|halved)\b/;

/**
 * Participles of the occasion on which the source spoke, the only ones that open a frame: any other carries what the
 * source reports or cites ("Announcing the 4 percent rise", "Outlining plans to hire 5,000 nurses", "Putting the death
 * toll at 40", "Pointing out that 40 percent ...", "Releasing figures showing 12 percent growth", "Including the 6 hurt").
 */
const OCCASION = /^(?:Speaking|Addressing|Visiting|Responding|Touring|Opening|Inaugurating|Handing|Attending|Welcoming|Greeting|Chairing|Presiding)$/;

/** The span [0, end) of the writer's frame opening `pre` (the sentence up to its reporting verb), or null. */
export function openingFrame(pre: string): [number, number] | null {
  const when = WHEN_FRAME.exec(pre);
  if (when) return shortSubject(pre.slice(when[0].length)) && COUNTED.test(when[0]) && pastEvent(when[0]) ? [0, when[0].length] : null;
  // The first comma not inside a number ("3,000") closes the phrase, and a quotation before it makes it no frame; a
  // list of counts goes on past its commas ("Handing out letters to 24 nurses, 19 clerks and 9 drivers, the mayor said").
  const commas = [...pre.matchAll(/,(?!\d)/g)].map((m) => m.index);
  let k = 0;
  while (k + 1 < commas.length && /^\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s)/i.test(pre.slice(commas[k] + 1))) k++;
  const end = commas.length ? commas[k] : -1;
  if (end < 0 || end > 400 || /[“”"]/.test(pre.slice(0, end))) return null;
  const phrase = pre.slice(0, end);
  // The subject of the verb must follow right after it, as a short run with no clause of its own ("Almost a day
  // after the quake, rescuers pulled out a girl, the agency said": the phrase opens another clause).
  if (!shortSubject(pre.slice(end + 1))) return null;
  // "Flooding across the region has left 12 dead, officials said": a gerund naming the subject of a verb, no frame.
  if (/\b(?:has|have|had|is|are|was|were|will|would|can|could)\b/.test(phrase)) return null;
  if (!COUNTED.test(phrase)) return null;
  // A lapse of time is one phrase: "Two days after the quake, rescuers found 9, the agency said" opens a clause.
  if (LAPSE.test(phrase)) return k ? null : [0, end];
  const part = PARTICIPLE.exec(phrase);
  if (!part || !OCCASION.test(part[1])) return null;
  // The opening word must head a participle phrase, not be the subject of a clause of its own.
  const rest = phrase.slice(part[0].length);
  if (!OBJECT_START.test(rest) || FINITE.test(rest)) return null;
  return [0, end];
}

/**
 * A "when" clause recalls a past event only with a verb in the past ("died", "sank", "was") and a time that is past
 * ("In 2020, when", "last year", "ago"): "When the reservoir reaches 90 percent, ..." or "When prices rise 10 percent,
 * ..." is a condition or a rule the source states.
 */
function pastEvent(clause: string): boolean {
  const past = FINITE.test(clause) || /\b(?:was|were|had|did|\p{Ll}{2,}ed)\b/u.test(clause);
  const time = /^(?:In|On|During|By|Back in|Last)\s/.test(clause) || /\b(?:1[89]\d\d|20\d\d|last|ago|yesterday|earlier|previously|once)\b/.test(clause);
  return past && time;
}

/** A figure, written in digits or words: a frame without one has nothing to leave to the writer. */
const COUNTED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|dozens?|millions?|half)\b/i;

/** The subject of the verb right after a frame: a short run with no clause of its own. */
function shortSubject(rest: string): boolean {
  const subject = rest.trim();
  return /\p{L}/u.test(subject) && !subject.includes(",") && subject.split(/\s+/).length <= 10;
}
