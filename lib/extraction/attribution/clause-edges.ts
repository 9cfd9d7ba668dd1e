/**
 * The edges of a reporting clause: words between a subject and its verb ("X yesterday announced"), openers
 * before the subject that are no part of it ("For 2017 the bank forecasts", "Excluding items, the company
 * said"), and clauses whose source is not a subject at all ("There were reports of ...").
 */

export const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const WHEN = [
  "yesterday", "today", "tonight", "too",
  `(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
  `on\\s+${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?`,
  "(?:this|last|earlier this|late last|early this)\\s+(?:morning|afternoon|evening|night|week|month|year)",
  "earlier\\s+today",
  // "The agency in February announced", "Police in 2022 said": a month or a year, never a subject's last words.
  `in\\s+(?:${MONTH}|(?:19|20)\\d\\d)`,
].join("|");
/**
 * "Survivors reportedly said", "The ministry briefly confirmed": an adverb in -ly, by the endings only adverbs have
 * ("the daily", "the weekly", "the assembly", "a family" end a subject).
 */
const LY_ADVERB = "\\p{Ll}{2,}(?:edly|ally|ously|ively|ently|antly|ately|ibly|ably|fully|ingly|ctly|icly)";

/** "Elections Commission on Monday": a day written after a body's name, read with it as one capitalised run. */
export const DAY_AFTER_NAME = new RegExp(`\\s+on\\s+${WEEKDAY}$`);

/**
 * One of "also", "later", "on Monday", "yesterday", "in a statement" closing the text before a reporting verb:
 * when or how it was said, never the subject ("The flood office yesterday announced", "X also said"). The -ly adverbs
 * LY_ADVERB reads ("recently", "officially") are not listed again: a word read two ways made a run of them
 * backtrack exponentially.
 */
const BETWEEN_ITEM = new RegExp(
  `\\s+(?:also|however|later|earlier|then|has|have|had|again|further|since|now|already|just|so far|first|once|sharply|quietly|abruptly|jointly|on average|(?:was|were|is|are|has been|have been|had been)\\s+(?:widely\\s+)?quoted\\s+as|in a statement|in an interview|in a video|in a report|in a post|in a letter|in a note|in a filing|in a tweet|on Twitter|last week|this week|would|will|has also|had also|${WHEN}|${LY_ADVERB})$`,
  "u",
);

/**
 * The text before a reporting verb without the words of BETWEEN_ITEM closing it ("The flood office yesterday" → "The
 * flood office"), taken off one at a time from the end, so a long run of them costs steps in proportion to its length.
 */
export function withoutBetweenSubjectAndVerb(text: string): string {
  let s = text;
  for (let m = BETWEEN_ITEM.exec(s); m; m = BETWEEN_ITEM.exec(s)) s = s.slice(0, m.index);
  return s;
}

/**
 * "The council Thursday, October 9, 2025, announced", "The board, on Tuesday, said": the day (and its date) set off
 * by commas between the subject and the verb says when, never who.
 */
export const DATE_ASIDE = new RegExp(
  `(?:,\\s+|\\s+)(?:(?:on\\s+)?${WEEKDAY}(?:,\\s+${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)?|on\\s+${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,\\s+\\d{4})?,$`,
);

/**
 * ", on the other hand,", ", in its annual report,": an aside set off by commas right before the verb says how or
 * where it was said, never who.
 */
export const ASIDE_BEFORE_VERB =
  /,\s+(?:however|meanwhile|though|too|also|instead|nevertheless|in turn|in contrast|by contrast|in response|for (?:its|his|her|their) part|on the other hand|in (?:a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|statement|bulletin|release|filing|note|letter|update|notice|assessment|forecast|survey|study|review)\b[^,;“”"]{0,40}),$/u;

/**
 * "For 2017 the central bank", "In January the statistics office": a phrase of time opening the sentence
 * without a comma, before a subject with a determiner. Group 1 is the subject.
 */
const LEADING_WHEN = new RegExp(
  `^(?:In|For|On|By|During|Since|Through|Until|Over|As of|Last|This|Next|Earlier|Later|Late|Early)\\s+((?:[\\p{L}\\d.'’-]+\\s+){0,3}?)(?=(?:the|its|their)\\s+\\p{L})`,
  "u",
);
const TIME_WORD = new RegExp(`\\d|^${MONTH}$|^${WEEKDAY}$|^(?:week|month|year|quarter|day|morning|afternoon|evening|night|weekend|period)s?$`, "i");

/**
 * "Harbin: ", "NEW DELHI: ", "Kuala Lumpur (Selangor): ": a dateline set off by a colon, the style of many papers,
 * opening the article's first sentence before its subject. (Only before a capital: "Trade: 92,000" is a list line.)
 */
const COLON_DATELINE = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:\s*\([^()]{1,30}\))?:\s+(?=\p{Lu})/u;

/** The text before a verb without an opening phrase of time: "For 2017 the central bank" → "the central bank". */
/** (A colon dateline opening it goes too: "Harbin: Data released by the ministry" → "Data released by the ministry".) */
export function withoutLeadingWhen(pre0: string): string {
  const dateline = pre0.includes(":") ? COLON_DATELINE.exec(pre0) : null;
  const pre = dateline ? pre0.slice(dateline[0].length) : pre0;
  const m = LEADING_WHEN.exec(pre);
  if (!m || !m[1].trim().split(/\s+/).some((w) => TIME_WORD.test(w) || TIME_WORD.test(w.replace(/[.,]$/, "")))) return pre;
  return pre.slice(m[0].length);
}

/**
 * A sentence opening with a preposition or a participle used as one ("Excluding special items, ...",
 * "Despite the rain, ..."): its first capitalised word is no name.
 */
export const OPENING_PREPOSITION =
  /^[“"‘]?(?:Excluding|Including|Following|Regarding|Concerning|Considering|Barring|Counting|Assuming|Judging|Pending|Adjusting|Compared|Despite|Amid|Amidst|Unlike|Besides|Without|Notwithstanding|Given|During|Throughout|Among|Against|Beyond|Toward|Towards)\b/u;

/**
 * "There was also report of five others killed", "there were unconfirmed reports that ...": reports with no
 * one named are the source. Group 1 is the source as written ("report", "unconfirmed reports").
 */
export const EXISTENTIAL_REPORT =
  /\b[Tt]here\s+(?:was|were|have been|has been|had been|are|is)\s+(?:also\s+|further\s+|now\s+)?((?:(?:unconfirmed|local|media|news|press|initial|early|other|separate)\s+)?reports?)\s+(?:of|that)\s/u;

/**
 * ““The doctors said their condition is stable,” police said.”: a quotation opening on a reporting clause of
 * its own. Group 1 is that inner subject, group 2 its verb; the innermost source says what follows.
 */
export const QUOTED_REPORTING_CLAUSE =
  /^[“"]?((?:[Tt]he\s+)?(?:\p{Ll}+\s+){0,2}\p{Ll}+s|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(said|say|says|told\s+(?:us|me)|reported|confirmed)\s+(?:that\s+)?(?=\p{L}|\d)/u;

/**
 * "A senior officer involved in the operation", "people familiar with the matter", "an analyst based in Lagos": a
 * participle or adjective phrase after a described source says which one, never who spoke. Group 1 is the source.
 */
export const SOURCE_POSTMODIFIER =
  /^((?:[^\s,;“”"]+\s+){0,5}[^\s,;“”"]+?)\s+(?:(?:directly|closely|personally)\s+)?(?:involved|familiar|based|stationed|briefed|knowledgeable|close|working|responsible|with\s+(?:(?:direct|first-hand|firsthand)\s+)?knowledge)\s+(?:in|with|on|at|to|of|for|about)\s+[^,;“”"]+$/u;

/**
 * "The central bank also issued revised forecasts for growth of 1.6%", "the IMF cut its growth projection to 2%": a
 * body publishing, changing or keeping ("maintained its outlook for 2031") its forecast states the figures. Group 1 is the text before the verb (the subject).
 */
export const FORECAST_ISSUED =
  /^(.*?\S)\s+(?:issued|released|published|unveiled|raised|lowered|cut|trimmed|upgraded|downgraded|revised|updated|maintained|kept|reaffirmed|reiterated)\s+(?:(?:its|their|his|her|the|a|an|new|fresh)\s+)?(?:[\p{Ll}-]+(?:['’]s)?\s+){0,3}?(?:forecasts?|projections?|estimates?|outlook|guidance)\s+(?:for|of|to|on)\b/u;

/** A noun FORECAST_ISSUED needs, as written: a cheap check before it. */
export const FORECAST_NOUN = /forecast|projection|estimate|outlook|guidance/;

/**
 * "County health officials also increased the total case count to 275", "the ministry raised the death toll to 40": a
 * source updating its own count states the new figure. Group 1 is the text before the verb (the subject).
 */
export const TALLY_UPDATED =
  /^(.*?\S)\s+(?:raised|increased|lowered|updated|revised|put)\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:toll|total|tally|count|number)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:to|at)\s/u;

/** A noun TALLY_UPDATED needs, as written: a cheap check before it. */
export const TALLY_NOUN = /toll|total|tally|count|number/;

/** ", marking a 47-case uptick since July": the writer's comment on the figure before it. */
export const MARKING_CHANGE = /,\s+marking\s+(?:an?|the)\s[^,;“”"]*$/u;

/**
 * "The storm hit the coast and local authorities said ...": a clause joined by "and" with no comma whose subject is
 * an unnamed plural source right before the verb. Group 1 is that source; figures before the "and" are not its.
 */
export const AND_PLURAL_SOURCE =
  /\s(?:and|but)\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:officials|authorities|police|rescuers|officers|sources|investigators|prosecutors))\s*$/u;

/**
 * "... took six percent the results showed.": a document closing the sentence with its verb, the comma before it left
 * out. Group 1 is the document as written.
 */
export const CLOSING_DOCUMENT_NO_COMMA =
  /\s((?:the|official|final|preliminary|provisional|partial|latest|initial)\s+(?:[\p{Ll}-]+\s+)?(?:results|data|figures|statistics|count|tally))\s+$/u;

/** "Quoting records from the water authority, a senior engineer said": the opening says what was cited, the subject follows. */
export const QUOTING_OPENER = /^(?:Quoting|Citing)\s[^,;“”"]{1,120},\s+(?=\S)/u;

/**
 * "The elections board released final figures confirming that ...", "the office published data showing ...": a body
 * putting out figures that show what follows is cited like its data. Group 1 is the text before the verb (the subject).
 */
export const FIGURES_RELEASED =
  /^(.*?\S)\s+(?:released|published|issued|posted|put\s+out)\s+(?:(?:its|their|the|new|fresh|official|final|preliminary|provisional|latest|and)\s+){0,4}(?:[\p{Ll}-]+\s+)?(?:figures|data|results|statistics)(?:\s+(?:from|of|on|for)\s+[^,;“”"]{1,60}?)?\s+(?:showing|confirming|indicating|which\s+showed|that\s+showed)\b/u;

/**
 * "a valley that the water board says is home to 400,000 people": a relative clause whose subject reports the
 * rest of it. Group 1 is that subject; SAYS_WHAT_IS must follow the verb.
 */
export const RELATIVE_SOURCE = /\s(?:that|which)\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+)\s*$/u;
export const SAYS_WHAT_IS = /^\s+(?:is|was|are|were|has|had|have|will|would|could|may|might)\s/;

/** Verbs whose object is the one addressed: "X told (urged, advised, warned, ordered) Y to ...". */
const ADDRESSING_VERB = /^(?:told|urged|advised|warned|ordered)$/;

/**
 * "Northbury told to brace for more cases", "Drivers urged to stay home": a verb that takes the one addressed as its
 * object, followed at once by "to" and a verb, is a passive with its auxiliary left out (headline style): its
 * subject is addressed, not speaking. ("Police told reporters 3 died" and "X warned that ..." still report.)
 */
export function addressedPassive(verb: string, after: string): boolean {
  return ADDRESSING_VERB.test(verb) && /^\s+to\s+\p{Ll}+\b(?!\s+(?:that|about)\b)/u.test(after) && !/^\s+to\s+(?:the|an?|his|her|their|its|reporters|journalists|police|officials)\b/.test(after);
}
