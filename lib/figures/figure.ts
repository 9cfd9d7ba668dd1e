/** Figures in words: a claim's qualifier, value or interval and unit as a reader sees them. */
import { QUALIFIER_LABELS, type Qualifier } from "./vocabulary";
import { wordTable } from "./word-table";

export interface Figure {
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
}

const CURRENCY: Readonly<Record<string, string>> = wordTable({
  dollar: "$", euro: "€", pound: "£", "hk dollar": "HK$", "singapore dollar": "S$", "australian dollar": "A$",
  "canadian dollar": "C$", "new zealand dollar": "NZ$", "taiwan dollar": "NT$",
});
const IRREGULAR: Readonly<Record<string, string>> = wordTable({ person: "people", child: "children", man: "men", woman: "women", foot: "feet" });

/** Units that read the same in the plural: "120 mph", "450 horsepower", "12 aircraft". */
const INVARIANT = new Set(["mph", "horsepower", "aircraft", "police", "personnel", "staff", "sheep", "deer", "fish", "yen", "yuan", "won", "baht", "rand", "naira", "taka", "rupiah"]);

/** Words ending in "man" that are no compounds of it and take "-s". */
const MAN_NOT_COMPOUND = new Set(["human", "german", "roman", "shaman", "talisman", "ottoman", "caiman", "cayman", "dolman", "desman"]);

export function pluralize(unit: string): string {
  // "barrel per day" → "barrels per day", "degree celsius" → "degrees celsius": the measure carries the plural.
  const per = unit.indexOf(" per ");
  if (per > 0) return `${pluralize(unit.slice(0, per))}${unit.slice(per)}`;
  if (/^degree (?:celsius|fahrenheit)$/.test(unit)) return `degrees${unit.slice(6)}`;
  if (INVARIANT.has(unit)) return unit;
  // "armed man" → "armed men": the last word carries the plural.
  const space = unit.lastIndexOf(" ");
  if (space > 0) return `${unit.slice(0, space + 1)}${pluralize(unit.slice(space + 1))}`;
  if (IRREGULAR[unit]) return IRREGULAR[unit];
  // "fisherman" → "fishermen", "chairwoman" → "chairwomen"; "human", "German", "shaman" are no compounds of "man".
  if (/man$/.test(unit) && !MAN_NOT_COMPOUND.has(unit)) return `${unit.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(unit)) return unit.slice(0, -1) + "ies";
  if (/(s|x|z|ch|sh)$/.test(unit)) return unit + "es";
  return unit + "s";
}

// One formatter for every figure: `toLocaleString` with options builds a new one on each call (~15 µs, the
// better part of rendering a page of claims).
const DIGITS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function amount(n: number, unit: string | null): string {
  const digits = DIGITS.format(n);
  if (!unit) return digits;
  if (unit === "percent") return `${digits}%`;
  if (CURRENCY[unit]) return `${CURRENCY[unit]}${digits}`;
  return `${digits} ${n === 1 ? unit : pluralize(unit)}`;
}

/** A figure as a reader would say it: "at least 17 trucks", "between 40 and 50 people", "nearly 20,000 civilians". */
export function formatFigure(figure: Figure): string | null {
  const { qualifier, value, low, high, unit } = figure;
  if (qualifier === "range" && low != null && high != null) {
    const symbolic = unit === "percent" || (unit != null && unit in CURRENCY);
    return `between ${amount(low, symbolic ? unit : null)} and ${amount(high, unit)}`;
  }
  if (qualifier === "vague") {
    const bounds = low != null && high != null ? ` (${amount(low, null)}–${amount(high, null)})` : "";
    return `an unspecified number of ${unit ? pluralize(unit) : "items"}${bounds}`;
  }
  if (value == null) return null;
  const label = qualifier && qualifier !== "exact" ? `${QUALIFIER_LABELS[qualifier as Qualifier] ?? qualifier} ` : "";
  return `${label}${amount(value, unit)}`;
}

/** A statement cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shortStatement(statement: string, max = 120): string {
  const text = statement.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}

/**
 * How lists show a claim: the figure first when it has one ("at least 17 trucks — …"), then its statement,
 * shortened, so two claims from one sentence are told apart at a glance.
 */
export function claimHeadline(claim: Figure & { statement: string }, max = 120): { figure: string | null; statement: string; text: string } {
  const figure = formatFigure(claim);
  const statement = shortStatement(claim.statement, max);
  return { figure, statement, text: figure ? `${figure} — ${statement}` : statement };
}
