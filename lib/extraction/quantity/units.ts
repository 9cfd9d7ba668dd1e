/**
 * Measures and money after a number. A unit keeps the article's spelling, made singular: "kilometers" →
 * "kilometer", "kilometres" → "kilometre", "tons" → "ton" (a short ton is not a tonne), "tonnes" → "tonne",
 * "pence" → "penny". Abbreviations, symbols, clippings and misspellings get one full word, in American
 * spelling (the wire services' style): "km" → "kilometer", "m" → "meter", "l" → "liter", "kg"/"kilos" →
 * "kilogram", "lbs" → "pound", "t" → "tonne" (the tonne's symbol), "hrs" → "hour", "°C"/"celcius"/
 * "centigrade" → "degree celsius", "USD" → "dollar", "HKD" → "hk dollar" (currencies as `lib/figures/unit.ts`
 * names them). Speeds are spelled out: "mph" and "miles an hour" → "mile per hour", "kph", "kmph", "kmh" and "km/h" →
 * "kilometer per hour"; "light-years" is a distance ("light-year"). The parser hands every unit on under its canonical
 * name (`canonicalUnit`: "kilometre" → "kilometer"). A physical measure by the day, hour or year is a rate:
 * "barrels per day", "tonnes a year" (money by the unit is not: "$80 a barrel" is dollars).
 */
import type { Tok } from "./tokenizer";
import { wordTable } from "@/lib/figures/word-table";
import { UNIT_STOP, isPluralWord } from "./lexicon";

/** Abbreviations, symbols and other forms (lower case) → the unit's full word. */
const ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  km: "kilometer", kms: "kilometer", m: "meter", cm: "centimeter", mm: "millimeter", mi: "mile", ft: "foot", yd: "yard", yds: "yard",
  kg: "kilogram", kgs: "kilogram", kilo: "kilogram", kilos: "kilogram", g: "gram", gm: "gram", gms: "gram", mg: "milligram", lb: "pound", lbs: "pound", oz: "ounce",
  t: "tonne", mt: "tonne", l: "liter", ml: "milliliter", gal: "gallon", bbl: "barrel", ha: "hectare",
  mph: "mile per hour", kph: "kilometer per hour", kmph: "kilometer per hour", kmh: "kilometer per hour",
  ppm: "part per million", ppb: "part per billion", hr: "hour", hrs: "hour", yr: "year", yrs: "year",
  min: "minute", mins: "minute", sec: "second", secs: "second", bp: "basis point", bps: "basis point", pct: "percent", pc: "percent",
  kw: "kilowatt", mw: "megawatt", gw: "gigawatt", kwh: "kilowatt hour", mwh: "megawatt hour", gwh: "gigawatt hour",
  twh: "terawatt hour", mbps: "megabit per second", gbps: "gigabit per second",
  c: "degree celsius", f: "degree fahrenheit", celsius: "degree celsius", celcius: "degree celsius", centigrade: "degree celsius",
  centigrate: "degree celsius", fahrenheit: "degree fahrenheit", farenheit: "degree fahrenheit",
  p: "penny", pence: "penny", pennies: "penny", renminbi: "yuan", rmb: "yuan", btc: "bitcoin", lire: "lira",
  usd: "dollar", eur: "euro", gbp: "pound", jpy: "yen", cny: "yuan", inr: "rupee", chf: "franc", aud: "australian dollar",
  nzd: "new zealand dollar", hkd: "hk dollar", sgd: "singapore dollar", twd: "taiwan dollar", mxn: "peso", zar: "rand",
  bpd: "barrel per day", hz: "hertz", khz: "kilohertz", mhz: "megahertz", ghz: "gigahertz",
});

/** Unit words as written; the plural is the singular plus -s unless listed. */
const WORDS = [
  "kilometer", "kilometre", "meter", "metre", "centimeter", "centimetre", "millimeter", "millimetre", "mile", "yard", "inch",
  "kilogram", "kilogramme", "gram", "gramme", "milligram", "ounce", "ton", "tonne", "liter", "litre", "milliliter", "millilitre",
  "gallon", "barrel", "acre", "hectare", "cent", "penny", "dollar", "euro", "yen", "yuan", "rupee", "lira", "peso", "franc",
  "rand", "rouble", "ruble", "shekel", "dirham", "riyal", "bitcoin", "dinar", "rial", "ringgit", "naira", "baht", "rupiah",
  "zloty", "shilling", "taka", "kwacha", "cedi", "forint", "hryvnia", "tenge", "watt", "kilowatt", "megawatt", "gigawatt",
];
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = wordTable({ fils: "fils", reais: "real", feet: "foot", foot: "foot", inches: "inch", hertz: "hertz", kilohertz: "kilohertz", megahertz: "megahertz", gigahertz: "gigahertz" });

const WORD_SET = new Set(WORDS);

/** Single words and abbreviations (lower case) → unit. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = wordTable({
  ...Object.fromEntries(WORDS.flatMap((w) => [[w, w], [`${w}s`, w]])),
  ...IRREGULAR_PLURALS,
  ...ABBREVIATIONS,
});

/** ISO codes written before the amount ("USD 200", "EUR 5m"); "CAD" only in capitals ("a cad"). */
export const ISO_BEFORE: Readonly<Record<string, string>> = wordTable({
  usd: "dollar", eur: "euro", gbp: "pound", jpy: "yen", cny: "yuan", rmb: "yuan", inr: "rupee", chf: "franc",
  aud: "australian dollar", nzd: "new zealand dollar", hkd: "hk dollar", sgd: "singapore dollar", twd: "taiwan dollar",
  mxn: "peso", zar: "rand", cad: "canadian dollar", myr: "ringgit", idr: "rupiah", pkr: "rupee", ngn: "naira",
  kes: "shilling", bdt: "taka", thb: "baht", krw: "won", aed: "dirham", sar: "riyal", egp: "egyptian pound", ghs: "cedi",
});

/** Currency names written before the amount ("taka 7,500", "Rupees 2.5 crore"); not "dollar", "euro" or "pound", which come first only in rates and names ("Euro 2024"). */
export const NAME_BEFORE: Readonly<Record<string, string>> = wordTable({ taka: "taka", rupee: "rupee", rupees: "rupee", naira: "naira", kwacha: "kwacha", birr: "birr", kyat: "kyat", kyats: "kyat" });

/** Abbreviations that may be written glued to the digits ("75ml", "200lbs", "-10C", "115USD"). */
export const GLUED_UNITS = new Set([
  "km", "kms", "ha", "kg", "kgs", "mm", "cm", "mph", "ft", "kph", "kmph", "kmh", "lb", "lbs", "ml", "mg", "g", "gm", "gms", "m", "t", "l", "mi",
  "oz", "yd", "c", "f", "p", "hr", "hrs", "s", "sec", "secs", "bp", "bps", "b", "bbl", "bpd", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "mbps", "gbps", "ºc", "ºf", "º", "btc", "usd", "eur", "gbp", "jpy", "cny", "inr", "chf", "aud", "nzd", "hkd", "sgd", "mxn",
]);

/** One-letter or ambiguous abbreviations that are a unit only in capitals, or only glued to the digits. */
const CAPITAL_ONLY = new Set(["c", "f", "l", "mt"]);
/** Written in lower case only: "5g of sugar" is grams, "5G networks" a generation of mobile networks, "GM" a carmaker. */
const LOWER_ONLY = new Set(["g", "gm", "gms"]);
/** "12p", "16.2-pct", "a 5-pc rise": a penny, a percent only when glued (to the digits or a hyphen). */
const GLUED_ONLY = new Set(["p", "pct", "pc"]);
const SQUARE = new Set(["2", "²"]);
const CUBE = new Set(["3", "³"]);
const PER_HOUR = new Set(["h", "hr", "hour"]);
/** Lengths an area or a volume is measured in, squared or cubed: "square miles", "cubic yards", "m3", "cubic inches". */
export const LENGTH_BASE = /^(?:met(?:er|re)|kilomet(?:er|re)|mile|foot|centimet(?:er|re)|millimet(?:er|re)|yard|inch)$/;

/**
 * A measure or money unit written at token k; null when there is none. Reads multi-word forms
 * ("square kilometres", "sq mi", "metric tons", "miles an hour", "km/h", "degrees Fahrenheit", "°C").
 */
export function measureAt(t: Tok[], k: number): { unit: string; to: number } | null {
  const m = measureWordAt(t, k);
  if (!m || !RATE_BASE.test(m.unit)) return m;
  // "2 million barrels per day", "0.6 tonnes a day": an amount by the span of time is a rate.
  const at = stuffNamedAfter(t, m.to);
  const per = t[at]?.lower;
  const span = t[at + 1]?.lower ?? "";
  if ((per === "per" || per === "a" || per === "an") && RATE_SPAN.test(span) && !t[at + 1].joined) return { unit: `${m.unit} per ${span}`, to: at + 2 };
  return m;
}

/** "barrels of crude oil per day": after "of", up to three lower-case words naming the stuff; the index after them. */
function stuffNamedAfter(t: Tok[], k: number): number {
  if (t[k]?.lower !== "of") return k;
  for (let j = k + 1; j <= k + 4; j++) {
    const w = t[j];
    if (j > k + 1 && /^(?:per|a|an)$/.test(w?.lower ?? "")) return j;
    if (w?.kind !== "word" || w.text !== w.lower || /^(?:per|a|an|the|and|or|in|to|from|by|for|on|at|with)$/.test(w.lower)) return k;
  }
  return k;
}

/** Amounts of stuff that production, use and flows are counted in by the day or year. */
const RATE_BASE = /^(?:barrel|(?:metric )?tonn?e?|ton|lit(?:er|re)|gallon|cubic (?:met(?:er|re)|foot|yard)|kilogram)$/;
const RATE_SPAN = /^(?:day|hour|week|month|year)$/;

function measureWordAt(t: Tok[], k: number): { unit: string; to: number } | null {
  const x = t[k];
  if (!x) return null;
  const w = x.lower;
  const next = t[k + 1];
  // "40ºC", "20º C": the ordinal sign "º" (a letter to the tokenizer) stands for the degree sign in much copy.
  if (w === "ºc" || w === "ºf") return { unit: w === "ºc" ? "degree celsius" : "degree fahrenheit", to: k + 1 };
  if (w === "º" && /^[CF]$/.test(next?.text ?? "") && lettersEnd(t, k + 1)) return { unit: next!.text === "C" ? "degree celsius" : "degree fahrenheit", to: k + 2 };
  if (x.text === "°" || x.text === "˚" || w === "deg" || w === "degree" || w === "degrees") {
    let j = k + 1;
    if (t[j]?.text === "." && t[j].joined && w === "deg") j++;
    const scale = t[j]?.lower;
    if (scale === "c" || (scale && UNIT_ALIASES[scale] === "degree celsius")) return { unit: "degree celsius", to: j + 1 };
    if (scale === "f" || (scale && UNIT_ALIASES[scale] === "degree fahrenheit")) return { unit: "degree fahrenheit", to: j + 1 };
    return { unit: "degree", to: w === "deg" && j > k + 1 ? j : k + 1 };
  }
  if ((w === "square" || w === "sq") && next?.kind === "word") {
    const inner = measureAt(t, k + (next.text === "." ? 2 : 1));
    if (inner && LENGTH_BASE.test(inner.unit)) return { unit: `square ${inner.unit}`, to: inner.to };
  }
  if (w === "cubic" && next?.kind === "word") {
    const inner = measureAt(t, k + 1);
    if (inner && LENGTH_BASE.test(inner.unit)) return { unit: `cubic ${inner.unit}`, to: inner.to };
  }
  if (w === "metric" && /^tonn?e?s?$/.test(next?.lower ?? "")) return { unit: `metric ${UNIT_ALIASES[next!.lower]}`, to: k + 2 };
  // "150,000 b/d", "40,000 bbl/d": oil industry shorthand for barrels per day.
  if ((w === "b" || w === "bbl") && next?.text === "/" && next.joined && t[k + 2]?.lower === "d" && t[k + 2].joined) return { unit: "barrel per day", to: k + 3 };
  if (w === "in" && inchAt(t, k)) return { unit: "inch", to: k + 1 };
  // "a 5-per-cent rise": "per cent" joined by hyphens to the figure.
  if (w === "per" && x.joined && next?.text === "-" && next.joined && t[k + 2]?.lower === "cent" && t[k + 2].joined) return { unit: "percent", to: k + 3 };
  // "212 light-years away", "40 light years from Earth": a distance, not a span of time.
  if (w === "light" && x.text === w) {
    const hyphen = next?.text === "-" && next.joined ? 1 : 0;
    const year = t[k + 1 + hyphen];
    if (year && /^years?$/.test(year.lower) && !!year.joined === !!hyphen) return { unit: "light-year", to: k + 2 + hyphen };
  }
  // "(46.17s)", "in 9.86s": a timed result glued to its "s" is seconds; "1990s", "her 40s" are no decimal.
  if (x.text === "s") return x.joined && /^\d+\.\d{1,3}$/.test(t[k - 1]?.text ?? "") && t[k - 1].kind === "num" && !(next?.joined && next.kind !== "sym") ? { unit: "second", to: k + 1 } : null;
  if (w === "stone") return stoneAt(t, k);
  let unit = x.kind === "word" ? UNIT_ALIASES[w] : undefined;
  if (!unit) return null;
  // A symbol glued to more digits is a code: "24703L202", "m212" (but "km2" is square kilometres).
  if (x.text.length <= 3 && next?.joined && next.kind === "num" && !SQUARE.has(next.text) && !CUBE.has(next.text) && !(w in WORD_SET)) return null;
  if (CAPITAL_ONLY.has(w) && x.text === w && !x.joined) return null;
  if (LOWER_ONLY.has(w) && x.text !== w) return null;
  if (w === "c" && x.text === "c") return { unit: "cent", to: k + 1 }; // "11c a share"
  if ((w === "c" || w === "f") && !lettersEnd(t, k)) return null; // "13F filing", "F-Series", "14.7C/"
  if (GLUED_ONLY.has(w) && !x.joined) return null;
  let to = k + 1;
  if (next?.joined && (SQUARE.has(next.text) || CUBE.has(next.text)) && LENGTH_BASE.test(unit))
    return { unit: `${SQUARE.has(next.text) ? "square" : "cubic"} ${unit}`, to: k + 2 };
  const kilometer = unit === "kilometer" || unit === "kilometre";
  if ((unit === "mile" || kilometer) && /^(?:an|a|per)$/.test(next?.lower ?? "") && t[k + 2]?.lower === "hour")
    return { unit: `${unit} per hour`, to: k + 3 };
  if (kilometer && next?.text === "/" && PER_HOUR.has(t[k + 2]?.lower ?? "")) return { unit: `${unit} per hour`, to: k + 3 };
  if (w === "m" && next?.text === "/" && /^s(?:ec)?$/.test(t[k + 2]?.lower ?? "")) return null;
  if ((unit === "mile" || kilometer || unit === "meter" || unit === "metre") && next?.lower === "per" && PER_HOUR.has(t[k + 2]?.lower ?? "")) {
    unit = `${unit} per hour`;
    to = k + 3;
  }
  // "five miles per second", "12 km a second": a speed by the second, as a comet or a rocket is timed.
  if ((unit === "mile" || kilometer || unit === "meter" || unit === "metre") && (next?.lower === "per" || (next?.lower === "a" && t[k + 3]?.kind !== "word")) && /^(?:second|sec|s)$/.test(t[k + 2]?.lower ?? "") && !t[k + 2].joined) {
    unit = `${unit} per second`;
    to = k + 3;
  }
  return { unit, to };
}

const DIMENSION_WORDS = new Set(["thick", "long", "wide", "tall", "high", "deep", "across", "diameter", "thickness", "length", "width", "height", "depth"]);

/**
 * "in" after a number is the inch only where "in" cannot start a phrase: before a word of dimension
 * ("2 1/2 in thick") or at the very end ("the pencil is 2 in.").
 */
function inchAt(t: Tok[], k: number): boolean {
  const after = t[k + 1];
  if (!after) return true;
  if (DIMENSION_WORDS.has(after.lower)) return true;
  return (after.text === "." || after.text === ")") && !t[k + 2];
}

/**
 * "weighed 18 stone", "780kg [123 stone]", "a 20-stone man": the British stone (14 pounds) after a figure in digits,
 * written lower case and describing no plural noun after it ("12 stone statues" counts statues, "one stone" is no weight).
 */
function stoneAt(t: Tok[], k: number): { unit: string; to: number } | null {
  const x = t[k];
  const hyphen = t[k - 1]?.text === "-" && t[k - 1].joined && x.joined;
  if (x.text !== "stone" || t[k - (hyphen ? 2 : 1)]?.kind !== "num") return null;
  const next = t[k + 1];
  const noun = next?.kind === "word" && next.text === next.lower && isPluralWord(next.lower) && !UNIT_STOP.has(next.lower);
  return hyphen || !noun ? { unit: "stone", to: k + 1 } : null;
}

/** A one-letter "C"/"F" is a temperature only at the end of a phrase: "-10C.", "30 C outside" (after a space). */
function lettersEnd(t: Tok[], k: number): boolean {
  const after = t[k + 1];
  if (!after) return true;
  if (after.joined) return /^[.,;:!?)]$/.test(after.text);
  // "-10C in Kyiv", "35C and rising": a function word after the letter ends the reading; "13F filing" is a form's name.
  return !t[k].joined || after.kind !== "word" || AFTER_READING.test(after.text);
}
const AFTER_READING = /^(?:in|on|at|and|or|to|by|with|for|from|as|but|while|was|were|is|are|overnight|yesterday|today)$/;
