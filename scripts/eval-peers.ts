/**
 * Runs the quantity parser over the peers' own English test suites (quantulum3, Recognizers-Text) and
 * prints, per category and in total, how many in-scope cases there are, the share whose figures are all
 * found by value, and the share fully right. What is in scope, and why the rest is not, is documented
 * in `peer-suites.ts` beside this file, with the table that maps the peers' unit names to ours.
 *
 *   npm run eval:peers [-- <folder>] [-- --verbose]      (folder default: ../shared/peer-suites)
 *
 * Found by value: every figure the peer expects is among ours with the same number (a quantulum3 range,
 * given as its midpoint, by the midpoint of our range; a Recognizers-Text interval by its ends).
 * Fully right: each expected figure matched by a different one of ours with the same value(s), the same
 * unit (after mapping) and the same qualifier or bounds, and nothing else found. Notes on fairness:
 * - quantulum3 and Recognizers-Text record no qualifier for a single value ("over 188 miles" → 188), so
 *   there any qualifier but a range is accepted; Recognizers-Text ranges give open and closed ends, which
 *   must match ours ("more than 30" is (30,), "at least 30" is [30,)); a two-sided interval's openness is
 *   not compared (our ranges have inclusive ends).
 * - "*count" (quantulum3 "dimensionless", a Recognizers-Text result with no unit) accepts no unit or a
 *   counted noun ("50 cars" → car), never a measure or money.
 * - Each Recognizers-Text file tests one kind of figure, so only ours of that kind count as extras (a
 *   currency in a Dimension case is not an extra); its Number and Range models leave measures to the
 *   Dimension model, so our measures do not count as extras there.
 * - Neither peer models vague amounts ("several hundred years", "dozens of"), so ours are not extras.
 * Always exits 0 (it is a report) unless no suite can be read.
 */
import path from "node:path";
import { type QuantityMention, findQuantities } from "../lib/extraction/quantity/parser";
import { CURRENCY, type Expected, type PeerCase, TEMPERATURE_UNITS, isMeasure, loadPeerCases, sameSpelling } from "./peer-suites";

const close = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);

function sameValue(m: QuantityMention, e: Expected): boolean {
  if (e.value !== undefined) {
    if (close(m.value, e.value)) return true;
    return !!e.mean && m.qualifier === "range" && close(((m.low ?? 0) + (m.high ?? 0)) / 2, e.value);
  }
  if (e.low != null && e.high != null) return (close(m.low, e.low) && close(m.high, e.high)) || (e.low === e.high && close(m.value, e.low));
  return close(m.value, e.low ?? e.high);
}

function sameUnit(m: QuantityMention, e: Expected): boolean {
  if (e.unit === undefined) return true;
  if (e.unit === "*count") return !m.unit || (!isMeasure(m.unit) && !CURRENCY(m.unit) && m.unit !== "percent");
  if (!m.unit) return false;
  const wanted = e.unit.split("|");
  // "barrel per day" is a barrel rate, "dollar per share" a dollar rate: the peers name the amount's unit only.
  const amount = m.unit.replace(/ per (?:day|week|month|year|share)$/, "");
  return wanted.includes(sameSpelling(m.unit)) || wanted.includes(sameSpelling(amount));
}

function sameBounds(m: QuantityMention, e: Expected): boolean {
  if (e.value !== undefined) return e.mean ? m.qualifier === "range" : m.qualifier !== "range";
  if (e.low != null && e.high != null) {
    if (e.low === e.high) return m.qualifier === "exact" || m.qualifier === "approximately";
    return m.qualifier === "range";
  }
  if (e.low != null) return m.qualifier === (e.lowOpen ? "more_than" : "at_least");
  return e.highOpen ? m.qualifier === "less_than" || m.qualifier === "nearly" : m.qualifier === "at_most";
}

/** Whether one of our figures is of the kind the case's file tests, so that it counts as an extra. */
function countsAsExtra(c: PeerCase, m: QuantityMention): boolean {
  if (m.qualifier === "vague") return false;
  switch (c.suite) {
    case "quantulum3": return true;
    case "number": case "range": return !isMeasure(m.unit);
    case "percent": return m.unit === "percent";
    case "currency": return !!m.unit && CURRENCY(m.unit);
    case "dimension": return isMeasure(m.unit) && !TEMPERATURE_UNITS.has(m.unit!);
    case "temperature": return !!m.unit && TEMPERATURE_UNITS.has(m.unit);
  }
}

interface Verdict { byValue: boolean; right: boolean; got: QuantityMention[] }

/** A span of time in two units and the next smaller unit, as the extractor joins them. */
const SMALLER: Record<string, [string, number]> = { year: ["month", 12], week: ["day", 7], day: ["hour", 24], hour: ["minute", 60], minute: ["second", 60] };

/**
 * Our convention, not the peer's: a span of time said in two units joined by "and" or nothing ("21 years and six
 * months") is one figure in the smaller unit (258 months), as the labelled wire sets want; the peer's two parts are
 * compared as that one figure. A list with commas ("3 years, 2 months, 14 days") stays a list on both sides.
 */
function joinedSpans(c: PeerCase): Expected[] {
  const out: Expected[] = [];
  for (let i = 0; i < c.expected.length; i++) {
    const [a, b] = [c.expected[i], c.expected[i + 1]];
    const sub = a.unit ? SMALLER[a.unit] : undefined;
    const between = b ? new RegExp(`${escapeRegExp(a.text)}(\\s+and)?\\s+${escapeRegExp(b.text)}`, "i") : null;
    if (sub && b?.unit === sub[0] && a.value !== undefined && b.value !== undefined && !a.mean && !b.mean && between?.test(c.input)) {
      out.push({ text: `${a.text} and ${b.text}`, value: a.value * sub[1] + b.value, unit: sub[0] });
      i++;
    } else out.push(a);
  }
  return out;
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function judge(c: PeerCase): Verdict {
  const got = findQuantities(c.input);
  const expected = joinedSpans(c);
  const byValue = expected.every((e) => got.some((m) => sameValue(m, e)));
  const used = new Set<QuantityMention>();
  let allMatched = true;
  for (const e of expected) {
    const hit = got.find((m) => !used.has(m) && sameValue(m, e) && sameUnit(m, e) && sameBounds(m, e));
    if (hit) used.add(hit);
    else allMatched = false;
  }
  const extras = got.filter((m) => !used.has(m) && countsAsExtra(c, m));
  return { byValue: byValue && (expected.length > 0 || extras.length === 0), right: allMatched && extras.length === 0, got };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "  n/a").padStart(7);

function describe(e: Expected): string {
  const v = e.value !== undefined ? `${e.mean ? "~" : ""}${e.value}` : `${e.lowOpen ? "(" : "["}${e.low ?? ""},${e.high ?? ""}${e.highOpen ? ")" : "]"}`;
  return `${v} ${e.unit ?? "-"}`;
}
const show = (m: QuantityMention) => `${m.qualifier} ${m.value ?? `${m.low}..${m.high}`} ${m.unit ?? "-"}`;

function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose") || args.includes("-v");
  const dir = args.find((a) => !a.startsWith("-")) ?? path.join(import.meta.dirname, "..", "..", "shared", "peer-suites");
  const cases = loadPeerCases(dir);
  if (!cases.length) {
    console.error(`eval-peers: no peer test data found in ${dir}`);
    process.exit(2);
  }
  const rows = new Map<string, { n: number; out: number; value: number; right: number }>();
  const total = { n: 0, out: 0, value: 0, right: 0 };
  const excluded = new Map<string, number>();
  const failures: string[] = [];
  for (const c of cases) {
    const row = rows.get(c.category) ?? { n: 0, out: 0, value: 0, right: 0 };
    rows.set(c.category, row);
    if (c.outOfScope) {
      row.out++;
      total.out++;
      excluded.set(c.outOfScope, (excluded.get(c.outOfScope) ?? 0) + 1);
      continue;
    }
    const v = judge(c);
    row.n++;
    total.n++;
    if (v.byValue) [row.value, total.value] = [row.value + 1, total.value + 1];
    if (v.right) [row.right, total.right] = [row.right + 1, total.right + 1];
    if (!v.right) failures.push(`${v.byValue ? "  unit/bounds/extra" : "  VALUE MISSED     "} [${c.category}] ${c.input.slice(0, 110)}\n      want: ${c.expected.map(describe).join("; ") || "(nothing)"}\n      got:  ${v.got.map(show).join("; ") || "(nothing)"}`);
  }
  console.log(`${"category".padEnd(26)} ${"cases".padStart(6)} ${"by value".padStart(9)} ${"fully right".padStart(12)}  out of scope`);
  for (const [name, r] of rows) console.log(`${name.padEnd(26)} ${String(r.n).padStart(6)} ${pct(r.value, r.n).padStart(9)} ${pct(r.right, r.n).padStart(12)}  ${r.out}`);
  console.log(`${"total (in scope)".padEnd(26)} ${String(total.n).padStart(6)} ${pct(total.value, total.n).padStart(9)} ${pct(total.right, total.n).padStart(12)}  ${total.out}`);
  console.log("\nout of scope, by class:");
  for (const [why, n] of [...excluded].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${why}`);
  if (verbose && failures.length) console.log(`\n${failures.join("\n")}`);
}

main();
