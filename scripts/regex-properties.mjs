/**
 * Writes the Unicode property classes of a bundle's regular expressions (`\p{L}`, `\p{Lu}`, `\P{M}`, ...) out as the
 * code point ranges they stand for, for the extractor's command line (scripts/extract.mjs).
 *
 * V8 looks each `\p{...}` up in ICU whenever it parses an expression holding one (when the expression is made, and
 * again when it is compiled for a subject of one-byte or of two-byte characters), and then sorts the ranges of a class
 * that joins several ("[\p{L}\p{M}'’.&-]") one range at a time. The extractor writes about 1,200 of them in some 500
 * expressions. Written out as one sorted list per class, in the characters themselves, the same class costs V8 a plain
 * parse of a few thousand characters. Counted with valgrind (instructions executed by the whole command, which no load
 * on the machine changes): a one-sentence article 1.35 → 1.16 billion, a 1 MB article 10.7 → 10.2 billion.
 *
 * The ranges are read from the running engine itself (every code point tried against `\p{X}`), so they are the sets
 * V8 would have built, and the rewritten expression matches exactly what the original matched. Each list is kept once,
 * in a variable at the top of the bundle; each expression holding a property class becomes `new RegExp(...)` built
 * from them, also once, at the top: an expression written inside a function is shared by every call (with the `g` or
 * `y` flag, each evaluation gets its own copy, `new RegExp(shared)`, so `lastIndex` starts at 0 as before).
 */
import { parse } from "acorn";

const MAX_CODE_POINT = 0x10ffff;

/**
 * The code points with property `name`, as sorted [from, to] ranges: the runs the engine matches with `\p{name}+` in a
 * string of every code point in order (the surrogates, which cannot stand in such a string, tried one by one).
 */
const rangesOfProperty = (() => {
  const cache = new Map();
  const codePoints = (from, to) => {
    let s = "";
    for (let cp = from; cp <= to; cp += 0x1000) s += String.fromCodePoint(...Array.from({ length: Math.min(0x1000, to - cp + 1) }, (_, k) => cp + k));
    return s;
  };
  let below;
  let above;
  return (name) => {
    let ranges = cache.get(name);
    if (!ranges) {
      below ??= codePoints(0, 0xd7ff);
      above ??= codePoints(0xe000, MAX_CODE_POINT);
      ranges = [];
      const run = new RegExp(`\\p{${name}}+`, "gu");
      const one = new RegExp(`^\\p{${name}}$`, "u");
      const add = (from, to) => {
        const last = ranges[ranges.length - 1];
        if (last && last[1] + 1 === from) last[1] = to;
        else ranges.push([from, to]);
      };
      for (const m of below.matchAll(run)) add(m.index, m.index + m[0].length - 1);
      for (let cp = 0xd800; cp <= 0xdfff; cp++) if (one.test(String.fromCharCode(cp))) add(cp, cp);
      for (const m of above.matchAll(run)) add(above.codePointAt(m.index), [...m[0]].pop().codePointAt(0));
      cache.set(name, ranges);
    }
    return ranges;
  };
})();

function complement(ranges) {
  const out = [];
  let next = 0;
  for (const [from, to] of ranges) {
    if (from > next) out.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

/** The union of sorted range lists, sorted, with overlapping and adjacent ranges merged. */
function union(lists) {
  const all = lists.flat().sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [from, to] of all) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * A code point as written in a class under the `u` flag: itself, unless it is a character the class syntax uses, a
 * control, space or line break, a lone surrogate or another invisible one, which are escaped. (The characters
 * themselves, not escapes, keep the text V8 parses about a sixth as long.)
 */
const classChar = (cp) =>
  cp <= 0x20 || (cp >= 0x7f && cp <= 0xa0) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || (cp >= 0xfff0 && cp <= 0xffff)
    ? `\\u{${cp.toString(16)}}`
    : /[\\\]\[^-]/.test(String.fromCodePoint(cp))
      ? `\\${String.fromCodePoint(cp)}`
      : String.fromCodePoint(cp);
/** Ranges written as the body of a character class under the `u` flag: "A-Za-zªµº...". */
const classBody = (ranges) => ranges.map(([from, to]) => (from === to ? classChar(from) : to === from + 1 ? classChar(from) + classChar(to) : `${classChar(from)}-${classChar(to)}`)).join("");

/**
 * Splits a pattern (of an expression with the `u` flag) into its own text and the property classes in it:
 * `{ props: [{ name: "L", negated: false }, { name: "M", negated: false }], inClass: true }` for the `\p{...}` and
 * `\P{...}` of one character class, placed where its first stood (the others of that class are dropped, being part of
 * the same union); one outside a class stands alone. Returns null when there is none.
 */
export function splitPattern(pattern) {
  const parts = [];
  let text = "";
  let inClass = false;
  let classProps = null;
  let found = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1];
      const close = pattern.indexOf("}", i + 3);
      if ((next === "p" || next === "P") && pattern[i + 2] === "{" && close > 0) {
        found = true;
        const prop = { name: pattern.slice(i + 3, close), negated: next === "P" };
        i = close;
        if (inClass && classProps) {
          classProps.props.push(prop);
          continue;
        }
        if (text) parts.push(text);
        text = "";
        const item = { props: [prop], inClass };
        parts.push(item);
        if (inClass) classProps = item;
        continue;
      }
      text += c + (next ?? "");
      i++;
      continue;
    }
    if (c === "[" && !inClass) {
      inClass = true;
      classProps = null;
    } else if (c === "]" && inClass) inClass = false;
    text += c;
  }
  if (text) parts.push(text);
  return found ? parts : null;
}

/** The ranges a class item stands for: the union of its properties, each negated as written. */
function itemRanges(item) {
  return union(item.props.map((p) => (p.negated ? complement(rangesOfProperty(p.name)) : rangesOfProperty(p.name))));
}

/**
 * The bundle with every regular expression literal holding a property class rewritten as described above. Literals
 * without one are left as they are.
 */
export function writeOutPropertyClasses(source) {
  const literals = [];
  const ast = parse(source, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true, allowReturnOutsideFunction: true });
  // Every node of the tree, in source order: a node is an object with a `type`; its children are its fields.
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== "string") return;
    // (Only the `u` flag: under `v` a class may hold classes and set operations, which splitPattern does not read.)
    if (node.type === "Literal" && node.regex && node.regex.flags.includes("u") && /\\[pP]\{/.test(node.regex.pattern)) literals.push(node);
    for (const key in node) if (key !== "type" && typeof node[key] === "object") visit(node[key]);
  };
  visit(ast);
  if (!literals.length) return source;
  const lists = new Map(); // class body → variable name
  const byProps = new Map(); // "L,M,^Lu" → variable name
  const listVar = (item) => {
    const key = item.props.map((p) => (p.negated ? "^" : "") + p.name).join(",");
    if (!byProps.has(key)) {
      const body = classBody(itemRanges(item));
      if (!lists.has(body)) lists.set(body, `__unicodeClass${lists.size}`);
      byProps.set(key, lists.get(body));
    }
    return byProps.get(key);
  };
  const declarations = [];
  const replacements = [];
  for (const [n, node] of literals.entries()) {
    const parts = splitPattern(node.regex.pattern);
    if (!parts) continue;
    const pieces = parts.map((part) => {
      if (typeof part === "string") return JSON.stringify(part);
      const name = listVar(part);
      return part.inClass ? name : `"[" + ${name} + "]"`;
    });
    const shared = `__unicodeRegExp${n}`;
    declarations.push(`var ${shared} = new RegExp(${pieces.join(" + ")}, ${JSON.stringify(node.regex.flags)});`);
    replacements.push({ start: node.start, end: node.end, text: /[gy]/.test(node.regex.flags) ? `new RegExp(${shared})` : shared });
  }
  let out = "";
  let at = 0;
  for (const r of replacements) {
    out += source.slice(at, r.start) + r.text;
    at = r.end;
  }
  out += source.slice(at);
  const header = [...lists].map(([body, name]) => `var ${name} = ${JSON.stringify(body)};`).join("\n") + "\n" + declarations.join("\n") + "\n";
  // After a "use strict" directive, which must stay the first statement to count.
  const prologue = /^(?:#![^\n]*\n)?(?:\s*(?:"use strict"|'use strict');?)?/.exec(out)[0];
  return out.slice(0, prologue.length) + "\n" + header + out.slice(prologue.length);
}
