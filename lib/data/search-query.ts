/**
 * What a person types into a search box, turned into an FTS5 query that cannot be a syntax error: every
 * word or "quoted phrase" becomes a quoted FTS5 string, so operators, brackets, stray quotes and column
 * names typed by hand are only text. Pure (no database), so it can be tested on any input.
 *
 * - words are all required: `trucks Baghouz` finds texts with both;
 * - `"at least 17"` is a phrase (an unclosed quote runs to the end);
 * - `tru*` is a prefix; the last word also matches as a prefix (`Bagh` finds "Baghouz"), exact matches first;
 * - a word written with punctuation (`COVID-19`, `20,000`) is the phrase of its parts, as the index splits them.
 */

import { parseNumberQuery, writtenForms } from "@/lib/figures/number-query";

/** Longest query considered, in code points (a longer one is cut, never split inside a character). */
export const MAX_SEARCH_LENGTH = 200;
/** At most this many words or phrases: each costs a walk through the index. */
export const MAX_SEARCH_TERMS = 12;
/** Shortest prefix used: shorter ones would match most of the vocabulary. */
const MIN_PREFIX = 2;
const MIN_AUTOMATIC_PREFIX = 3;

// What the index's tokenizer (unicode61) keeps as word characters: letters and digits (marks ride along).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

interface Term {
  tokens: string[];
  prefix: boolean;
  quoted: boolean;
}

/** The text cut to MAX_SEARCH_LENGTH code points. */
export function cutSearchText(text: string): string {
  const points = Array.from(text);
  return points.length > MAX_SEARCH_LENGTH ? points.slice(0, MAX_SEARCH_LENGTH).join("") : text;
}

function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  // Quoted phrases first; what is between them is words separated by spaces.
  const parts = cutSearchText(text).split('"');
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1 && i < parts.length - 1;
    const unclosed = i % 2 === 1 && i === parts.length - 1;
    if (quoted || unclosed) {
      const tokens = part.match(TOKEN) ?? [];
      if (tokens.length) terms.push({ tokens, prefix: /\*\s*$/.test(part), quoted: true });
      return;
    }
    for (const chunk of part.split(/\s+/)) {
      const tokens = chunk.match(TOKEN) ?? [];
      if (tokens.length) terms.push({ tokens, prefix: chunk.endsWith("*"), quoted: false });
    }
  });
  return terms.slice(0, MAX_SEARCH_TERMS);
}

// Tokens hold letters and digits only, so they never need escaping inside the quotes.
const phrase = (tokens: string[]) => `"${tokens.join(" ")}"`;

function termQuery(term: Term, last: boolean, endsInSpace: boolean): string {
  const lastToken = term.tokens[term.tokens.length - 1];
  const exact = phrase(term.tokens);
  if (term.prefix && Array.from(lastToken).length >= MIN_PREFIX) return `${exact}*`;
  // Not for numbers: "2000" must not find "20000".
  const wordLike = /\p{L}/u.test(lastToken) && Array.from(lastToken).length >= MIN_AUTOMATIC_PREFIX;
  if (last && !term.quoted && !endsInSpace && wordLike) return `(${exact} OR ${exact}*)`;
  return exact;
}

/**
 * The FTS5 query for `text`, or null when it holds nothing to search for (only punctuation, say).
 * `automaticPrefix: false` matches the last word whole (for numbers and other exact parts).
 */
export function toFtsQuery(text: string, options: { automaticPrefix?: boolean } = {}): string | null {
  const terms = termsOf(text);
  if (!terms.length) return null;
  const endsInSpace = options.automaticPrefix === false || /\s$/.test(text);
  return terms.map((term, i) => termQuery(term, i === terms.length - 1, endsInSpace)).join(" AND ");
}

/** Any of several FTS5 queries (nulls ignored); null when there is none. */
export function anyOf(queries: (string | null)[]): string | null {
  const present = [...new Set(queries.filter((q): q is string => q !== null))];
  if (!present.length) return null;
  return present.length === 1 ? present[0] : present.map((q) => `(${q})`).join(" OR ");
}

/** Both FTS5 queries; null when either is missing. */
export function bothOf(a: string | null, b: string | null): string | null {
  return a === null || b === null ? null : `(${a}) AND (${b})`;
}

export interface ClaimMatch {
  /** the FTS5 query the words (and the number's written forms) make; null when it has none */
  text: string | null;
  /** the number typed, matched against the recorded figures, with the words that must appear too */
  figure: { value: number; words: string | null } | null;
}

/**
 * What the search box asks for: its words through the full-text index, and when it names a number
 * ("20k", "20 000"), the claims whose figure is that number or whose text writes it in any common way,
 * together with the other words typed. Null when it holds nothing searchable (only punctuation).
 */
export function claimMatch(q: string): ClaimMatch | null {
  const whole = toFtsQuery(q);
  const { number, rest } = parseNumberQuery(q);
  if (number === null) return whole === null ? null : { text: whole, figure: null };
  const words = rest ? toFtsQuery(rest) : null;
  const written = anyOf(writtenForms(number).map((form) => toFtsQuery(form, { automaticPrefix: false })));
  const writtenWithWords = words === null ? written : bothOf(written, words);
  return { text: anyOf([whole, writtenWithWords]), figure: { value: number, words } };
}

/** A piece of a text with its matches marked: the search results show `mark` pieces highlighted. */
export interface MarkedPiece {
  text: string;
  mark: boolean;
}

/** The markers the database puts around each match (control characters no stored text relies on). */
export const MARK_OPEN = "\u0002";
export const MARK_CLOSE = "\u0003";

/** Splits a text returned by FTS5 highlight() or snippet() into plain and marked pieces. */
export function markedPieces(highlighted: string): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let mark = false;
  let text = "";
  const flush = () => {
    if (text) pieces.push({ text, mark });
    text = "";
  };
  for (const ch of highlighted) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      flush();
      mark = ch === MARK_OPEN;
    } else text += ch;
  }
  flush();
  return pieces;
}

export const hasMark = (pieces: MarkedPiece[] | null | undefined) => Boolean(pieces?.some((p) => p.mark));
