import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SeenCounts } from "./seen-counts";

/** The count it replaces: occurrences in the sentences joined with a space. */
const naive = (sentences: string[], word: string) => sentences.join(" ").split(word).length - 1;

describe("SeenCounts", () => {
  it("counts a word in the sentences read so far, also inside longer words", () => {
    const sentences = ["Acme Corp said.", "Acmeville and ACME."];
    const counts = new SeenCounts(sentences);
    expect(counts.count("Acme")).toBe(2);
    expect(counts.count("Cor")).toBe(1);
    sentences.push("Shares of Acme rose; Acme Acme.");
    expect(counts.count("Acme")).toBe(5);
    expect(counts.count("ACME")).toBe(1);
    expect(counts.count("Zeta")).toBe(0);
  });

  it("answers as the joined text does while sentences keep coming", () => {
    const piece = fc.constantFrom("Acme", "Ac", "AcmeAcme", "acme", "Ab", "Abc", "Ämt", "Ämter", " ", ".", "é", "AAA", "AA", "\u00a0", "A😀b", "Acme,");
    const sentence = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));
    const word = fc.constantFrom("Acme", "Abc", "Ämt", "AAA", "AcmeAcme", "acme", "Ac", "A😀b", "Acme,");
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, fc.array(word, { maxLength: 3 })), { maxLength: 8 }), (steps) => {
        const sentences: string[] = [];
        const counts = new SeenCounts(sentences);
        for (const [s, asked] of steps) {
          sentences.push(s);
          for (const w of asked) expect(counts.count(w)).toBe(naive(sentences, w));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
