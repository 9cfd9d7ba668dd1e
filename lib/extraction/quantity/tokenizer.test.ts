import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UNICODE_FRACTIONS } from "./lexicon";
import { tokenize } from "./tokenizer";

/**
 * The regular expression the scanner replaces, kept here as its specification (with the Indian grouping "12,50,307",
 * no group of three before a fourth digit: "11,2750" is left for the parser, and no leading decimal right after a Latin letter:
 * "Rs.512" is an abbreviation's full stop, then the amount).
 */
const TOKEN_RE = /\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?|\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\d.A-Za-z])\.\d+|\p{L}+(?:['’]\p{L}+)*|\S/gu;

function reference(s: string) {
  const out = [];
  let prevEnd = -1;
  for (const m of s.matchAll(TOKEN_RE)) {
    const text = m[0];
    const c = text.charCodeAt(0);
    const kind = (c >= 48 && c <= 57) || (c === 46 && text.length > 1) || text in UNICODE_FRACTIONS ? "num" : /\p{L}/u.test(text) ? "word" : "sym";
    out.push({ text, lower: kind === "word" ? text.toLowerCase() : text, start: m.index, end: m.index + text.length, kind, joined: m.index === prevEnd });
    prevEnd = m.index + text.length;
  }
  return out;
}

describe("tokenize", () => {
  it("reads numbers, words and symbols", () => {
    expect(tokenize("About 1,234.5 km, or .5 of Côte d’Ivoire's $2½.").map((t) => [t.text, t.kind])).toEqual([
      ["About", "word"], ["1,234.5", "num"], ["km", "word"], [",", "sym"], ["or", "word"], [".5", "num"], ["of", "word"],
      ["Côte", "word"], ["d’Ivoire's", "word"], ["$", "sym"], ["2", "num"], ["½", "num"], [".", "sym"],
    ]);
  });

  it("splits exactly as the regular expression it replaces", () => {
    const chars = fc.constantFrom(..."0123456789,.  abcXYZ'’-$€½é\u00a0\n\tſ".split(""), "😀", "𝐀", "\ud83d", "1,000", "3.5", ",50");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join("")), (s) => {
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
