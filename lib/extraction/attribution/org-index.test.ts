import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndexedSet, OrgIndex } from "./org-index";

interface Body {
  name: string;
  keys: Set<string>;
  aliases: Set<string>;
}

describe("OrgIndex", () => {
  it("finds bodies by their keys and by aliases added later, in order of first mention", () => {
    const index = new OrgIndex<Body>();
    const make = (name: string, keys: string[]): Body => {
      const body: Body = { name, keys: new Set(keys), aliases: new Set() };
      body.aliases = new IndexedSet(index, body, "x ");
      index.register(body, keys);
      return body;
    };
    const board = make("Harbor Board", ["w harbor", "w board"]);
    const bank = make("Bank of Tarsia", ["w bank", "w tarsia"]);
    const trust = make("Harbor Trust", ["w harbor", "w trust"]);
    expect(index.under(["w harbor"])).toEqual([board, trust]);
    expect(index.under(["w trust", "w board"])).toEqual([board, trust]);
    expect(index.under(["w bank", "w tarsia"])).toEqual([bank]);
    expect(index.under(["w port"])).toEqual([]);
    // an alias given to a later body first, then to an earlier one: still in order of first mention
    trust.aliases.add("agency");
    board.aliases.add("agency");
    board.aliases.add("agency");
    expect(index.under(["x agency"])).toEqual([board, trust]);
    expect(board.aliases.has("agency")).toBe(true);
  });

  it("gives every body holding any asked key, each once, as a scan of all bodies would", () => {
    const key = fc.constantFrom("w a", "w b", "w c", "x a", "x b", "a AB");
    const step = fc.oneof(
      fc.record({ add: fc.array(key, { maxLength: 3 }) }),
      fc.record({ alias: fc.nat(), key: fc.constantFrom("a", "b", "c") }),
      fc.record({ ask: fc.array(key, { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const index = new OrgIndex<Body>();
        const bodies: Body[] = [];
        for (const s of steps) {
          if ("add" in s) {
            const body: Body = { name: `b${bodies.length}`, keys: new Set(s.add), aliases: new Set() };
            body.aliases = new IndexedSet(index, body, "x ");
            index.register(body, body.keys);
            bodies.push(body);
          } else if ("alias" in s) {
            if (bodies.length) bodies[s.alias % bodies.length].aliases.add(s.key);
          } else {
            const holds = (b: Body) => s.ask.some((k) => b.keys.has(k) || (k.startsWith("x ") && b.aliases.has(k.slice(2))));
            expect(index.under(s.ask)).toEqual(bodies.filter(holds));
            // latest and first give what filtering that list gives, whatever the bodies' times and the test asked.
            const at = (b: Body) => Number(b.name.slice(1)) % 3;
            const fits = (b: Body) => Number(b.name.slice(1)) % 2 === 0;
            const kept = index.under(s.ask).filter(fits);
            expect(index.latest(s.ask, fits, at)).toBe(kept.length ? kept.reduce((a, b) => (at(b) >= at(a) ? b : a)) : null);
            expect(index.first(s.ask, fits)).toBe(kept[0] ?? null);
          }
        }
      }),
    );
  });
});
