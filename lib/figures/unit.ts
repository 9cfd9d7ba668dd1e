/**
 * One name per unit, so that figures written in different spellings compare as the same unit.
 *
 * - Spelling: "kilometre"/"kilometer", "metre"/"meter", "litre"/"liter", "gramme"/"gram" are one unit each,
 *   named in the American spelling (the wire services' style, and the extractor's for "km", "m", "l").
 * - Tonnes: a "metric ton" is a tonne; a bare "ton" stays a ton (the short ton, 907 kg, is no tonne).
 * - Money: "dollar" is the US dollar and "pound" the pound sterling, as English wire copy reads them; another
 *   country's dollar or pound is its own unit ("hk dollar", "singapore dollar", "australian dollar",
 *   "canadian dollar", "new zealand dollar", "taiwan dollar", "egyptian pound"), however it was written
 *   ("HK$", "Hong Kong dollars", "HKD"). Other currency names have no default reading and stay bare
 *   ("Kuwaiti dinars" → "dinar", "Indian rupees" → "rupee").
 * Nothing else is merged: "ton" and "tonne", "dollar" and "hk dollar", "mile" and "nautical mile" stay apart.
 */
import { wordTable } from "./word-table";

const SPELLING: Readonly<Record<string, string>> = wordTable({
  kilometre: "kilometer", metre: "meter", centimetre: "centimeter", millimetre: "millimeter", litre: "liter",
  millilitre: "milliliter", gramme: "gram", kilogramme: "kilogram", kilo: "kilogram",
});

/** Whole names of one unit → its canonical name. */
const WHOLE: Readonly<Record<string, string>> = wordTable({
  "metric ton": "tonne", "metric tonne": "tonne",
  "us dollar": "dollar", "u.s. dollar": "dollar", "american dollar": "dollar", "united states dollar": "dollar",
  "hong kong dollar": "hk dollar", "singaporean dollar": "singapore dollar", "aussie dollar": "australian dollar",
  "new taiwan dollar": "taiwan dollar", "taiwanese dollar": "taiwan dollar", "kiwi dollar": "new zealand dollar",
  "british pound": "pound", "pound sterling": "pound", "sterling": "pound",
});

/** Countries whose own dollar or pound is not the default one, by how they are written before the name. */
export const OTHER_DOLLARS: Readonly<Record<string, string>> = wordTable({
  hk: "hk dollar", "hong kong": "hk dollar", singapore: "singapore dollar", singaporean: "singapore dollar", s: "singapore dollar",
  australian: "australian dollar", aussie: "australian dollar", a: "australian dollar", au: "australian dollar",
  canadian: "canadian dollar", c: "canadian dollar", "new zealand": "new zealand dollar", nz: "new zealand dollar",
  taiwan: "taiwan dollar", taiwanese: "taiwan dollar", nt: "taiwan dollar", "new taiwan": "taiwan dollar",
  us: "dollar", "u.s.": "dollar", american: "dollar",
});
export const OTHER_POUNDS: Readonly<Record<string, string>> = wordTable({
  egyptian: "egyptian pound", lebanese: "lebanese pound", syrian: "syrian pound", sudanese: "sudanese pound",
  british: "pound", sterling: "pound",
});

/** The canonical name of a unit (lower case, single spaces); null for no unit. Expects the singular. */
export function canonicalUnit(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const u = unit.trim().toLowerCase().replace(/\s+/g, " ");
  if (!u) return null;
  const spelled = u.split(" ").map((w) => SPELLING[w] ?? w).join(" ");
  return WHOLE[spelled] ?? spelled;
}

/** Whether two units are the same unit once spelling is set aside (two missing units are the same). */
export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  return canonicalUnit(a) === canonicalUnit(b);
}

/**
 * The ways a unit may be stored that name the same unit ("kilometer" → kilometer, kilometre; "tonne" → tonne,
 * metric ton, metric tonne), with the unit as given: for looking claims up by unit in the database.
 */
export function unitSpellings(unit: string): string[] {
  const canonical = canonicalUnit(unit);
  if (!canonical) return [unit];
  let forms = [""];
  for (const word of canonical.split(" ")) {
    const variants = [word, ...Object.keys(SPELLING).filter((k) => SPELLING[k] === word)];
    forms = forms.flatMap((f) => variants.map((v) => (f ? `${f} ${v}` : v)));
  }
  const whole = Object.keys(WHOLE).filter((k) => WHOLE[k] === canonical);
  return [...new Set([unit, ...forms, ...whole])];
}
