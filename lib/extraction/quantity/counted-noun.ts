/** The counted noun or unit after a number: "17 flatbed trucks" → truck, "3 km" → kilometre. */
import { CHANGE_VERB, CURRENCY_NAMES, KNOWN_UNITS, MONTHS, NOT_A_NOUN_AFTER_STATE, SCALE_WORDS, SMALL_NUMBERS, UNIT_STOP, isPluralWord, singularize } from "./lexicon";
import { modelYearsAt } from "./label-context";
import type { Tok } from "./tokenizer";
import { UNIT_ALIASES, measureAt } from "./units";
import { BEFORE_NOUN } from "./counted-one";
import { OTHER_DOLLARS, OTHER_POUNDS } from "@/lib/figures/unit";
import { wordTable } from "@/lib/figures/word-table";

const TIME_OR_MEASURE = /^(?:olds?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent)$/;
const INVARIANT = new Set(["police", "staff", "personnel", "security", "aid", "army", "militia", "government"]);
const ADJECTIVE_END = /(?:ed|ing|al|ful|ous|ive|ic|ian|ish|less|able|ible|ly)$/;
/** Nouns in -ing a singular count may name: "one building", "one shooting". */
const ING_NOUN = /^(?:building|dwelling|sibling|meeting|wedding|shooting|bombing|stabbing|killing|crossing|painting|hearing|offering|filing|recording|uprising|sighting)$/;
/** A lower-case word that may be a noun, on its own: no stop word, no adjective's or participle's ending. */
function plainNoun(x: Tok | undefined): boolean {
  return !!x && !x.joined && /^\p{Ll}{3,}$/u.test(x.text) && !UNIT_STOP.has(x.lower) && !ADJECTIVE_END.test(x.lower);
}
/** A nationality before a currency name: "100 Chinese yuan", "10 Turkish lira". */
const NATIONALITY = /(?:ish|ese|an|i)$/;
/** Participles that take an object, written right after a number that counts something named before. */
/** "more than 50 sustained injuries", "30 suffered burns": a verb of harm after a count of people, then the harm. */
const SUFFERED = /^(?:sustained|suffered)$/;
const HARM = /^(?:injuries|wounds|burns|fractures|injury|wound)$/;
/** Words that name people by what befell them without a participle's ending: "56 dead", "200 homeless" are persons. */
const BEFALLEN = /^(?:dead|homeless)$/;
const OBJECT_PARTICIPLE = /^(?:carrying|containing|holding|hauling|transporting|bearing|loaded|laden|packed|filled|stuffed|wearing|owning|using|flying|bringing|ferrying)$/;
const isNumberWord = (w: string) => w in SMALL_NUMBERS || isDigitCode(w.charCodeAt(0)) || (w.includes("-") && w.split("-")[0] in SMALL_NUMBERS);
/** An ASCII digit's code, as `\d` matches it (NaN, past the end of a string, is none). */
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * Two-word nouns whose head alone says too little: "38 polling stations" → polling station, not station;
 * "9.5 nautical miles" is no statute mile; "3 parts per million"; "12 local councils", "9 local government areas"
 * (tiers of government, named in full); "300 police officers" and "40 rescue workers" (one job each, as "crew member").
 */
const COMPOUNDS: Readonly<Record<string, string>> = wordTable({
  "percentage point": "percentage point", "pc point": "percentage point", "pct point": "percentage point", "basis point": "basis point", "polling station": "polling station",
  "polling unit": "polling unit", "crew member": "crew member", "staff member": "staff member",
  "family member": "family member", "board member": "board member", "nautical mile": "nautical mile",
  "telephone line": "telephone line", "phone line": "phone line", "power line": "power line", "air strike": "air strike",
  "local council": "local council", "police officer": "police officer", "rescue worker": "rescue worker",
});

/** The first words of `COMPOUNDS`: a word token holds no space, so only these can start one. */
const COMPOUND_FIRST = new Set(Object.keys(COMPOUNDS).map((k) => k.split(" ")[0]));

function compoundAt(t: Tok[], j: number): { unit: string; to: number } | null {
  const a = t[j];
  const b = t[j + 1];
  if (a?.kind !== "word" || b?.kind !== "word" || b.joined) return null;
  if (/^parts?$/.test(a.lower) && b.lower === "per" && /^(?:million|billion)$/.test(t[j + 2]?.lower ?? ""))
    return { unit: `part per ${t[j + 2].lower}`, to: j + 3 };
  if (!COMPOUND_FIRST.has(a.lower)) return null;
  // "17 Local Government Areas": a tier of government, named in full as the places are.
  if (a.lower === "local" && b.lower === "government" && /^areas?$/.test(t[j + 2]?.lower ?? "") && !t[j + 2].joined) return { unit: "local government area", to: j + 3 };
  const unit = COMPOUNDS[`${a.lower} ${singularize(b.lower)}`];
  // "three local council seats": a singular "local council" before a plural noun describes it.
  if (unit === "local council" && b.lower === "council" && t[j + 2]?.kind === "word" && isPluralWord(t[j + 2].lower) && !UNIT_STOP.has(t[j + 2].lower)) return null;
  return unit ? { unit, to: j + 2 } : null;
}

/**
 * "100 U.S. dollars", "40 Hong Kong dollars", "5 Australian dollars", "400 Kuwaiti dinars": the country before
 * its money. Another country's dollar or pound is its own unit ("hk dollar", "egyptian pound"; the bare names are
 * the US dollar and the pound sterling); other currencies keep their bare name ("dinar").
 */
function countryMoneyAt(t: Tok[], k: number): { unit: string; to: number } | null {
  let j = k;
  let country = "";
  const x = t[k];
  if (x?.text === "U" && t[k + 1]?.text === "." && t[k + 2]?.text === "S") [j, country] = [k + (t[k + 3]?.text === "." ? 4 : 3), "us"];
  else if (x?.kind === "word" && (/^\p{Lu}/u.test(x.text) || (x.lower.length > 2 && (x.lower in OTHER_DOLLARS || x.lower in OTHER_POUNDS)))) {
    const two = t[k + 1]?.kind === "word" ? `${x.lower} ${t[k + 1].lower}` : "";
    if (two in OTHER_DOLLARS || two in OTHER_POUNDS) [j, country] = [k + 2, two];
    else if (x.text.length > 1 && (x.lower in OTHER_DOLLARS || x.lower in OTHER_POUNDS || NATIONALITY.test(x.lower))) [j, country] = [k + 1, x.lower];
    else return null;
  } else return null;
  // "pound" alone may weigh; after a country it is money.
  const money = /^pounds?$/.test(t[j]?.lower ?? "") ? { unit: "pound", to: j + 1 } : measureAt(t, j);
  if (!money || !CURRENCY_NAMES.has(money.unit)) return null;
  if (money.unit === "dollar") return { unit: OTHER_DOLLARS[country] ?? `${country} dollar`, to: money.to };
  if (money.unit === "pound") return { unit: OTHER_POUNDS[country] ?? `${country} pound`, to: money.to };
  return money;
}

/**
 * The head of a compound noun after an invariant modifier and one more noun: "police station in-charge" →
 * in-charge, "police station chiefs" → chief; null when the words after it do not end such a compound.
 */
function compoundHead(t: Tok[], k: number): { unit: string; to: number } | null {
  const noun = t[k];
  if (noun?.kind !== "word" || noun.joined || noun.text !== noun.lower || UNIT_STOP.has(noun.lower) || ADJECTIVE_END.test(noun.lower) || isPluralWord(noun.lower)) return null;
  const x = t[k + 1];
  if (x?.kind !== "word" || x.joined || x.text !== x.lower) return null;
  if (t[k + 2]?.text === "-" && t[k + 2].joined && t[k + 3]?.joined && t[k + 3].kind === "word") return { unit: `${x.lower}-${t[k + 3].lower}`, to: k + 4 };
  return isPluralWord(x.lower) && !UNIT_STOP.has(x.lower) ? { unit: singularize(x.lower), to: k + 2 } : null;
}

/**
 * The noun right before "of" at j, after a describing word, lower case and not itself a describing word, verb or
 * number: "pack" in "20 plastic pack of crystal". A count written with a singular noun (a printed error) still counts that noun.
 */
function containerBefore(t: Tok[], j: number): { unit: string; to: number } | null {
  const x = t[j - 1];
  if (x?.kind !== "word" || x.text !== x.lower || x.lower.length < 3 || UNIT_STOP.has(x.lower) || ADJECTIVE_END.test(x.lower) || /est$/.test(x.lower) || isNumberWord(x.lower) || BEFORE_NOUN.has(x.lower)) return null;
  // "the 20 most popular of": a ranking, not a noun counted.
  if (/^(?:most|least|very|so|too|much)$/.test(t[j - 2]?.lower ?? "")) return null;
  if (!/^\p{Ll}/u.test(t[j + 1]?.text ?? "")) return null;
  return { unit: UNIT_ALIASES[x.lower] ?? singularize(x.lower), to: j };
}

/**
 * Whether the words at j open the object of a verb: an amount, money ("Rs 9 crore") or a determiner. The word in -s
 * before them is then a verb, not a plural head: "one state-run jute mills owes Rs 4 crore", "two firms owns the rest".
 */
function objectAfter(t: Tok[], j: number): boolean {
  const x = t[j];
  if (!x) return false;
  if (x.kind === "num" || (x.kind === "sym" && /^[$€£¥₹₦]$/.test(x.text))) return true;
  if (x.kind === "word" && /^\p{Lu}\p{Ll}?$/u.test(x.text) && t[j + 1]?.kind === "num") return true; // "Rs 9", "Tk 500"
  return x.kind === "word" && /^(?:the|its|their|his|her|our|this|these|those)$/.test(x.lower);
}

/**
 * The index after an owner named before the thing counted, at j: capitalised words that end in "'s" ("Acme Corp's") or
 * a word in -s then an apostrophe ("Halden Holdings'", "the firms'"); 0 when there is none.
 */
function ownerEnd(t: Tok[], j: number): number {
  if (QUOTE.test(t[j - 1]?.text ?? "")) return 0; // "three of the 'rebels' were": quotation marks, not an owner
  for (let e = j; e < j + 4 && t[e]?.kind === "word"; e++) {
    const w = t[e];
    const apostrophe = t[e + 1];
    if (/s$/i.test(w.text) && /^['’]$/.test(apostrophe?.text ?? "") && apostrophe.joined && t[e + 2]?.kind === "word" && !UNIT_STOP.has(t[e + 2].lower)) return e + 2;
    if (e > j && /['’]s$/.test(w.lower)) return e + 1;
    if (!/^\p{Lu}/u.test(w.text) && !(e === j && isPluralWord(w.lower))) return 0;
  }
  return 0;
}

const QUOTE = /^["“”‘’']$/;
/** Tokens a quoted describing word may take: "heavily-armed" is three. */
const QUOTED_TOKENS = 5;

/**
 * Whether the quotation mark at j wraps a short describing word inside the noun phrase that starts at k: an opening
 * mark with its closing mark a few words on and a lower-case word after it, or that closing mark.
 */
function scareQuoteAt(t: Tok[], j: number, k: number): boolean {
  if (!QUOTE.test(t[j]?.text ?? "")) return false;
  const lowerAfter = (c: number) => t[c + 1]?.kind === "word" && t[c + 1].text === t[c + 1].lower && !UNIT_STOP.has(t[c + 1].lower);
  for (let c = j + 2; c <= j + QUOTED_TOKENS && c < t.length; c++) {
    if (QUOTE.test(t[c].text)) return t[j + 1]?.kind === "word" && t[j + 1].joined && lowerAfter(c);
    if (t[c].kind !== "word" && t[c].text !== "-") break;
  }
  // The closing mark: its opening mark is at or after k, a few tokens back.
  for (let o = j - 2; o >= Math.max(k, j - QUOTED_TOKENS); o--) if (QUOTE.test(t[o].text)) return t[o + 1]?.joined === true && lowerAfter(j);
  return false;
}

/** The last noun of a share's noun phrase ("university income" → income); null when the phrase is one word. */
function headAfter(t: Tok[], end: number): { unit: string; to: number } | null {
  const x = t[end];
  // "three-quarters of the budget went to wages": a verb after the noun ends the phrase.
  if (x?.kind !== "word" || x.joined || x.text !== x.lower || UNIT_STOP.has(x.lower) || ADJECTIVE_END.test(x.lower) || isNumberWord(x.lower) || CHANGE_VERB.test(x.lower)) return null;
  if (t[end + 1]?.kind === "word" && !UNIT_STOP.has(t[end + 1].lower)) return null;
  // "a quarter of the student population": a population counts its members, the word before it.
  const head = x.lower === "population" ? t[end - 1].lower : x.lower;
  return { unit: UNIT_ALIASES[head] ?? singularize(head), to: end + 1 };
}

/**
 * The counted noun after a number: "17 flatbed trucks" → truck. Returns the token index after it.
 * `share`: the number is a fraction, whose noun may be singular ("half of the monthly increase", "half the level").
 */
export function findUnit(t: Tok[], k: number, singular: boolean, share = false, adjacent = false): { unit: string | null; to: number; modifierAt?: number } {
  // "three “quiet hours”", "three 'safe zones'": the noun in quotation marks, closed right after it.
  if (/^[“"‘']$/.test(t[k]?.text ?? "") && !t[k].joined && t[k + 1]?.kind === "word" && t[k + 1].joined) {
    const quoted = findNoun(t, k + 1, singular, share, adjacent);
    if (quoted.unit && /^[”"’']$/.test(t[quoted.to]?.text ?? "") && t[quoted.to].joined) return { unit: quoted.unit, to: quoted.to + 1 };
  }
  let found = findNoun(t, k, singular, share, adjacent);
  // "2,400 fire and rescue crews", "40 oil and gas firms": two describing words joined by "and" before the noun.
  const [x, and, y] = [t[k], t[k + 1], t[k + 2]];
  if (!found.unit && x?.kind === "word" && x.text === x.lower && !UNIT_STOP.has(x.lower) && !isPluralWord(x.lower) && and?.lower === "and" && y?.kind === "word" && y.text === y.lower && !UNIT_STOP.has(y.lower) && !isPluralWord(y.lower)) {
    const joined = findNoun(t, k + 2, singular, share, adjacent);
    if (joined.unit && joined.to > k + 3) found = joined;
  }
  const skip = measuredModifierAt(t, k);
  return found.unit && skip && found.to > k + skip ? { ...found, modifierAt: k } : found;
}

/**
 * A number joined by a hyphen to a word, then a noun: "450-horsepower engines", "12-meter motorboat", "5-year plan".
 * Only between a number and its noun: the figure in it is read on its own.
 */
function measuredModifierAt(t: Tok[], j: number): number {
  const n = t[j];
  const number = n?.kind === "num" || (n?.kind === "word" && n.text === n.lower && n.lower in SMALL_NUMBERS);
  if (!number || n.joined) return 0;
  // "450-horsepower", "12-meter-long": hyphenated words after the number, then the noun counted.
  let k = j + 1;
  while (t[k]?.text === "-" && t[k].joined && t[k + 1]?.kind === "word" && t[k + 1].joined && t[k + 1].text === t[k + 1].lower && !(t[k + 1].lower in SMALL_NUMBERS)) k += 2;
  const noun = t[k];
  const plural = k > j + 1 && noun?.kind === "word" && !noun.joined && noun.text === noun.lower && isPluralWord(noun.lower) && !UNIT_STOP.has(noun.lower);
  return plural ? k - j : 0;
}

/**
 * "7-Eleven", "3-D", "4-H": digits glued by a hyphen to a capitalised number word or one capital letter, a name;
 * the index after it, or 0.
 */
export function numberedNameAt(t: Tok[], j: number): number {
  const [n, dash, w] = [t[j], t[j + 1], t[j + 2]];
  if (n?.kind !== "num" || !/^\d+$/.test(n.text) || dash?.text !== "-" || !dash.joined || w?.kind !== "word" || !w.joined) return 0;
  const name = /^\p{Lu}$/u.test(w.text) || (/^\p{Lu}\p{Ll}+$/u.test(w.text) && w.lower in SMALL_NUMBERS);
  return name && !t[j + 3]?.joined ? j + 3 : 0;
}

/** Nouns by which an aside says the name before it is a people: "Karenni, a hill people,", "Tessa, an ethnic minority,". */
const PEOPLE_NOUN = /^(?:people|peoples|minority|minorities|community|group|tribe|tribes|clan|ethnic|refugees|migrants|nomads)$/;

/**
 * Whether the aside after the comma at `comma`, opened by an article ("X, a hill people,", "X, the capital,"), names
 * a people: one of its next five words, before another comma, is a noun of a people. A place's aside does not.
 */
export function asideNamesPeople(t: Tok[], comma: number): boolean {
  for (let b = comma + 2; b < Math.min(t.length, comma + 7) && t[b].text !== ","; b++) if (PEOPLE_NOUN.test(t[b].lower)) return true;
  return false;
}

/** A capitalised word that may name a people: no acronym, no owner ("Kenya's"), no day or month ("scored 30 Sunday"). */
function groupWord(x: Tok | undefined): boolean {
  return x?.kind === "word" && !x.joined && /^\p{Lu}\p{Ll}+$/u.test(x.text) && !UNIT_STOP.has(x.lower) && !MONTHS.has(x.lower) && !/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(x.lower);
}
const PHRASE_END_SYM = /^[,.;:!?)\u2013\u2014]$/;
/** Words of a vague or scaled amount between a figure and its noun: "Dozens of", "6.2 million", "tens of thousands of". */
const AMOUNT_WORD = /^(?:of|tens|scores|dozens|hundreds|thousands|millions|billions)$/;

/**
 * Whether the capitalised words ending before e end their noun phrase: the end of the sentence, a comma, a word of
 * grammar ("in", "were", "and" before no other name), a verb or an adverb ("arrived", "seeking", "daily"), or a
 * verb in its plain form ("flee"); a lower-case noun they describe does not ("Chinese nationals", "Kenyan police").
 */
function phraseEndsAt(t: Tok[], e: number): boolean {
  const x = t[e];
  if (!x) return true;
  const y = t[e + 1];
  const capital = (z: Tok | undefined) => z?.kind === "word" && /^\p{Lu}/u.test(z.text);
  // "300 Catholic, Orthodox and Lutheran leaders": a comma before another capitalised word lists describing words.
  if (x.kind === "sym") return PHRASE_END_SYM.test(x.text) && !(x.text === "," && capital(y));
  if (x.kind !== "word" || x.text !== x.lower || x.joined) return false;
  const nounAfter = y?.kind === "word" && !y.joined && y.text === y.lower && isPluralWord(y.lower) && !UNIT_STOP.has(y.lower);
  // "House of Representatives", "Bank of England": "of" goes on with the name.
  if (x.lower === "of") return false;
  // "Toyota and Honda cars", "12 Republican and 3 Democratic senators": the name describes a noun still to come.
  if (x.lower === "and" || x.lower === "or") return !(capital(y) || (y?.kind === "num" && capital(t[e + 2])));
  if (UNIT_STOP.has(x.lower)) return true;
  if (isPluralWord(x.lower) || INVARIANT.has(x.lower) || KNOWN_UNITS.has(x.lower) || isNumberWord(x.lower)) return false;
  return !nounAfter;
}

/**
 * "4,000 Togolese cross the river", "some 600,000 ethnic Hutus and", "Dozens of stranded Sudanese
 * reached": a people named by capitalised words that end their noun phrase is what is counted. Only a name whose last
 * word is no plural in -s comes here (those are plural nouns already): one written the same in the plural ("Sudanese",
 * "Rohingya"), or a plural of a name in -i ("Somalis" → somali). Not in a title-case headline, whose capitals are the
 * style ("Police Arrest Nine Over ..."): the word before the figure is then capitalised too.
 */
function groupNamedAt(t: Tok[], j: number, k: number): { unit: string; to: number } | null {
  let e = j;
  while (e < j + 3 && groupWord(t[e])) e++;
  if (e === j || !phraseEndsAt(t, e)) return null;
  // "Thousands of Brenna, the capital,": an aside with an article names a place unless it names a people ("a hill people").
  if (t[e]?.text === "," && /^(?:a|an|the)$/.test(t[e + 1]?.lower ?? "") && !asideNamesPeople(t, e)) return null;
  const last = t[e - 1].lower;
  // "1,579 Cases Recorded", "14 Missing": a plural noun or a participle in capitals is a title-case headline's.
  if (/(?:ed|ing)$/.test(last) || t.slice(j, e - 1).some((x) => isPluralWord(x.lower))) return null;
  if (e === j + 1 && BEFALLEN.test(last)) return null; // "Nine Dead, 40 Injured": people named by what befell them, no people's name
  const inI = /[^aeiou]is$/.test(last) && last.length > 4;
  if (isPluralWord(last) && !inI) return null;
  let p = k - 1;
  while (p >= 0 && (t[p].kind === "num" || (t[p].kind === "word" && (t[p].lower in SCALE_WORDS || AMOUNT_WORD.test(t[p].lower))))) p--;
  if (p > 0 && t[p].kind === "word" && /^\p{Lu}/u.test(t[p].text)) return null;
  const words = t.slice(j, e).map((x) => x.lower);
  if (inI) words[words.length - 1] = last.slice(0, -1);
  return { unit: words.join(" "), to: e };
}

/**
 * Initials written with full stops, the last one sometimes left out ("U.S.", "U.N", "E.U."), then a lower-case word:
 * the index of that word, or 0.
 */
function dottedInitialsAt(t: Tok[], j: number): number {
  const letter = (x: Tok | undefined) => x?.kind === "word" && /^\p{Lu}$/u.test(x.text);
  if (!letter(t[j]) || t[j].joined) return 0;
  let e = j + 1;
  let letters = 1;
  while (letters < 4 && t[e]?.text === "." && t[e].joined && letter(t[e + 1]) && t[e + 1].joined) [e, letters] = [e + 2, letters + 1];
  if (letters < 2) return 0;
  if (t[e]?.text === "." && t[e].joined) e++;
  const x = t[e];
  return x?.kind === "word" && !x.joined && /^\p{Ll}{3,}$/u.test(x.text) && !UNIT_STOP.has(x.lower) ? e : 0;
}

function findNoun(t: Tok[], k: number, singular: boolean, share: boolean, adjacent: boolean): { unit: string | null; to: number } {
  const measure = measureAt(t, k) ?? countryMoneyAt(t, k);
  if (measure) return measure;
  let j = k;
  if (t[j]?.lower === "of") {
    j++;
    // "a quarter of all voters", "half of all the votes": "all" only says the whole is meant.
    if (t[j]?.lower === "all" && t[j + 1]?.kind === "word") j++;
    if (/^(?:the|its|their|those|these|his|her)$/.test(t[j]?.lower ?? "")) j++;
  } else if (share && t[j]?.lower === "the") j++; // "half the level"
  let describing = true; // only describing words so far: "half of the monthly increase"
  let modifiers = true; // only describing words, or lower-case words joined by a hyphen ("flood-hit"), so far
  const ofA = j > k && t[j]?.lower === "a"; // "0.4 of a percentage point"
  // "six other family members", "40 more polling units": a word of number before the two-word noun.
  const at = ofA ? j + 1 : j;
  const compound = compoundAt(t, at) ?? (/^(?:other|more|additional|new|fewer)$/.test(t[at]?.lower ?? "") ? compoundAt(t, at + 1) : null);
  if (compound) return compound;
  for (let n = 0; n < 4 && j < t.length; n++) {
    const x = t[j];
    const skip = j === k ? measuredModifierAt(t, j) : 0;
    if (skip) {
      j += skip; // "three 450-horsepower engines": the measure describes the noun counted
      n--;
      continue;
    }
    if (j === k && numberedNameAt(t, j)) {
      j = numberedNameAt(t, j); // "24 7-Eleven stores": the name describes what is counted
      n--;
      continue;
    }
    const initialsEnd = n === 0 ? dottedInitialsAt(t, j) : 0;
    if (initialsEnd) {
      j = initialsEnd; // "1,025 U.S. adults", "three U.N agencies": initials describe what is counted
      n--;
      continue;
    }
    if (j === k && modelYearsAt(t, j)) {
      j = modelYearsAt(t, j); // "43,000 2002-3 CR-V models": the model years describe what is counted
      n--;
      continue;
    }
    if (scareQuoteAt(t, j, k)) {
      j++; // three "heavily-armed" terrorists: the quotation marks around a describing word are no end of the phrase
      n--;
      continue;
    }
    if (x.kind !== "word") break;
    let word = x.text;
    let end = j + 1;
    while (t[end]?.text === "-" && t[end].joined && t[end + 1]?.joined && t[end + 1].kind === "word") {
      word += "-" + t[end + 1].text;
      end += 2;
    }
    const lw = word.toLowerCase();
    const group = modifiers && !singular && end === j + 1 ? groupNamedAt(t, j, k) : null;
    if (group) return group;
    if (n === 0 && BEFORE_NOUN.has(lw) && t[end]?.kind === "word" && !UNIT_STOP.has(t[end].lower)) {
      j = end; // "three other villagers", "one more person": the noun still comes first
      n--;
      continue;
    }
    if (/^\p{Lu}\p{L}{0,3}$/u.test(word) && t[end]?.text === "-" && t[end].joined && t[end + 1]?.kind === "num" && t[end + 1].joined && t[end + 2]?.kind === "word") {
      j = end + 2; // a model code: "two F-35 jets", "three MiG-29 fighters"
      continue;
    }
    if (/^\p{Lu}/u.test(word) && !/['’]s$/.test(word) && t[end]?.kind === "num" && !t[end].text.includes(",") && t[end + 1]?.kind === "word" && !t[end + 1].joined && t[end + 1].text === t[end + 1].lower) {
      j = end + 1; // a make and model: "six Airbus A321 aircraft", "two Boeing 737 jets"
      continue;
    }
    if (lw === "of" && n > 1) {
      // "20 plastic pack of crystal", "three large sack of rice": a container noun before "of" is what is counted.
      const head = containerBefore(t, j);
      if (head) return head;
    }
    if (UNIT_STOP.has(lw) || isNumberWord(lw)) break; // "five of the three-ton satellites": the next figure's
    if (n === 0 && OBJECT_PARTICIPLE.test(lw)) break; // "27 carrying hazardous materials": what they carry is not what is counted
    // "One dead, 12 hurt", "56 dead in": people named by what befell them ("40 dead fish" are fish).
    if (n === 0 && BEFALLEN.test(lw) && !(t[end]?.kind === "word" && !UNIT_STOP.has(t[end].lower) && !NOT_A_NOUN_AFTER_STATE.test(t[end].lower))) break;
    if (n === 0 && SUFFERED.test(lw) && HARM.test(t[end]?.lower ?? "")) break; // "50 sustained injuries": people, not injuries
    if (/['’]s$/.test(lw) && n === 0 && !share && j > k && t[end]?.kind === "num") {
      // "18 of the rebels' 25 drones", "12 of the enemy's 40 targets": the part counts what the owner's whole counts,
      // and the whole stays a figure of its own.
      const whole = findNoun(t, end + 1, singular, false, false);
      return { unit: whole.unit, to: k };
    }
    const owner = n === 0 && (share || j > k) ? ownerEnd(t, j) : 0;
    if (owner) {
      j = owner; // "half of Halden Holdings' revenue", "half of Acme Corp's revenue": a named owner is no noun counted
      n--;
      continue;
    }
    if (/['’]s$/.test(lw) && n === 0 && (share || j > k)) {
      j = end; // "half of the country's workers", "two of the ship's cranes": the owner is no noun counted
      n--;
      continue;
    }
    if (n > 0 && NATIONALITY.test(t[j - 1].lower)) {
      const money = measureAt(t, j);
      if (money) return money;
    }
    const compound = lw.includes("-");
    const acronym = word.length > 1 && word === word.toUpperCase();
    // "two co-accused", "three by-elections": a hyphenated noun counts when its last part does.
    const last = compound ? lw.slice(lw.lastIndexOf("-") + 1) : "";
    if (compound && !acronym && /^\p{Ll}/u.test(word) && (isPluralWord(last) || (KNOWN_UNITS.has(last) && !UNIT_ALIASES[last])) && !TIME_OR_MEASURE.test(last))
      return { unit: `${lw.slice(0, lw.lastIndexOf("-") + 1)}${singularize(last)}`, to: end };
    if (!acronym && !compound) {
      const head = INVARIANT.has(lw) ? compoundHead(t, end) : null;
      if (head) return head; // "three police station in-charge", "12 police station chiefs"
      const modifier = INVARIANT.has(lw) && t[end]?.kind === "word" && isPluralWord(t[end].lower) && !UNIT_STOP.has(t[end].lower);
      if (!modifier && (isPluralWord(lw) || KNOWN_UNITS.has(lw))) {
        // A noun before another plural noun modifies it: "measles cases" → case, "flood victims" → victim.
        const head = t[end];
        if (head?.kind === "word" && !head.joined && isPluralWord(head.lower) && !UNIT_STOP.has(head.lower) && !KNOWN_UNITS.has(lw) && !objectAfter(t, end + 1))
          return { unit: UNIT_ALIASES[head.lower] ?? singularize(head.lower), to: end + 1 };
        if (UNIT_ALIASES[lw]) return { unit: UNIT_ALIASES[lw], to: end };
        // "16.2 million Sri Lankans", "48,000 Pontiac Vibes": a capitalised plural after a capitalised word is one name.
        // Only two words: "three National Assembly Seats" is a title-cased count of seats.
        const titleCased = j - 2 >= k && t[j - 2].kind === "word" && /^\p{Lu}/u.test(t[j - 2].text);
        // "Clinic Records 40 Malaria Cases", "Probe Finds Two New Moons": after a capitalised verb in a
        // title-case headline the capitals are the style, not a name.
        const numberBefore = t[k - 1]?.kind === "num" || isNumberWord(t[k - 1]?.lower ?? "");
        const headlineVerb = numberBefore && k >= 3 && [t[k - 2], t[k - 3]].every((x) => x.kind === "word" && /^\p{Lu}/u.test(x.text)) && /[^su]s$/.test(t[k - 2].lower);
        const namePart = j > k && !titleCased && !headlineVerb && /^\p{Lu}\p{Ll}+$/u.test(word) && t[j - 1].kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(t[j - 1].text) && !t[j - 1].joined;
        if (namePart && isPluralWord(lw)) return { unit: `${t[j - 1].lower} ${singularize(lw)}`, to: end };
        // "60 students and teachers", "300 towns and villages": the first noun named is the unit, as labels read it.
        return { unit: singularize(lw), to: end };
      }
      // "one more Grand Prix trophy", "one Glock pistol": capitalised names before a lower-case noun describe it.
      if (singular && n === 0 && j - k < 4 && /^\p{Lu}\p{Ll}/u.test(word) && (plainNoun(t[end]) || (/^\p{Lu}\p{Ll}/u.test(t[end]?.text ?? "") && plainNoun(t[end + 1])))) {
        j = end;
        n--;
        continue;
      }
      // "one professional per team", "one civilian and two soldiers", "two nurses and one paramedic": a word in -al, -ian,
      // -ive or -ic that ends its phrase is its noun.
      const nounEnding = /(?:al|ian|ive|ic)$/.test(lw) && (!t[end] || t[end].kind === "sym" || UNIT_STOP.has(t[end].lower));
      // "under half think the plan works", "a third say that": a verb after the share, whose noun is left out.
      if (share && n === 0 && j === k && t[end]?.kind === "word" && /^(?:the|that|it|they|this|their|we|he|she|there)$/.test(t[end].lower)) break;
      if (singular && (n === 0 || (share && describing)) && (!ADJECTIVE_END.test(lw) || ING_NOUN.test(lw) || nounEnding)) {
        // "half of university income": a share's noun phrase ends on its head.
        const head = share ? headAfter(t, end) : null;
        if (head) return head;
        return { unit: UNIT_ALIASES[lw] ?? lw, to: end };
      }
    }
    // "a quarter of the total UK student population": an acronym describes the share's whole as an adjective would.
    if (!ADJECTIVE_END.test(lw) && !(share && acronym)) describing = false;
    if (!ADJECTIVE_END.test(lw) && !(compound && word === lw)) modifiers = false;
    // Only describing words may stand between an adjacent noun and its number: "thousands of displaced families".
    if (adjacent && !describing && j === k) return { unit: null, to: k };
    j = end;
  }
  return { unit: null, to: k };
}
