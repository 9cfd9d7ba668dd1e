import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordIndex } from "./word-index";

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const midSentence = (text: string, w: string) => new RegExp(`(?:\\p{Ll}|,)\\s+${esc(w)}(?![\\p{L}\\p{M}])`, "u").test(text);
const wholeWord = (text: string, w: string) => new RegExp(`(?<![\\p{L}\\p{M}])${esc(w)}(?![\\p{L}\\p{M}])`, "u").test(text);

describe("WordIndex", () => {
  it("finds capitalised words mid-sentence and whole words in lower case", () => {
    const ix = new WordIndex("Vaalrand said, Vaalrand Gold and vaalrand. The Acmeville plant of O'Neil.");
    expect(ix.hasAfterLowerOrComma("Vaalrand")).toBe(true);
    expect(ix.hasAfterLowerOrComma("The")).toBe(false);
    expect(ix.has("vaalrand")).toBe(true);
    expect(ix.has("acme")).toBe(false);
    expect(ix.hasAfterLowerOrComma("Acme")).toBe(false);
    expect(ix.hasAfterLowerOrComma("O'Neil")).toBe(true);
  });

  it("answers exactly as the regular expressions it replaces", () => {
    const piece = fc.constantFrom("Acme", "acme", "Acmeville", "O'Neil", "U.S.", "said", ",", " ", "  ", ".", "-", "é", "Zoë", "\n", "the", "e\u0301", "𝐀𝐜", "\ud800", "😀");
    const words = fc.constantFrom("Acme", "O'Neil", "U.S.", "Zoë", "The", "Acme-");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), words, (parts, w) => {
        const text = parts.join("");
        const ix = new WordIndex(text);
        expect(ix.hasAfterLowerOrComma(w)).toBe(midSentence(text, w));
        expect(ix.has(w.toLowerCase())).toBe(wholeWord(text, w.toLowerCase()));
      }),
      { numRuns: 2000 },
    );
  });

  it("says whether a word follows one of the openers, as text.includes(opener + word) does", () => {
    const openers = [" in ", " to ", " of "];
    const ix = new WordIndex("Talks in Brazilia, then to Peru; the end of Oslo-based firms");
    expect(ix.followsAny(openers, "Brazil")).toBe(true); // a prefix, as includes() finds it
    expect(ix.followsAny(openers, "Peru")).toBe(true);
    expect(ix.followsAny(openers, "Oslo")).toBe(true);
    expect(ix.followsAny(openers, "Talks")).toBe(false);
    expect(ix.followsAny(openers, "Lima")).toBe(false);
    const piece = fc.constantFrom(" in ", " of ", " to ", "in", " ", "Peru", "Perugia", "Zoë", "e\u0301", "𝐀𝐜", "\ud800", "-", ".", "of");
    const words = fc.constantFrom("Peru", "Perugia", "Pe", "Zoë", "Zo", "𝐀", "e", "in", "Peru-", "O'Neil");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), words, (parts, w) => {
        const text = parts.join("");
        expect(new WordIndex(text).followsAny(openers, w)).toBe(openers.some((o) => text.includes(o + w)));
      }),
      { numRuns: 2000 },
    );
  });
});
