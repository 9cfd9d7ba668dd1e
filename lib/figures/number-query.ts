/**
 * Numbers as people type them into a search box: "20000", "20,000", "20 000", "20k", "1.5 million",
 * "2bn". Pure: used by the claim list's search and its figure-range filter.
 */
import { wordTable } from "./word-table";

const SCALES: Readonly<Record<string, number>> = wordTable({
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  thousands: 1e3,
});

// Digits grouped by commas, spaces (also the narrow and no-break ones) or apostrophes, or not grouped;
// an optional decimal part; an optional scale word or letter.
const NUMBER = /(?<![\w.])(\d{1,3}(?:[,\u00a0\u202f ']\d{3})+|\d+)(\.\d+)?(?:\s?(k|m|mn|b|bn|thousands?|millions?|billions?))?(?![\w])/i;

/** The first number written in `text`, as a value, with where it stood; null when there is none. */
export function findWrittenNumber(text: string): { value: number; index: number; length: number } | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const digits = match[1].replace(/[,\u00a0\u202f ']/g, "");
  const value = Number(`${digits}${match[2] ?? ""}`) * (match[3] ? SCALES[match[3].toLowerCase()] : 1);
  if (!Number.isFinite(value)) return null;
  return { value: Math.round(value * 1e6) / 1e6, index: match.index, length: match[0].length };
}

/** A number typed on its own ("20k", "20 000"); null unless the whole text is one number. */
export function parseWrittenNumber(text: string): number | null {
  const trimmed = text.trim();
  const found = findWrittenNumber(trimmed);
  return found && found.index === 0 && found.length === trimmed.length ? found.value : null;
}

/** The ways a whole number is commonly written in a text, to find it where no figure was recorded. */
export function writtenForms(value: number): string[] {
  if (!Number.isInteger(value) || value < 1000) return [String(value)];
  const grouped = value.toLocaleString("en-US");
  return [...new Set([String(value), grouped, grouped.replace(/,/g, " "), grouped.replace(/,/g, "\u00a0")])];
}

/**
 * A search text split into the number it names (if any) and the words around it: "20k trucks" is the
 * number 20,000 and the words "trucks".
 */
export function parseNumberQuery(text: string): { number: number | null; rest: string } {
  const found = findWrittenNumber(text);
  if (!found) return { number: null, rest: text.trim() };
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found.length)}`.replace(/\s+/g, " ").trim();
  return { number: found.value, rest };
}
