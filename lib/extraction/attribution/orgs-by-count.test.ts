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

  it("counts alike when many bodies share the first three letters of their first word", () => {
    // Twelve first words led by "Vaa", more than are tested one by one at each place of the lead.
    const sentences = ["Vaalrand and Vaalrandb met.", "Vaalrandc, Vaalrandcd and Vaalrandb spoke.", "Vaalrandbb said Vaalrandb said."];
    const { ranked, bodies, add } = track(sentences);
    const names = ["Vaalrand", "Vaalrandb", "Vaalrandc", "Vaalrandcd", "Vaalrandbb", "Vaal", "Vaalr", "Vaalra", "Vaalran", "Vaalrandd", "Vaalrandf", "Vaalrandg"];
    for (const n of names) add(`${n} Mining`);
    const all = () => true;
    expect(ranked.best(all)).toBe(naive(bodies, sentences, all));
    // "Vaal" to "Vaalrand" open each of the seven places: a tie, which the first named wins.
    expect(ranked.best(all)?.name).toBe("Vaalrand Mining");
    const notShort = (b: Body) => b.name.split(" ")[0].length > 8;
    expect(ranked.best(notShort)).toBe(naive(bodies, sentences, notShort));
    expect(ranked.best(notShort)?.name).toBe("Vaalrandb Mining"); // four places, one inside "Vaalrandbb"
    // Near misses: a word longer than the text left, a place inside another word, a lead with other letters after it.
    sentences.push("Vaalrandg", "The XVaalrandd hall.", "Vaalrandf-Vaalrandf", "Vaax Vaa Vaalrand");
    for (const fits of [all, notShort, (b: Body) => b.name.startsWith("Vaalrandd") || b.name.startsWith("Vaalrandf")]) expect(ranked.best(fits)).toBe(naive(bodies, sentences, fits));
    expect(ranked.best((b) => b.name.startsWith("Vaalrandf"))?.name).toBe("Vaalrandf Mining");
  });

  it("answers as a scan of every body would when many first words share a lead", () => {
    const word = fc.constantFrom("Vaal", "Vaalr", "Vaalb", "Vaalbb", "Vaalc", "Vaalcb", "Vaald", "Vaalf", "Vaalg", "Vaalh", "Vaalj", "Vaalk", "Vaax", "Vaalbbb");
    const sentence = fc.array(fc.constantFrom("Vaal", "Vaalb", "Vaalbb", "Vaalbbb", "Vaalcb", "Vaalk", "Vaalkk", "VaalbVaalb", "Vaa", "said", " ", "-", "Vaax"), { maxLength: 6 }).map((w) => w.join(" "));
    const step = fc.oneof(fc.record({ body: word, isPublic: fc.boolean() }), fc.record({ sentence }), fc.record({ ask: fc.constantFrom("all", "private", "none") }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const sentences: string[] = [];
        const { ranked, bodies, add } = track(sentences);
        for (const s of steps) {
          if ("body" in s) add(`${s.body} Corp`, s.isPublic);
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
