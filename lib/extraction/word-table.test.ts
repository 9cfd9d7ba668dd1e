import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { singularize } from "./quantity/lexicon";
import { canonicalUnit } from "../figures/unit";

// Words that name a property of every JavaScript object. Tables looked up by the article's words must not find them.
const OBJECT_WORDS = ["constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "__proto__", "propertyIsEnumerable"];

describe("words that are also names of object properties", () => {
  it.each(OBJECT_WORDS)("'%s' is read as a word, never as a property of the lookup tables", (word) => {
    const text = `The ${word} said 3 ${word}s and four ${word} were counted on Monday. About 12 ${word} per ${word} were listed, ${word} officials said.`;
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      for (const v of [c.quantity?.unit, c.speaker, c.speakerDescription]) {
        if (v != null) {
          expect(typeof v).toBe("string");
          expect(v).not.toMatch(/native code|function|\[object/);
        }
      }
      if (c.quantity) for (const n of [c.quantity.value, c.quantity.low, c.quantity.high]) if (n != null) expect(Number.isFinite(n)).toBe(true);
    }
    // "__proto__" is no word to the tokenizer (underscores), so only the letters' words are counted nouns.
    if (/^\p{L}+$/u.test(word)) expect(claims.find((c) => c.quantity?.value === 3)?.quantity?.unit).toBe(word.toLowerCase());
  });

  it.each(OBJECT_WORDS)("singularize and canonicalUnit give '%s' back as a word", (word) => {
    expect(singularize(word.toLowerCase())).toBe(word.toLowerCase());
    expect(singularize(`${word.toLowerCase()}s`)).toBe(word.toLowerCase());
    expect(canonicalUnit(word)).toBe(word.toLowerCase());
  });
});
