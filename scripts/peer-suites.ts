/**
 * Reads the peers' own test data (quantulum3 and Microsoft Recognizers-Text, English) into one form, maps
 * their unit names to ours, and decides which cases are in scope for news. Used by `eval-peers.ts`.
 * The data stays where it is (`../shared/peer-suites/`): nothing here copies it into the repository.
 *
 * ## What is in scope
 * Plain numbers, number words, scales ("2.5 billion", "13 lakh"), fractions and ratios, percentages, money,
 * durations, common measures (length, weight, area, volume, speed, temperature), ranges, bounds, and every
 * case where the peer expects nothing. A case is left out when it belongs to one of these classes:
 *
 * | class | why it is not news |
 * | --- | --- |
 * | scientific notation, powers, tolerances ("1.3e6", "2^10", "9.83e-3 ± 1e-5") | science papers, not wire copy |
 * | technical or engineering units (eV, bits and bytes, joules, grays, picometres, arc minutes, barns, decimetres, kitchen measures) | no newsroom checks a figure in them; listed by `MEASURE_UNITS` not holding the peer's unit |
 * | currencies written in symbols or names outside English wire copy (₡, ₾, ₭, ரூ, ₿, 元, sen, satoshi) and treasury shorthand ("MUSD", "MEUR") | not how English news writes money |
 * | spoken mathematics ("one over three", "two hundred point zero three", "nought", "twenty and three fifths", "a hundred trillionths") | dictation to a calculator, not prose |
 * | number formats of other locales ("1.111,11", "5,00", "12,34,567.89") | decimal commas and Indian digit grouping are not English copy |
 * | comparison symbols ("x>10", "<= 100", "=>30") | query syntax |
 * | labels, codes, years, dates, phone numbers and addresses that the peer counts as numbers ("Voyager 2", "SCP-173", "version two", "192.168.1.2", "5/17/2018", "in 1979") and a lone "one" used as a pronoun or determiner | our contract: these are not amounts (see `lib/extraction/quantity/parser.ts`) |
 * | ages ("over thirty years old") and ordinal ranks ("between the tenth and the fifteenth") | our contract: not amounts |
 * | SI prefix letters as multipliers ("10G", "1,674.5 G") | engineering shorthand; in news "5G" names a network |
 * | a second amount with no unit of its own after money ("15 dollars 50", "thirteen dollars forty five", "17 USD 25", "10 $ 30 cent") | spoken prices; news writes "$15.50" |
 *
 * Amounts in two units written out in full stay in scope: "5 feet 2 inches" (news writes heights so) and
 * "3 dollars and 50 cents"; our parser gives them in the larger unit (5.1667 foot, 3.5 dollar), as the peers do.
 *
 * Within a kept case, a peer result with no number (a bare unit name, "convert 10 celsius to fahrenheit" →
 * "fahrenheit") is dropped: there is no amount in it to find. So is a result that our contract says is no
 * amount (a year, a label) when the case holds other figures ("up 35% by the end of the 1960s" keeps 35%);
 * a case whose every result is such a label or year is left out with that reason.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type Suite = "quantulum3" | "number" | "range" | "percent" | "currency" | "dimension" | "temperature";

/** One figure the peer expects. `unit` is ours after mapping; `undefined` = the peer says nothing about the unit. */
export interface Expected {
  text: string;
  /** A single value (quantulum3 gives a range's midpoint here, with `mean: true`). */
  value?: number;
  mean?: boolean;
  /** Recognizers-Text ranges: ends and whether each is open; `null` = unbounded. */
  low?: number | null;
  high?: number | null;
  lowOpen?: boolean;
  highOpen?: boolean;
  /** Our unit name, "*count" for "a number of things, no physical unit", or undefined when the peer gives none. */
  unit?: string;
  /** The peer's own unit name, for the report. */
  peerUnit?: string;
}

export interface PeerCase {
  suite: Suite;
  category: string;
  input: string;
  expected: Expected[];
  /** Why the case is left out; null when it is in scope. */
  outOfScope: string | null;
}

/**
 * Peer unit names (lower-cased) → ours, compared after `sameSpelling` (both spellings of one unit are one
 * name here, as in `lib/figures/unit.ts`). Ours are the singular noun, "degree celsius"/"degree fahrenheit" for temperatures, "mile per hour" and
 * "kilometre per hour" for speeds. A money rate keeps the currency ("dollar per hour" → "dollar": our
 * quantity is the amount, the rate stays in the sentence); a physical rate is a unit of its own for us
 * ("barrels a day" → "barrel per day") where the peers name only the amount's unit ("barrel"), so their unit
 * accepts our rate of it. Another country's dollar is its own unit, for the peers as for us ("Canadian dollar"
 * → "canadian dollar", "Hong Kong dollar" → "hk dollar"). Recognizers-Text names tons, tonnes and "t" all
 * "Ton", so its "ton" accepts either of ours ("ton|tonne"); quantulum3 tells them apart.
 */
export const UNIT_MAP: Record<string, string> = {
  "dimensionless": "*count", "count per week": "time",
  "metre": "metre", "meter": "metre", "kilometre": "kilometre", "kilometer": "kilometre", "centimetre": "centimetre",
  "millimetre": "millimetre", "millimeter": "millimetre", "mile": "mile", "foot": "foot", "inch": "inch", "yard": "yard",
  "kilogram": "kilogram", "gram": "gram", "milligram": "milligram", "pound-mass": "pound", "ounce": "ounce",
  "tonne": "tonne", "metric ton": "tonne", "ton": "ton|tonne",
  "litre": "litre", "liter": "litre", "milliliter": "millilitre", "gallon": "gallon", "barrel": "barrel",
  "acre": "acre", "hectare": "hectare", "square metre": "square metre", "square meter": "square metre",
  "square kilometre": "square kilometre", "square kilometer": "square kilometre", "square mile": "square mile",
  "cubic foot": "cubic foot", "mile per hour": "mile per hour", mph: "mile per hour", "kilometre per hour": "kilometre per hour",
  "kilometer per hour": "kilometre per hour",
  "c": "degree celsius", "degree celsius": "degree celsius", "f": "degree fahrenheit", "degree fahrenheit": "degree fahrenheit",
  "degree": "degree",
  "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year",
  "percentage": "percent", "percent": "percent",
  "dollar": "dollar", "united states dollar": "dollar", "canadian dollar": "canadian dollar", "hong kong dollar": "hk dollar",
  "australian dollar": "australian dollar", "new zealand dollar": "new zealand dollar", "dollar per hour": "dollar", "dollar per kilogram": "dollar",
  "euro": "euro", "pound": "pound", "pound sterling": "pound", "british pound": "pound", "cent": "cent", "pence": "penny",
  "penny": "penny", "dime": "dime", "japanese yen": "yen", "chinese yuan": "yuan", "franc": "franc", "swiss franc": "franc",
  "peseta": "peseta", "finnish markka": "markka", "netherlands guilder": "guilder", "rupee": "rupee", "turkish lira": "lira",
  "mexican peso": "peso", "bitcoin": "bitcoin",
};

/** Spelling variants of one unit in our output → the name `UNIT_MAP` uses. */
const SPELLING: Record<string, string> = {
  kilometer: "kilometre", meter: "metre", centimeter: "centimetre", millimeter: "millimetre", liter: "litre",
  milliliter: "millilitre", gramme: "gram", kilogramme: "kilogram", "metric ton": "tonne", "metric tonne": "tonne",
};
/** Our unit under the mapping table's spelling: "square kilometer" → "square kilometre", "metric ton" → "tonne". */
export function sameSpelling(u: string): string {
  return SPELLING[u] ?? u.split(" ").map((w) => SPELLING[w] ?? w).join(" ");
}

/** Our units that are measures (not counts or money); a Dimension/Temperature case expects one of these. */
export const MEASURE_UNITS = new Set(
  Object.values(UNIT_MAP).flatMap((u) => u.split("|")).filter((u) => !CURRENCY(u) && !["*count", "time", "percent"].includes(u)),
);
/**
 * Temperatures. A bare "degree" is not among them: it is also the angle ("a 45 degrees angle"), so our
 * "degree" does not claim a temperature and is no extra in a Temperature case; a peer's bare "Degree"
 * still maps to it.
 */
export const TEMPERATURE_UNITS = new Set(["degree celsius", "degree fahrenheit"]);
const DURATIONS = new Set(["second", "minute", "hour", "day", "week", "month", "year"]);
export function CURRENCY(u: string): boolean {
  return / dollar$/.test(u) || ["dollar", "euro", "pound", "cent", "penny", "dime", "yen", "yuan", "franc", "peseta", "markka", "guilder", "rupee", "lira", "peso", "bitcoin"].includes(u);
}
export function isMeasure(u: string | null): boolean {
  return !!u && MEASURE_UNITS.has(sameSpelling(u)) && !DURATIONS.has(u) && u !== "pound";
}

const NUMBER_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|\\d+)";
const SCOPE_RULES: Array<[RegExp, string]> = [
  [/\d\s*[eE][+-]?\d|\^|\d\s*[x×]\s*(?:10|2)\b|±|\+\/-/, "scientific notation, powers, tolerances"],
  [/[₡₾₭₿元]|ரூ|\b(?:sen|satoshis?|kuai|mao)\b|\b(?:M(?:USD|EUR|GBP|AUD)|m(?:usd|eur|gbp|aud))\b|\bMAUD\b/, "currency outside English wire copy or treasury shorthand"],
  [new RegExp(`\\b${NUMBER_WORD}\\s+over\\s+${NUMBER_WORD}(?!\\s+(?:years?|months?|weeks?|days?|hours?))|\\bpoint\\s+(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|\\w+ty)|\\b(?:nought|naught)\\b`, "i"), "spoken mathematics"],
  [/\d\s*G\b/, "SI prefix letter as a multiplier"],
  [/\b(?:\w+ieths?|\w*hundredths?|hundred[- ]fifths?|thousandths?|millionths?|billionths?|trillionths?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(?:firsts?|fifths?)|hundred-fifths)\b/i, "spoken mathematics"],
  [/\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)[- ](?:(?:one|two|three|four|five)\s+)?(?:thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)\b/i, "spoken mathematics"],
  [/\band\s+(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b|\band\s+(?:two|three)\s+and\b/i, "spoken mathematics"],
  [/\d,\d{1,2}(?!\d)|\d,\d{2},\d{3}|\d\.\d{3},\d/, "number format of another locale"],
  [/[<>]|=[<>]/, "comparison symbols"],
  [/\byears?[- ]old\b/i, "ages (contract: not amounts)"],
  [/\bthe\s+(?:tenth|fifteenth)\b/i, "ordinal ranks (contract: not amounts)"],
  [/\d+\/\d+\/\d{2,4}|\d+\.\d+\.\d+\.\d+|\+\d-\d{3}/, "dates, addresses, phone numbers counted as numbers by the peer"],
];

/** A peer result the parser's contract says is no amount: a label, code, year or a lone "one". */
function labelReason(input: string, start: number, text: string): string | null {
  const before = input.slice(0, start);
  const after = input.slice(start + text.length);
  const isYear = /^\d{4}$/.test(text) && Number(text) >= 1000 && Number(text) <= 2100 && !/[$€£]\s*$/.test(before);
  if (isYear) return "year counted as a number by the peer";
  if (/^one$/i.test(text.trim()) && !/^\s*(?:\p{L}+\s+)?(?:of|in|out)\b/u.test(after)) return "a lone \"one\" (pronoun or determiner)";
  if (/\bversion\s+$/i.test(before)) return "label or code counted as a number by the peer";
  if (/(?:\p{Lu}[\p{L}\d]*|\b[a-z]+\d+|\bnrs?\.|\bexercises?)[\s\-–—]*$/u.test(before) && before.trim().length > 0 && /^\d/.test(text)) {
    const prev = /(\S+)\s*$/.exec(before)?.[1] ?? "";
    if (!/^(?:The|A|An|In|On|It|I|Is|Give|Look|Hey|Its)$/.test(prev) && !/[.!?:]$/.test(prev)) return "label or code counted as a number by the peer";
  }
  if (/^[\p{L}]/u.test(after) && /\d$/.test(text) && /^[A-Z]/.test(after)) return "label or code counted as a number by the peer";
  return null;
}

/** Money followed by a second amount with no unit of its own ("15 dollars 50", "17 USD 25"), or "10 $ 30 cent". */
function spokenPrice(text: string): boolean {
  const n = "(?:\\d|\\b(?:one|two|three|four|five|ten|thirteen|fifteen|twenty|thirty|forty|fifty)\\b)";
  if (/\$\s*\d+\s+cents?\b/i.test(text)) return true;
  const m = new RegExp(`${n}[\\d.,]*\\s*(?:us\\s+)?(?:dollars?|usd|\\$)\\s+(?:and\\s+)?${n}[\\p{L}\\d-]*(.*)$|\\$\\s*\\d+\\s+and\\s+\\p{L}+$`, "iu").exec(text);
  return !!m && !/\bcents?\b/i.test(m[1] ?? "");
}

/** The case with its scope decided; results our contract calls no amount are dropped when others remain. */
function scoped(c: Omit<PeerCase, "outOfScope">, starts: number[]): PeerCase {
  for (const [re, reason] of SCOPE_RULES) if (re.test(c.input)) return { ...c, outOfScope: reason };
  const labels: Array<string | null> = [];
  for (const [n, e] of c.expected.entries()) {
    if (e.peerUnit && e.unit === undefined && c.suite !== "number" && c.suite !== "range")
      return { ...c, outOfScope: CURRENCY_LIKE.test(e.peerUnit) ? "currency outside English wire copy or treasury shorthand" : `technical or engineering unit (${e.peerUnit})` };
    if (spokenPrice(e.text)) return { ...c, outOfScope: "a second amount with no unit after money (spoken price)" };
    labels.push(c.suite === "number" || c.suite === "range" || e.unit === "*count" ? labelReason(c.input, starts[n], e.text) : null);
  }
  const firstLabel = labels.find((why) => why !== null);
  if (firstLabel && labels.every((why) => why !== null)) return { ...c, outOfScope: firstLabel };
  return { ...c, expected: c.expected.filter((_, n) => labels[n] === null), outOfScope: null };
}
const CURRENCY_LIKE = /colón|lari|kip|rupee|sen|satoshi|yuan|dollar|peso|franc/i;

function num(s: string): number {
  return Number(s.replace(/,/g, ""));
}

interface QuantulumCase { req: string; res: Array<{ value: number; unit: string; surface: string }> }
interface RtCase { Input: string; Results: Array<{ Text: string; Start?: number; Resolution?: { value?: string | null; unit?: string } | null }> }

/** A quantulum3 surface holding a range, given as its midpoint: two numbers joined by to/and/a dash, units between allowed. */
const RANGE_SURFACE = /\d[^\d]*?(?:\bto\b|\band\b|–|-)\s*-?\s*[$€£]?\s*-?\d|\bbetween\b|\d-\s*to\b/;

function fromQuantulum(file: string, category: string): PeerCase[] {
  const data = JSON.parse(readFileSync(file, "utf8")) as QuantulumCase[];
  return data.map((q) => {
    const starts: number[] = [];
    const expected: Expected[] = q.res.map((r) => {
      starts.push(q.req.indexOf(r.surface));
      const peer = r.unit.toLowerCase();
      let unit = UNIT_MAP[peer];
      let value = r.value;
      if (peer === "dozen") [unit, value] = ["*count", r.value * 12];
      return { text: r.surface, value, mean: RANGE_SURFACE.test(r.surface), unit, peerUnit: r.unit };
    });
    return scoped({ suite: "quantulum3" as const, category, input: q.req, expected }, starts);
  });
}

const INTERVAL = /^([[(])\s*(-?[\d.]+)?\s*,\s*(-?[\d.]+)?\s*([\])])$/;

function fromRecognizers(file: string, suite: Suite, category: string): PeerCase[] {
  const data = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as RtCase[];
  return data.map((r) => {
    const starts: number[] = [];
    const expected: Expected[] = [];
    for (const x of r.Results) {
      const v = x.Resolution?.value;
      if (v == null || (Number.isNaN(num(v.replace(/%$/, ""))) && !INTERVAL.test(v))) continue; // a bare unit name: no amount to find
      starts.push(x.Start ?? r.Input.toLowerCase().indexOf(x.Text.toLowerCase()));
      const peerUnit = suite === "percent" ? "percent" : x.Resolution?.unit;
      const unit = peerUnit ? UNIT_MAP[peerUnit.toLowerCase()] : suite === "number" || suite === "range" ? undefined : "*count";
      const text = r.Input.substr(starts[starts.length - 1], x.Text.length);
      const iv = INTERVAL.exec(v);
      if (iv) {
        expected.push({ text, low: iv[2] ? num(iv[2]) : null, high: iv[3] ? num(iv[3]) : null, lowOpen: iv[1] === "(", highOpen: iv[4] === ")", unit, peerUnit });
      } else expected.push({ text, value: num(v.replace(/%$/, "")), unit, peerUnit });
    }
    return scoped({ suite, category, input: r.Input, expected }, starts);
  });
}

/** Every case of every suite found in `dir` (missing files are skipped with a warning). */
export function loadPeerCases(dir: string): PeerCase[] {
  const out: PeerCase[] = [];
  const add = (rel: string, load: (f: string) => PeerCase[]) => {
    const file = path.join(dir, rel);
    try {
      out.push(...load(file));
    } catch (e) {
      console.warn(`eval-peers: skipped ${rel}: ${(e as Error).message}`);
    }
  };
  add("quantulum3/quantities.json", (f) => fromQuantulum(f, "quantulum3 quantities"));
  add("quantulum3/quantities.ambiguity.json", (f) => fromQuantulum(f, "quantulum3 ambiguity"));
  const rt: Array<[string, Suite]> = [
    ["NumberModel", "number"], ["NumberRangeModel", "range"], ["PercentModel", "percent"],
    ["CurrencyModel", "currency"], ["DimensionModel", "dimension"], ["TemperatureModel", "temperature"],
  ];
  for (const [name, suite] of rt) add(`recognizers-text/${name}.json`, (f) => fromRecognizers(f, suite, `recognizers ${suite}`));
  return out;
}
