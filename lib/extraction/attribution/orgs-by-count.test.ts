import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrgsByCount } from "./orgs-by-count";
import { SeenCounts } from "./seen-counts";

interface Body {
  name: string;
  public: boolean;
}

/** The scan it replaces: every body, its first word counted in the sentences joined, the first with the highest count. */
function naive(bodies: Body[], sentences: string[], fits: (b: Body) => boolean): Body | null {
  let best: Body | null = null;
  let bestCount = 0;
  for (const b of bodies) {
    if (!fits(b)) continue;
    const first = b.name.split(/\s+/)[0];
    if (first.length < 3) continue;
    const count = sentences.join(" ").split(first).length - 1;
    if (count > bestCount) [best, bestCount] = [b, count];
  }
  return best;
}

function track(sentences: string[]) {
  const ranked = new OrgsByCount<Body>(new SeenCounts(sentences));
  const bodies: Body[] = [];
  const add = (name: string, isPublic = false) => {
    const body = { name, public: isPublic };
    bodies.push(body);
    const first = name.split(/\s+/)[0];
    if (first.length >= 3) ranked.add(body, first);
    return body;
  };
  return { ranked, bodies, add };
}

describe("OrgsByCount", () => {
  it("ranks bodies by how often their first word has been read, the first named on a tie", () => {
    const sentences = ["Orbis Mining and the Tarsia Ministry of Mines met."];
    const { ranked, add } = track(sentences);
    const orbis = add("Orbis Mining");
    const ministry = add("Tarsia Ministry of Mines", true);
    expect(ranked.best(() => true)).toBe(orbis);
    sentences.push("Tarsia said so.", "Tarsia again.");
    expect(ranked.best(() => true)).toBe(ministry);
    expect(ranked.best((b) => !b.public)).toBe(orbis);
    const later = add("Orbis Holdings");
    sentences.push("Orbis rose. Orbis fell.");
    // "Orbis" and "Tarsia" three times each: the first named wins, then the next named with either word
    expect(ranked.best(() => true)).toBe(orbis);
    expect(ranked.best((b) => b !== orbis)).toBe(ministry);
    sentences.push("Orbis closed.");
    expect(ranked.best((b) => b !== orbis)).toBe(later);
    expect(ranked.best(() => false)).toBeNull();
  });

  it("answers as a scan of every body would, while sentences and bodies keep coming", () => {
    const word = fc.constantFrom("Acme", "AcmeCo", "Acm", "Zeta", "Ärzte", "eBay", "Co", "Bolt", "AAA", "AcmeAcme");
    const sentence = fc.array(fc.constantFrom("Acme", "Acmeville", "Zeta", "Ärzte", "eBay", "Bolt", "said", " ", ".", "AAAAA", "AcmeAcmeAcme"), { maxLength: 6 }).map((w) => w.join(" "));
    const step = fc.oneof(
      fc.record({ body: fc.tuple(word, fc.constantFrom("Corp", "Ministry", "")), isPublic: fc.boolean() }),
      fc.record({ sentence }),
      fc.record({ ask: fc.constantFrom("all", "private", "none") }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const sentences: string[] = [];
        const { ranked, bodies, add } = track(sentences);
        for (const s of steps) {
          if ("body" in s) add(s.body.join(" ").trim(), s.isPublic);
          else if ("sentence" in s) sentences.push(s.sentence);
          else {
            const fits = (b: Body) => s.ask === "all" || (s.ask === "private" && !b.public);
            expect(ranked.best(fits)).toBe(naive(bodies, sentences, fits));
          }
        }
      }),
    );
  });
});
