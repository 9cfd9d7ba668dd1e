/** Figures in words: a claim's qualifier, value or interval and unit as a reader sees them. */
import { QUALIFIER_LABELS, type Qualifier } from "./vocabulary";

export interface Figure {
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
}

const CURRENCY: Record<string, string> = { dollar: "$", euro: "€", pound: "£" };
const IRREGULAR: Record<string, string> = { person: "people", child: "children", man: "men", woman: "women", foot: "feet" };

export function pluralize(unit: string): string {
  if (IRREGULAR[unit]) return IRREGULAR[unit];
  if (/[^aeiou]y$/.test(unit)) return unit.slice(0, -1) + "ies";
  if (/(s|x|z|ch|sh)$/.test(unit)) return unit + "es";
  return unit + "s";
}

function amount(n: number, unit: string | null): string {
  const digits = n.toLocaleString("en-US", { maximumFractionDigits: 2 });
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
