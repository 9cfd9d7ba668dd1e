/**
 * Words around a number that tell an amount from a label or a name, for the quantity parser: a verb before a count in
 * a title-case headline ("Police Arrest 7", "Gunmen Abduct 20 Students"), a street address ("10 Downing Street"),
 * an age in commas after a person ("the man, 34,") or in brackets after a name ("Ravi Kumar (41)"), a multiple ("three times higher"), oil shorthand ("mb/d"),
 * model years before a make ("the 2003-4 Mazda 6").
 */
import { LABEL_WORDS, LABEL_WORDS_UNLESS_COUNTED, isPluralWord } from "./lexicon";
import type { Tok } from "./tokenizer";
import { wordTable } from "@/lib/figures/word-table";

const CAP = /^\p{Lu}/u;

/** Capitalised words in -s that name things, not verbs: "Windows 11", "Series 7", "Games 2", "Olympics". */
const LABEL_PLURALS = /^(?:windows|series|games|olympics|paralympics|news|airlines|airways|studios|records|sports|works|wars|stars|systems|class|pass|status|bus|campus|virus|census|focus|atlas|express|lotus|plus)$/;

/**
 * "Fire Destroys 12 Homes", "Storm Leaves 3 Dead": in a title-case headline a capitalised verb in -s before a number
 * is the verb of the count, not a label such as "Flight 370".
 */
export function titleCaseVerb(t: Tok[], j: number): boolean {
  const w = t[j].lower;
  // "Province Records 40 New Cases": "Records" before a count of plural things is the headline's verb, not a label.
  const recordsCount = w === "records" && [t[j + 2], t[j + 3]].some((x) => x?.kind === "word" && CAP.test(x.text) && isPluralWord(x.lower) && !/^(?:years|months|weeks|days|decades)$/.test(x.lower));
  if (j === 0 || LABEL_WORDS.has(w) || LABEL_WORDS_UNLESS_COUNTED.has(w) || (LABEL_PLURALS.test(w) && !recordsCount)) return false;
  // "Fire Destroys 12 Homes": a verb in -s; "Gunmen Abduct 20 Students": a plural subject, then its verb.
  const verb = /[^su]s$/.test(w) || (t[j - 1].kind === "word" && CAP.test(t[j - 1].text) && isPluralWord(t[j - 1].lower) && !/[^su]s$/.test(w) && !isPluralWord(w));
  if (!verb) return false;
  const long = t.filter((x) => x.kind === "word" && x.text.length >= 4);
  return long.length >= 3 && long.filter((x) => CAP.test(x.text)).length >= 0.7 * long.length;
}

/** People described before their age in commas: "The man, 34, was charged", "his wife, 52,". */
export const PERSON = /^(?:man|woman|boy|girl|mother|father|son|daughter|wife|husband|brother|sister|driver|suspect|victim|teacher|student|farmer|pilot|officer|soldier|resident|worker|owner|pensioner|grandmother|grandfather|teenager|patient|doctor|nurse|priest|mayor|lawyer|defendant|accused|partner|friend|neighbour|neighbor|survivor|passenger|motorist|cyclist|pedestrian)$/;

/** Words that make the names of a sentence people's names: "were identified as", "its candidate", "the accused". */
const PEOPLE_CUE = /\b(?:identified\s+as|named\s+as|arrested|accused|suspects?|candidates?|victims?|deceased|persons|m[ae]n|wom[ae]n|boys?|girls?|wife|husband|sons?|daughters?|drivers?|leaders?)\b/i;

/**
 * "Islam Uddin (29), Md Samir (33)", "its candidate Nelson Chamisa (40)": a person's age in brackets after the
 * name (two capitalised words or more), in a sentence about people; a place's count ("Minas Gerais (303)") stays.
 */
export function ageInBracketsAt(s: string, t: Tok[], a: { from: number; to: number; value: number; wordForm: boolean }): boolean {
  const open = t[a.from - 1];
  if (open?.text !== "(" || t[a.to]?.text !== ")" || a.wordForm || !Number.isInteger(a.value) || a.value < 1 || a.value > 110) return false;
  const last = t[a.from - 2];
  const first = t[a.from - 3];
  if (!last || !first || last.kind !== "word" || first.kind !== "word" || !CAP.test(last.text) || !CAP.test(first.text)) return false;
  // "Kevin Na (67)" in a golf report is his round's score.
  return PEOPLE_CUE.test(s) && !GOLF_SCORE.test(s);
}

/** Words of a golf report, where a figure in brackets after a player or after "under par" is a score in strokes. */
export const GOLF_SCORE = /\b(?:par|birdies?|bogey|bogeys|bogey-free|eagles?)\b/i;

/**
 * The oil and gas trade's shorthand for a volume with its scale, "per day" written "/d": "mb/d", "mbpd", "mbd" and
 * "MMbbl/d" (million barrels a day), "kb/d" and "Mbbl/d" (thousand barrels a day: the trade's M is a thousand, MM a
 * million), "Bcf/d" (billion cubic feet a day), "MMcf/d", "Tcf", "bcm" (billion cubic metres).
 */
const OIL_GAS_SHORTHAND = wordTable<{ scale: number; unit: string }>({
  mb: { scale: 1e6, unit: "barrel" }, mmb: { scale: 1e6, unit: "barrel" }, mmbbl: { scale: 1e6, unit: "barrel" },
  kb: { scale: 1e3, unit: "barrel" }, mbbl: { scale: 1e3, unit: "barrel" },
  mbpd: { scale: 1e6, unit: "barrel per day" }, mbd: { scale: 1e6, unit: "barrel per day" }, mmbpd: { scale: 1e6, unit: "barrel per day" }, kbpd: { scale: 1e3, unit: "barrel per day" },
  bcf: { scale: 1e9, unit: "cubic foot" }, mmcf: { scale: 1e6, unit: "cubic foot" }, tcf: { scale: 1e12, unit: "cubic foot" }, bcm: { scale: 1e9, unit: "cubic meter" },
});

/** The shorthand of OIL_GAS_SHORTHAND at k, its scale and unit ("per day" added for "/d"), and where it ends; null when none is. */
export function oilGasShorthandAt(t: Tok[], k: number): { scale: number; unit: string; to: number } | null {
  const w = t[k];
  const s = w?.kind === "word" ? OIL_GAS_SHORTHAND[w.lower] : undefined;
  if (!s) return null;
  const perDay = t[k + 1]?.text === "/" && t[k + 1].joined && t[k + 2]?.lower === "d" && t[k + 2].joined;
  if (perDay) return { scale: s.scale, unit: s.unit.endsWith("per day") ? s.unit : `${s.unit} per day`, to: k + 3 };
  // "mb" alone is a megabyte, "kb" a kilobyte: barrels only with "/d"; the other words are the trade's own.
  if (s.unit === "barrel") return null;
  return { ...s, to: k + 1 };
}

/** "mb/d" at k (million barrels per day), or any shorthand of OIL_GAS_SHORTHAND. */
export function millionBarrelsAt(t: Tok[], k: number): boolean {
  return oilGasShorthandAt(t, k) !== null;
}

/** Words after "N times" that make it a multiple. */
export const MULTIPLE_AFTER = /^(?:as|the|that|what|more|less|fewer|above|below|(?!(?:after|over|under|never|other|ever|later|together|whether|either|neither|ledger|order|border|water|winter|summer|semester|quarter|number|member|per)$)\p{L}{2,}er)$/u;

const STREET = /^(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Place|Square|Terrace|Crescent|Highway)$/;

/** "10 Downing Street", "1600 Pennsylvania Avenue": a house number, one or two names, then the street word. */
export function streetAddressAt(t: Tok[], k: number): boolean {
  const name = (x: Tok | undefined) => x?.kind === "word" && !x.joined && CAP.test(x.text) && !STREET.test(x.text);
  if (!name(t[k])) return false;
  const street = (x: Tok | undefined) => x?.kind === "word" && !x.joined && STREET.test(x.text);
  return street(t[k + 1]) || (name(t[k + 1]) && street(t[k + 2]));
}

/**
 * Model years before a make or model: "the 2003-4 Mazda 6", "2004 RX-8", "43,000 2002-3 CR-V models", "426,000
 * 2001-3 Civics". A year, or a span of years, then a capitalised word, written as a span, after a count, or before a
 * name that is no plural ("1,999 Britons" is a count). The index after the years, or 0.
 */
export function modelYearsAt(t: Tok[], k: number): number {
  const year = t[k];
  if (year?.kind !== "num" || !/^(?:19|20)\d\d$/.test(year.text)) return 0;
  let m = k + 1;
  const span = t[m]?.text === "-" && t[m].joined && t[m + 1]?.kind === "num" && t[m + 1].joined && /^(?:\d{1,2}|\d{4})$/.test(t[m + 1].text);
  if (span) m += 2;
  const make = t[m];
  if (make?.kind !== "word" || make.joined || !/^\p{Lu}/u.test(make.text)) return 0;
  return span || t[k - 1]?.kind === "num" || !isPluralWord(make.lower) ? m : 0;
}
