import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Speaker } from "./article-context";
import { SpeakersByKey } from "./speakers-by-key";

const person = (name: string): Speaker => ({ name, description: null, person: true });

describe("SpeakersByKey", () => {
  it("lists the speakers whose name starts with a word, in the map's order, after sets and deletes", () => {
    const map = new SpeakersByKey();
    const li = person("Li Wei");
    map.set("Wei", li);
    map.set("Li Na", person("Li Na"));
    map.set("Okoro", person("Ada Okoro"));
    expect(map.withFirstWord("Li").map((p) => p.name)).toEqual(["Li Wei", "Li Na"]);
    // set again: keeps its place, files the new speaker's first word
    map.set("Wei", person("Zhang Wei"));
    expect(map.withFirstWord("Li").map((p) => p.name)).toEqual(["Li Na"]);
    expect(map.withFirstWord("Zhang Wei").map((p) => p.name)).toEqual(["Zhang Wei"]);
    map.delete("Li Na");
    map.set("Li Na", li);
    expect(map.withFirstWord("Li")).toEqual([li]);
    expect(map.withFirstWord("Ada")).toEqual([map.get("Okoro")]);
    expect(map.withFirstWord("Nobody")).toEqual([]);
  });

  it("lists the speakers with a word before their name's last, in the map's order, after sets and deletes", () => {
    const map = new SpeakersByKey();
    map.set("Ada Bea Okoro", person("Ada Bea Okoro"));
    map.set("Bea Lind", person("Bea Lind"));
    map.set("Cal Bea", person("Cal Bea"));
    expect(map.withNameWord("Bea").map((p) => p.name)).toEqual(["Ada Bea Okoro", "Bea Lind"]);
    map.set("Ada Bea Okoro", person("Ada Okoro"));
    expect(map.withNameWord("Bea").map((p) => p.name)).toEqual(["Bea Lind"]);
    map.delete("Bea Lind");
    expect(map.withNameWord("Bea")).toEqual([]);
    expect(map.withNameWord("Ada").map((p) => p.name)).toEqual(["Ada Okoro"]);
  });

  it("answers as a scan of the values in order would", () => {
    const name = fc.constantFrom("Li Wei", "Li Na", "Li", "Lin Bo", "Ada Okoro", "Ada", "Li Wei Min", "Bo Li Wei", "Ada Li Li");
    const key = fc.constantFrom("a", "b", "c", "d", "e");
    const op = fc.oneof(
      fc.record({ set: key, name }),
      fc.record({ del: key }),
      fc.record({ ask: fc.constantFrom("Li", "Ada", "Lin", "Li Wei", "Wei", "Zed") }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const map = new SpeakersByKey();
        const plain = new Map<string, Speaker>();
        for (const o of ops) {
          if ("set" in o) {
            const sp = person(o.name);
            map.set(o.set, sp);
            plain.set(o.set, sp);
          } else if ("del" in o) {
            expect(map.delete(o.del)).toBe(plain.delete(o.del));
          } else {
            const scan = [...plain.values()].filter((p) => p.name.startsWith(o.ask + " "));
            expect(map.withFirstWord(o.ask).filter((p) => p.name.startsWith(o.ask + " "))).toEqual(scan);
            const inner = [...plain.values()].filter((p) => p.name.split(" ").slice(0, -1).includes(o.ask));
            expect(map.withNameWord(o.ask)).toEqual(inner);
            expect([...map.entries()]).toEqual([...plain.entries()]);
          }
        }
      }),
    );
  });
});
