/**
 * Measures and money after a number: one name per unit, whatever the spelling or abbreviation
 * ("km", "kilometers", "kilometres" → "kilometre"; "°C", "deg c", "degrees Celsius" → "degree celsius";
 * "USD", "US dollars" → "dollar"). Names are singular, metric units in British spelling.
 */
import type { Tok } from "./tokenizer";

/** Single words and abbreviations (lower case) → unit. Plural spellings are listed where -s is not enough. */
export const UNIT_ALIASES: Record<string, string> = {
  km: "kilometre", kms: "kilometre", kilometer: "kilometre", kilometers: "kilometre", kilometre: "kilometre", kilometres: "kilometre",
  m: "metre", meter: "metre", meters: "metre", metre: "metre", metres: "metre",
  cm: "centimetre", centimeter: "centimetre", centimeters: "centimetre", centimetre: "centimetre", centimetres: "centimetre",
  mm: "millimetre", millimeter: "millimetre", millimeters: "millimetre", millimetre: "millimetre", millimetres: "millimetre",
  mi: "mile", mile: "mile", miles: "mile", ft: "foot", feet: "foot", foot: "foot", inches: "inch", inch: "inch", yd: "yard", yds: "yard",
  kg: "kilogram", kgs: "kilogram", kilo: "kilogram", kilos: "kilogram", kilogram: "kilogram", kilograms: "kilogram", kilogramme: "kilogram", kilogrammes: "kilogram",
  g: "gram", gram: "gram", grams: "gram", gramme: "gram", grammes: "gram", mg: "milligram", milligram: "milligram", milligrams: "milligram",
  lb: "pound", lbs: "pound", oz: "ounce",
  t: "tonne", ton: "tonne", tons: "tonne", tonne: "tonne", tonnes: "tonne",
  l: "litre", liter: "litre", liters: "litre", litre: "litre", litres: "litre",
  ml: "millilitre", milliliter: "millilitre", milliliters: "millilitre", millilitre: "millilitre", millilitres: "millilitre",
  mph: "mph", kph: "kilometre per hour", kmph: "kilometre per hour", kmh: "kilometre per hour",
  c: "degree celsius", f: "degree fahrenheit", celsius: "degree celsius", celcius: "degree celsius", centigrade: "degree celsius", centigrate: "degree celsius",
  fahrenheit: "degree fahrenheit", farenheit: "degree fahrenheit",
  cents: "cent", cent: "cent", pence: "penny", pennies: "penny", penny: "penny", p: "penny",
  euros: "euro", yuan: "yuan", renminbi: "yuan", rmb: "yuan", rupees: "rupee", liras: "lira", lire: "lira",
  usd: "dollar", eur: "euro", gbp: "pound", jpy: "yen", cny: "yuan", inr: "rupee", chf: "franc", aud: "dollar",
  nzd: "dollar", hkd: "dollar", sgd: "dollar", mxn: "peso", zar: "rand",
};

/** ISO codes written before the amount ("USD 200", "EUR 5m"); "CAD" only in capitals ("a cad"). */
export const ISO_BEFORE: Record<string, string> = {
  usd: "dollar", eur: "euro", gbp: "pound", jpy: "yen", cny: "yuan", rmb: "yuan", inr: "rupee", chf: "franc",
  aud: "dollar", nzd: "dollar", hkd: "dollar", sgd: "dollar", mxn: "peso", zar: "rand", cad: "dollar",
};

/** Abbreviations that may be written glued to the digits ("75ml", "200lbs", "-10C", "115USD"). */
export const GLUED_UNITS = new Set([
  "km", "kms", "kg", "kgs", "mm", "cm", "mph", "ft", "kph", "kmph", "lb", "lbs", "ml", "mg", "g", "m", "t", "l", "mi",
  "oz", "yd", "c", "f", "p", "usd", "eur", "gbp", "jpy", "cny", "inr", "chf", "aud", "nzd", "hkd", "sgd", "mxn",
]);

/** One-letter or ambiguous abbreviations that are a unit only in capitals, or only glued to the digits. */
const CAPITAL_ONLY = new Set(["c", "f", "l"]);
const GLUED_ONLY = new Set(["p"]);
const SQUARE = new Set(["2", "²"]);
const CUBE = new Set(["3", "³"]);
const PER_HOUR = new Set(["h", "hr", "hour"]);

/**
 * A measure or money unit written at token k; null when there is none. Reads multi-word forms
 * ("square kilometres", "sq mi", "metric tons", "miles an hour", "km/h", "degrees Fahrenheit", "°C").
 */
export function measureAt(t: Tok[], k: number): { unit: string; to: number } | null {
  const x = t[k];
  if (!x) return null;
  const w = x.lower;
  const next = t[k + 1];
  if (x.text === "°" || w === "deg" || w === "degree" || w === "degrees") {
    let j = k + 1;
    if (t[j]?.text === "." && t[j].joined && w === "deg") j++;
    const scale = t[j]?.lower;
    if (scale === "c" || (scale && UNIT_ALIASES[scale] === "degree celsius")) return { unit: "degree celsius", to: j + 1 };
    if (scale === "f" || (scale && UNIT_ALIASES[scale] === "degree fahrenheit")) return { unit: "degree fahrenheit", to: j + 1 };
    return { unit: "degree", to: w === "deg" && j > k + 1 ? j : k + 1 };
  }
  if ((w === "square" || w === "sq") && next?.kind === "word") {
    const inner = measureAt(t, k + (next.text === "." ? 2 : 1));
    if (inner && /^(?:metre|kilometre|mile|foot|centimetre|yard)$/.test(inner.unit)) return { unit: `square ${inner.unit}`, to: inner.to };
  }
  if (w === "cubic" && next?.kind === "word") {
    const inner = measureAt(t, k + 1);
    if (inner && /^(?:metre|foot|centimetre)$/.test(inner.unit)) return { unit: `cubic ${inner.unit}`, to: inner.to };
  }
  if (w === "metric" && /^tonn?e?s?$/.test(next?.lower ?? "")) return { unit: "tonne", to: k + 2 };
  let unit = x.kind === "word" ? UNIT_ALIASES[w] : undefined;
  if (!unit) return null;
  if (CAPITAL_ONLY.has(w) && x.text === w && !x.joined) return null;
  if (w === "c" && x.text === "c") return { unit: "cent", to: k + 1 }; // "11c a share"
  if ((w === "c" || w === "f") && !lettersEnd(t, k)) return null; // "13F filing", "F-Series", "14.7C/"
  if (GLUED_ONLY.has(w) && !x.joined) return null;
  let to = k + 1;
  if (next?.joined && (SQUARE.has(next.text) || CUBE.has(next.text)) && /^(?:metre|kilometre|mile|foot|centimetre)$/.test(unit))
    return { unit: `${SQUARE.has(next.text) ? "square" : "cubic"} ${unit}`, to: k + 2 };
  if ((unit === "mile" || unit === "kilometre") && /^(?:an|a|per)$/.test(next?.lower ?? "") && t[k + 2]?.lower === "hour")
    return { unit: unit === "mile" ? "mph" : "kilometre per hour", to: k + 3 };
  if (unit === "kilometre" && next?.text === "/" && PER_HOUR.has(t[k + 2]?.lower ?? "")) return { unit: "kilometre per hour", to: k + 3 };
  if (w === "m" && next?.text === "/" && /^s(?:ec)?$/.test(t[k + 2]?.lower ?? "")) return null;
  if (/^(?:mile|metre|kilometre)$/.test(unit) && next?.lower === "per" && PER_HOUR.has(t[k + 2]?.lower ?? "")) {
    unit = unit === "mile" ? "mph" : `${unit} per hour`;
    to = k + 3;
  }
  return { unit, to };
}

/** A one-letter "C"/"F" is a temperature only at the end of a phrase: "-10C.", "30 C outside" (after a space). */
function lettersEnd(t: Tok[], k: number): boolean {
  const after = t[k + 1];
  if (!after) return true;
  if (after.joined) return /^[.,;:!?)]$/.test(after.text);
  return !t[k].joined || after.kind !== "word";
}
