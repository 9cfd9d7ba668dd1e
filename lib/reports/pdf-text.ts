/**
 * Text for PDFs set in the standard fonts (Helvetica): they cover Latin-1 (plus the euro sign) only, and
 * any other character comes out as an unrelated glyph. Typographic punctuation becomes its ASCII form,
 * accented letters outside Latin-1 lose the accent, and anything else becomes "?", so text is never garbled.
 */
const REPLACEMENTS: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u2039": "'", "\u203A": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u2026": "...", "\u2022": "*", "\u00B7": "*", "\u2192": "->", "\u2190": "<-", "\u2194": "<->",
  "\u2248": "~", "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u00D7": "x",
  "\u00A0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202F": " ", "\u200B": "", "\u200D": "", "\uFEFF": "",
  "\u2122": "(TM)", "\u0152": "OE", "\u0153": "oe", "\u0141": "L", "\u0142": "l", "\u0131": "i",
};

const isPrintable = (code: number) => (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff) || code === 0x20ac;

/** One line or paragraph ready for a standard PDF font; newlines and tabs are kept as they are. */
export function toPdfText(input: string): string {
  let out = "";
  for (const char of input.normalize("NFC")) {
    if (char === "\n" || char === "\t") {
      out += char;
      continue;
    }
    if (char in REPLACEMENTS) {
      out += REPLACEMENTS[char];
      continue;
    }
    if (isPrintable(char.codePointAt(0)!)) {
      out += char;
      continue;
    }
    // "ő" → "o", "ș" → "s": the base letter when it is printable, once the accents are taken off.
    const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    out += base && [...base].every((c) => isPrintable(c.codePointAt(0)!)) ? base : char === "\r" ? "" : "?";
  }
  return out;
}

/** A verdict's explanation (plain text or Markdown) as plain text: emphasis, code and headings unmarked, links as "text (url)". */
export function markdownToPlainText(source: string): string {
  return source
    .replace(/\r\n?/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "- ")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
