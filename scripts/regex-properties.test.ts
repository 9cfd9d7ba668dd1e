import { describe, expect, it } from "vitest";
import vm from "node:vm";
// @ts-expect-error: a plain ES module of the build, without types
import { splitPattern, writeOutPropertyClasses } from "./regex-properties.mjs";

/** Runs a rewritten script and returns what it assigned to `out`. */
function run(source: string): Record<string, unknown> {
  const context: { out: Record<string, unknown> } = { out: {} };
  vm.runInNewContext(source, context);
  return context.out;
}

/** The class body a one-class literal was given. */
function bodyOf(literal: string): string {
  const rewritten = writeOutPropertyClasses(`out.re = ${literal};`);
  return JSON.parse(/var __unicodeClass0 = (".*");/.exec(rewritten)![1]);
}

describe("splitPattern", () => {
  it("finds the property classes, joining those of one character class", () => {
    expect(splitPattern("(?<![\\p{L}\\p{M}'’.&-])(\\p{Lu}\\w*)\\P{Ll}")).toEqual([
      "(?<![",
      { props: [{ name: "L", negated: false }, { name: "M", negated: false }], inClass: true },
      "'’.&-])(",
      { props: [{ name: "Lu", negated: false }], inClass: false },
      "\\w*)",
      { props: [{ name: "Ll", negated: true }], inClass: false },
    ]);
  });

  it("leaves an escaped backslash before 'p' and patterns without a property class alone", () => {
    expect(splitPattern("a\\\\p{L}b")).toBeNull();
    expect(splitPattern("[a-z]+\\d")).toBeNull();
    expect(splitPattern("\\\\\\p{L}")).toEqual(["\\\\", { props: [{ name: "L", negated: false }], inClass: false }]);
  });
});

describe("writeOutPropertyClasses", () => {
  // Every code point, tried alone against the class as written and as rewritten, with the flags the extractor uses.
  it.each([
    ["[\\p{L}\\p{M}'’.&-]", "u"],
    ["\\p{Lu}", "u"],
    ["[^\\p{Ll}\\d]", "u"],
    ["\\P{L}", "u"],
    ["[\\p{Lu}\\p{Ll}]", "iu"],
    ["[^\\P{M}\\]\\-]", "u"],
  ])("matches exactly the code points %s /%s matched", (pattern, flags) => {
    const before = new RegExp(`^${pattern}$`, flags);
    const out = run(writeOutPropertyClasses(`out.re = /^${pattern}$/${flags};`));
    const after = out.re as RegExp;
    expect(after.source).not.toMatch(/\\[pP]\{/);
    const differing: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const s = String.fromCodePoint(cp);
      if (before.test(s) !== after.test(s)) differing.push(cp);
    }
    expect(differing).toEqual([]);
  });

  it("writes a class as its characters, escaping only what the class syntax or the eye needs", () => {
    const body = bodyOf("/[\\P{L}]/u");
    expect(body.startsWith("\\u{0}-@\\[-`{-©«-´")).toBe(true);
    expect(bodyOf("/\\p{Lu}/u").startsWith("A-ZÀ-ÖØ-Þ")).toBe(true);
  });

  it("keeps one list per class and one expression per literal, and leaves other literals as written", () => {
    const source = `"use strict";\nout.a = /\\p{L}+/u; out.b = /[\\p{L}]x/u; out.c = /\\p{L}/; out.d = /a\\\\p\\{L\\}/u;`;
    const rewritten = writeOutPropertyClasses(source);
    expect(rewritten.startsWith('"use strict";\n')).toBe(true);
    expect(rewritten.match(/var __unicodeClass\d+ =/g)).toHaveLength(1);
    expect(rewritten).toContain("out.c = /\\p{L}/;");
    expect(rewritten).toContain("out.d = /a\\\\p\\{L\\}/u;");
    const out = run(rewritten);
    expect((out.a as RegExp).exec("Écoles 12")?.[0]).toBe("Écoles");
    expect((out.b as RegExp).test("ßx")).toBe(true);
    expect((out.c as RegExp).test("p{L}")).toBe(true);
  });

  it("gives a literal with the g flag inside a function a fresh expression on each call, as the literal did", () => {
    const source = `function words(s) { const re = /\\p{Lu}\\p{Ll}+/gu; const out = []; let m; while ((m = re.exec(s))) out.push(m[0]); return [out, re.lastIndex]; }
      function first(s) { const re = /\\p{Lu}/u; re.lastIndex = 5; return [re.exec(s)?.index, re.lastIndex]; }
      out.words = [words("Ana met Bo"), words("Cy and Di")]; out.first = first("ab C");`;
    expect(run(writeOutPropertyClasses(source))).toEqual(run(source));
    expect(run(writeOutPropertyClasses(source)).words).toEqual([[["Ana", "Bo"], 0], [["Cy", "Di"], 0]]);
  });
});
