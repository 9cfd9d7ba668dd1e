/** Word lists shared by the quantity parser and the claim extractor. Pure data plus `singularize`. */
import { wordTable } from "@/lib/figures/word-table";

export const SMALL_NUMBERS: Readonly<Record<string, number>> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
});

/** Multipliers written as words or as suffixes glued to digits ("$4.2m", "5bn", "10k"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = wordTable({
  hundred: 100, thousand: 1e3, lakh: 1e5, million: 1e6, mln: 1e6, mn: 1e6, crore: 1e7, billion: 1e9, bn: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, tln: 1e12, trn: 1e12,
  // Indian copy also prints the plurals and the short forms: "Rs 7 crores", "Rs 4 lakhs", "Rs 50 lacs", "Rs 9.13 cr".
  crores: 1e7, cr: 1e7, lakhs: 1e5, lac: 1e5, lacs: 1e5,
});
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = wordTable({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, // "1.2million": the word glued on
});

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = wordTable({
  $: "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee", "₦": "naira", "₱": "peso", "₩": "won", "₺": "lira", "₽": "ruble",
  "฿": "baht", "₫": "dong", "₴": "hryvnia", "₪": "shekel", "₵": "cedi", "₨": "rupee",
});

/** Vulgar-fraction characters, read as numbers. */
export const UNICODE_FRACTIONS: Readonly<Record<string, number>> = wordTable({ "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅙": 1 / 6, "⅛": 0.125 });

/** Qualifier phrases written before a number, matched on lower-cased words, longest first. */
export const PRE_QUALIFIERS: Array<[string, string]> = (
  [
    ["exactly", "exact"], ["precisely", "exact"], ["a total of", "exact"],
    ["about", "approximately"], ["around", "approximately"], ["roughly", "approximately"],
    ["some", "approximately"], ["an estimated", "approximately"], ["estimated", "approximately"],
    ["approximately", "approximately"], ["approx", "approximately"], ["circa", "approximately"],
    ["in the region of", "approximately"], ["on the order of", "approximately"],
    // "damage was estimated at $40 million", "the cost is estimated to be ..." (an estimate's figure, as "an estimated").
    ["estimated at", "approximately"], ["estimated to be", "approximately"], ["estimated to cost", "approximately"],
    ["estimated to total", "approximately"], ["estimated to reach", "approximately"],
    // "Officials estimate 3,000 homes were lost", "the agency estimates 300": the verb in the present, right before its
    // figure, gives an estimate as "an estimated" does (not after a determiner: "the estimate 40" is the noun).
    ["estimate", "approximately"], ["estimates", "approximately"],
    // "it is roughly estimated that 60 per cent", as "estimated 60 per cent".
    ["estimated that", "approximately"],
    ["at least", "at_least"], ["no fewer than", "at_least"], ["no less than", "at_least"],
    ["not less than", "at_least"], ["not fewer than", "at_least"], ["a minimum of", "at_least"],
    ["more than", "more_than"], ["over", "more_than"], ["upwards of", "more_than"], ["upward of", "more_than"],
    ["in excess of", "more_than"], ["above", "more_than"], ["greater than", "more_than"],
    ["just over", "more_than"], ["well over", "more_than"], ["well above", "more_than"],
    ["nearly", "nearly"], ["almost", "nearly"], ["just under", "nearly"], ["close to", "nearly"],
    ["just shy of", "nearly"], ["just below", "nearly"],
    ["as far as", "at_most"], ["as far away as", "at_most"], ["as high as", "at_most"], ["as deep as", "at_most"],
    ["as large as", "at_most"], ["as big as", "at_most"], ["as heavy as", "at_most"],
    // "yields could be as low as 5t/ha", "for as little as $5": the least it may come to.
    ["as low as", "at_least"], ["as little as", "at_least"], ["as few as", "at_least"],
    ["up to", "at_most"], ["as many as", "at_most"], ["no more than", "at_most"], ["as much as", "at_most"], ["as long as", "at_most"],
    ["a maximum of", "at_most"], ["at most", "at_most"], ["capped at", "at_most"], ["limited to", "at_most"], ["not more than", "at_most"], ["within", "at_most"],
    ["exceed", "more_than"], ["exceeds", "more_than"], ["exceeded", "more_than"], ["exceeding", "more_than"],
    ["surpass", "more_than"], ["surpassed", "more_than"], ["surpassing", "more_than"], ["larger than", "more_than"],
    ["surpasses", "more_than"],
    ["tops", "more_than"], ["topped", "more_than"], ["topping", "more_than"],
    ["nears", "nearly"], ["neared", "nearly"], ["nearing", "nearly"], ["nothing short of", "at_least"],
    ["bigger than", "more_than"], ["higher than", "more_than"], ["at least or equal to", "at_least"],
    ["greater than or equal to", "at_least"], ["more than or equal to", "at_least"], ["equal to or more than", "at_least"],
    ["equal to or greater than", "at_least"], ["higher or equal than", "at_least"], ["bigger or equal than", "at_least"],
    ["greater or equal than", "at_least"], ["less than or equal to", "at_most"], ["fewer than or equal to", "at_most"],
    ["equal to or less than", "at_most"], ["equal to or fewer than", "at_most"], ["less or equal than", "at_most"],
    ["lower or equal than", "at_most"], ["smaller or equal than", "at_most"], ["smaller than", "less_than"],
    ["lower than", "less_than"], ["equal to", "exact"], ["equals", "exact"], ["equals to", "exact"], ["equaling to", "exact"],
    ["less than", "less_than"], ["fewer than", "less_than"], ["under", "less_than"],
    ["below", "less_than"], ["well under", "less_than"], ["well below", "less_than"], ["beyond", "more_than"],
  ] as Array<[string, string]>
).sort((a, b) => b[0].split(" ").length - a[0].split(" ").length);

/**
 * Vague amounts and their bounds (inclusive). The idea: "hundreds" is at least two hundred and
 * below a thousand; "dozens" at least two dozen and below a hundred; "scores" at least two score.
 */
/** The plural scale words that make a vague amount alone: "Thousands flee", "dozens of homes", "millions of dollars". */
export const BARE_VAGUE_WORDS = ["dozens", "hundreds", "thousands", "millions", "billions"];

export const VAGUE_PATTERNS: Array<{ words: string[]; low: number; high: number }> = [
  { words: ["tens", "of", "thousands"], low: 20_000, high: 99_999 },
  { words: ["hundreds", "of", "thousands"], low: 200_000, high: 999_999 },
  { words: ["tens", "of", "millions"], low: 20_000_000, high: 99_999_999 },
  { words: ["hundreds", "of", "millions"], low: 200_000_000, high: 999_999_999 },
  { words: ["tens", "of", "billions"], low: 20_000_000_000, high: 99_999_999_999 },
  { words: ["hundreds", "of", "billions"], low: 200_000_000_000, high: 999_999_999_999 },
  // "tens of lakhs of rupees", "tens of crores": tens of the Indian scale, as "tens of millions" is of the million.
  { words: ["tens", "of", "lakhs"], low: 2_000_000, high: 9_999_999 },
  { words: ["tens", "of", "lacs"], low: 2_000_000, high: 9_999_999 },
  { words: ["tens", "of", "crores"], low: 200_000_000, high: 999_999_999 },
  { words: ["several", "dozen"], low: 24, high: 99 },
  // "several hundred", "several thousand": several (3..9) of the scale, as "a few hundred" is a few (2..5) of it.
  { words: ["several", "hundred"], low: 300, high: 900 },
  { words: ["several", "thousand"], low: 3_000, high: 9_000 },
  { words: ["several", "million"], low: 3_000_000, high: 9_000_000 },
  // "several hundreds of homes", "several thousands of people": the plural scale after "several" counts as it does alone.
  { words: ["several", "dozens"], low: 24, high: 99 },
  { words: ["several", "hundreds"], low: 200, high: 999 },
  { words: ["several", "thousands"], low: 2_000, high: 9_999 },
  { words: ["several", "millions"], low: 2_000_000, high: 9_999_999 },
  { words: ["a", "few", "dozen"], low: 24, high: 60 },
  { words: ["a", "few", "hundred"], low: 200, high: 500 },
  { words: ["a", "few", "thousand"], low: 2_000, high: 5_000 },
  { words: ["a", "few", "million"], low: 2_000_000, high: 5_000_000 },
  { words: ["a", "handful", "of"], low: 2, high: 5 },
  // "tens of miles", "tens of metres": as "tens of thousands" is tens of the thousand, tens of the unit (20..99); never
  // before a scale word ("tens of lakhs" has its own bounds above, "tens of hundreds" none).
  { words: ["tens", "of"], low: 20, high: 99 },
  { words: ["scores", "of"], low: 40, high: 99 },
  { words: ["scores"], low: 40, high: 99 },
  { words: ["dozens"], low: 24, high: 99 },
  { words: ["hundreds"], low: 200, high: 999 },
  { words: ["thousands"], low: 2_000, high: 9_999 },
  { words: ["millions"], low: 2_000_000, high: 9_999_999 },
  { words: ["billions"], low: 2_000_000_000, high: 9_999_999_999 },
  { words: ["a", "few"], low: 2, high: 5 },
  { words: ["few"], low: 2, high: 5 },
  { words: ["several"], low: 3, high: 9 },
];

export const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Words that, written before a number, make it a label rather than an amount ("Route 66"). */
export const LABEL_WORDS = new Set([
  "route", "highway", "interstate", "road", "street", "avenue", "no", "nos", "number", "section", "article",
  "chapter", "flight", "room", "page", "paragraph", "resolution", "level", "phase", "grade", "category",
  "gate", "terminal", "platform", "district", "ward", "precinct", "apartment", "suite", "channel", "block",
  "building", "camp", "version", "clause", "item", "exhibit", "docket", "tier", "lane", "pier", "hangar",
]);

/** Words that make a label of the number after them only when it counts nothing ("Game 7", but "told the court 3 men"). */
export const LABEL_WORDS_UNLESS_COUNTED = new Set([
  "session", "train", "stage", "round", "game", "episode", "heat", "act", "scene", "volume", "track", "row", "bay",
  "court", "zone", "sector", "line", "reactor", "unit", "bus", "runway", "berth", "bed", "cell",
]);

/** Words after a number that end the search for the counted noun. */
export const UNIT_STOP = new Set([
  "a", "an", "the", "of", "in", "on", "at", "to", "from", "by", "for", "with", "as", "than", "and", "or",
  "but", "nor", "that", "which", "who", "whom", "whose", "where", "when", "while", "this", "these", "those",
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
  "should", "may", "might", "can", "must", "did", "do", "does", "said", "says", "say", "also", "each",
  "per", "it", "its", "their", "his", "her", "they", "we", "he", "she", "there", "them", "you",
  "not", "into", "out", "over", "under", "after", "before", "since", "during", "about", "around", "some",
  "all", "other", "others", "remain", "remained", "left", "died", "killed", "including", "among", "alone",
  "ago", "earlier", "later", "later", "last", "next", "until", "against", "across", "through", "up", "down",
  "behind", "ahead", "beyond", "near", "without", "within", "despite", "toward", "towards", "via", "onto", "upon",
]);

/**
 * The states people are counted in, as an alternation: "40 dead", "the injured", "one missing", "12 wounded". Every rule
 * that reads a count's state builds on it (STATE_THEN_NOUN, CASUALTY_NOUN, ELIDED_AFTER_COUNT, PART_OF_PEOPLE in
 * context-unit.ts, PERSON_STATE in counted-one.ts) and adds its own.
 */
export const PERSON_STATES = "dead|injured|wounded|missing";
/**
 * Words of time or place after "12 dead": "12 dead yesterday", "30 injured overnight", "five missing there", "40 sick
 * aboard"; the ones that look like plurals ("upstairs", "overseas", "indoors") matter most, as only a plural passes.
 */
export const NOT_A_NOUN_AFTER_STATE = /^(?:yesterday|today|tonight|tomorrow|overnight|there|here|inside|outside|upstairs|downstairs|indoors|outdoors|overseas|afterwards|nowadays|sometimes|elsewhere|nearby|aboard|abroad|ashore|offshore|onshore|downtown|uptown|nationwide|worldwide|altogether|overall|apiece|each|too|so|far|now|since|then|again|instead)$/;
/** Singular nouns that can be counted units on their own ("10 km", "a week", "12 police"). */
export const KNOWN_UNITS = new Set([
  "percent", "km", "kg", "mm", "cm", "mph", "ft", "lb", "lbs", "kph", "tonne", "ton", "police", "personnel",
  "staff", "aircraft", "livestock", "cattle", "sheep", "fish", "militia", "troop", "week", "day", "month",
  "year", "decade", "hour", "minute", "second", "century", "mile", "meter", "metre", "kilometer", "kilometre",
  "acre", "hectare", "dollar", "euro", "pound", "yen", "barrel", "vote", "man", "woman", "child", "person",
  "accused", "species", "series", "deer", "offspring", "spacecraft", "salmon", "swine", "bison", "moose", "crew",
  "cent", "penny", "fortnight", "quintal", "trout", "carp", "bluegill", "perch", "reindeer",
]);

const IRREGULAR: Readonly<Record<string, string>> = wordTable({
  people: "person", children: "child", women: "woman", men: "man", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", lives: "life", wives: "wife", knives: "knife", thieves: "thief",
  halves: "half", shelves: "shelf", wolves: "wolf", leaves: "leaf", loaves: "loaf", calves: "calf",
  selves: "self", crises: "crisis", analyses: "analysis", theses: "thesis", diagnoses: "diagnosis",
  buses: "bus", viruses: "virus", statuses: "status", oases: "oasis", indices: "index", data: "data",
  police: "police", personnel: "personnel", staff: "staff", aircraft: "aircraft", sheep: "sheep",
  cattle: "cattle", livestock: "livestock", fish: "fish", series: "series", species: "species",
  news: "news", measles: "measles", mumps: "mumps", rabies: "rabies", diabetes: "diabetes", herpes: "herpes",
  headquarters: "headquarters", percent: "percent", troops: "troop", lbs: "pound", paise: "paisa",
  hypotheses: "hypothesis", syntheses: "synthesis", parentheses: "parenthesis", matrices: "matrix", vertices: "vertex",
  criteria: "criterion", phenomena: "phenomenon", scarves: "scarf", wharves: "wharf", dwarves: "dwarf", hooves: "hoof",
  elves: "elf", quizzes: "quiz", bonuses: "bonus", campuses: "campus", censuses: "census", gases: "gas", nuclei: "nucleus",
  fungi: "fungus", cacti: "cactus", stimuli: "stimulus", alumni: "alumnus", radii: "radius", bacteria: "bacterium",
  larvae: "larva", vertebrae: "vertebra", oxen: "ox", lice: "louse", dice: "die", passersby: "passerby",
  // Singular nouns in -s: "40 oil and gas engineers".
  gas: "gas", biogas: "biogas", bias: "bias", chaos: "chaos", canvas: "canvas", atlas: "atlas", lens: "lens", ethos: "ethos",
});

/**
 * Nouns in -u (and -ou), whose plural ends in "-us" like the singulars "census", "bonus", "virus": "Hindus", "gurus",
 * "menus". Plurals of nouns in -eau ("bureaus", "plateaus") are read by their ending.
 */
const U_NOUNS = new Set([
  "hindu", "zulu", "bantu", "hutu", "kikuyu", "guru", "emu", "gnu", "zebu", "menu", "haiku", "tutu", "tofu", "kudzu", "sudoku",
  "caribou", "bayou", "marabou", "kinkajou", "impromptu",
]);
/** Endings of words in -s that are no plurals: "-ss", "-us" (and "-ous"), "-is", "-ics"; "-us" of a noun in -u or -eau is. */
const notPlural = (word: string) =>
  word.endsWith("ss") || (word.endsWith("us") && !word.endsWith("eaus") && !U_NOUNS.has(word.slice(0, -1))) || word.endsWith("is") || word.endsWith("ics");
/** Whether `word` ends with `suffix` after a code unit that is not a lower-case vowel (`/[^aeiou]suffix$/`). */
function afterNonVowel(word: string, suffix: string): boolean {
  return word.length > suffix.length && word.endsWith(suffix) && !"aeiou".includes(word[word.length - suffix.length - 1]);
}

/** True when a lower-cased word looks like a plural noun ("trucks", "casualties", "people"). */
export function isPluralWord(word: string): boolean {
  if (word in IRREGULAR) return IRREGULAR[word] !== word || word === "police" || word === "personnel";
  if (word.length > 4 && word.endsWith("men")) return true;
  if (word.length < 3 || !word.endsWith("s")) return false;
  if (word.endsWith("ies") || word.endsWith("es")) return true;
  return !notPlural(word);
}

/** Lower-cases and singularises a noun: "Civilians" → "civilian", "casualties" → "casualty". */
export function singularize(input: string): string {
  const word = input.toLowerCase();
  if (word in IRREGULAR) return IRREGULAR[word];
  if (word.length > 4 && word.endsWith("men")) return word.slice(0, -3) + "man";
  if (!word.endsWith("s") || word.length < 3) return word;
  // Suffix tests rather than expressions anchored at the end: this runs for every candidate noun.
  if (afterNonVowel(word, "ies")) return word.slice(0, -3) + "y";
  if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses") || word.endsWith("xes") || word.endsWith("zzes")) return word.slice(0, -2);
  if (afterNonVowel(word, "oes") && word !== "shoes") return word.slice(0, -2);
  if (notPlural(word)) return word;
  return word.slice(0, -1);
}

/** Verbs of change: "rose from 40 to 50 percent" gives two figures, "up 8.2 percent to 28.15" a change and a level. */
export const CHANGE_VERB = /^(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|increasing|decreased?|decreases|decreasing|dropped|drops?|climbed|climbs?|jumped|jumps?|jumping|soars?|soaring|surges?|surging|plunges?|plunging|plummets?|tumbles?|slides?|sinks?|dips?|shrinks?|slumps?|slumped|climbing|growing|halved|grew|grows?|grown|cut|cuts|reduced?|reduces|raised?|raises|raising|hiked?|hikes|hiking|upped|trimmed|lowered|went|gone|changed?|moved|shrank|slid|slips?|slipped|soared|surged|plunged|plummeted|tumbled|declined?|doubled|tripled|up|down|revised?|revises|revising|expanded|extended|lifted|boosted|slashed|narrowed|widened|swung|increase|decrease|gained|gains?|lost|loses|added|shed|sank|dipped|eased|advanced|rallied|retreated|shot|spiked|moving|moves)$/;

/** Units that are no count of things: money, percentages, spans of time, a magnitude. */
const NOT_COUNTS = /^(?:percent|percentage point|basis point|minute|hour|day|night|week|fortnight|month|quarter|year|decade|season|magnitude)$/;
/** Currencies by name, the world's main ones and those that were: money, never a count. */
export const CURRENCY_NAMES = new Set([
  "dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "rupiah", "cent", "penny", "franc", "lira", "peso", "rand", "rouble",
  "ruble", "shekel", "dirham", "riyal", "rial", "dinar", "bitcoin", "guilder", "mark", "deutschmark", "krona", "krone", "kroner", "kronor",
  "won", "baht", "ringgit", "naira", "shilling", "cedi", "kwacha", "real", "reais", "zloty", "forint", "koruna", "lev", "leu", "lei", "hryvnia",
  "tenge", "taka", "dong", "kyat", "peseta", "escudo", "drachma", "lira", "birr", "sol", "bolivar", "colon", "quetzal", "lempira", "rupee",
  "paisa", "kobo", "fils",
]);
export const MEASURE = /(?:met(?:er|re)|mile|foot|inch|yard|gram|ton|tonne|lit(?:er|re)|acre|hectare|gallon|barrel|mph|kph|kmph|light-year|per hour|degree|watt|hertz|per second)/;

/** Another country's dollar or pound: "hk dollar", "new zealand dollar", "egyptian pound". */
const OTHER_COUNTRY_MONEY = /^(?:\p{L}+ )+(?:dollar|pound)$/u;

/**
 * Not a count of things: a measure, money, a percentage, a span of time or a rate ("40 were sold" after "$5 million" is
 * no money; "3.9 million" after "$7.34 a share" is no money by the share, nor after "11,000 trains a day" trains a day).
 */
export function isMeasureOrMoney(unit: string): boolean {
  return NOT_COUNTS.test(unit) || isMoneyUnit(unit) || MEASURE.test(unit) || unit.includes(" per ");
}

/** A unit that is money: a currency's name or another country's dollar or pound ("hk dollar"). */
export function isMoneyUnit(unit: string | null | undefined): boolean {
  return !!unit && (CURRENCY_NAMES.has(unit) || OTHER_COUNTRY_MONEY.test(unit));
}

/** A part of a group named in the sentence before: "12 of them", "Of those, 30 ...". */
export const OF_THEM_AFTER = /^\s+(?:of|among)\s+(?:them|those|these)\b/i;
export const OF_THEM_BEFORE = /\b(?:of|among)\s+(?:them|those|these)\s*,\s*$/i;

/**
 * A crowd or an attendance named before its figure, with no other number between: "a crowd of 45,000",
 * "attendance of about 26,000", "the spectator figures had already surpassed". It counts those who came.
 */
export const ATTENDANCE_BEFORE = /\b(?:attendances?|crowds?|spectators?(?:\s+(?:figures?|numbers?|count))?)\b(?:\s+(?:of|was|were|is|are|stood|reached|totall?ed|numbered|had|has|have|already|surpassed|passed|topped|exceeded|at|to|the|an?|about|around|some|nearly|over|more|than|almost|estimated|roughly))*\s+$/i;
/** The nouns an article may count those who came in; a crowd without one counts spectators. */
export const ATTENDEES = new Set(["spectator", "person", "fan", "visitor"]);

/**
 * Verbs that take a count as their object, capitalised in title-case headlines ("Police Arrest 7, Seize 1,100 Kg",
 * "Blast Kills 12"): before a number they are no label such as "Flight 370" or "Session 12".
 */
export const HEADLINE_VERBS = [
  "arrest", "arrests", "kill", "kills", "injure", "injures", "wound", "wounds", "detain", "detains", "rescue", "rescues",
  "evacuate", "evacuates", "seize", "seizes", "capture", "captures", "nab", "nabs", "free", "frees", "execute", "executes",
  "jail", "jails", "sentence", "sentences", "charge", "charges", "displace", "displaces", "strand", "strands", "infect",
  "infects", "sicken", "sickens", "hospitalise", "hospitalises", "hospitalize", "hospitalizes", "leave", "leaves",
  "confirm", "confirms", "report", "reports", "claim", "claims", "hire", "hires", "cut", "cuts", "sack", "sacks", "save", "saves",
];

/** Words of a multiple that English also uses as verbs ("to double the fleet"), by the multiple they name. */
export const MULTIPLE_WORD: Readonly<Record<string, number>> = wordTable({ double: 2, triple: 3, treble: 3, quadruple: 4 });
/** Multiples in "fold", one word, by the multiple they name: "twofold" 2, "tenfold" 10, "hundredfold" 100. */
export const FOLD_WORD: Readonly<Record<string, number>> = wordTable({
  ...Object.fromEntries(Object.entries(SMALL_NUMBERS).filter(([, n]) => n >= 2).map(([w, n]) => [`${w}fold`, n])),
  hundredfold: 100, thousandfold: 1000,
});
/** A multiple as a verb: "more than tripled", "nearly doubled" (read only with a qualifier before it). */
export const MULTIPLIED_VERB: Readonly<Record<string, number>> = wordTable({ doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 });
/** A multiple's mention, with its qualifier before it: "double", "more than triple", "up fivefold", "a 5-fold". */
export const MULTIPLE_TEXT = new RegExp(`(?:^|\\s)(?:${[...Object.keys(MULTIPLE_WORD), ...Object.keys(MULTIPLIED_VERB)].join("|")}|[\\p{L}\\d,.]+-?fold)$`, "iu");
