/**
 * Evaluates the claim extractor against hand-labelled articles.
 *
 *   npm run eval:extract [-- <corpus dir>] [-- --verbose]
 *
 * Every `<name>.txt` in the directory with a `<name>.json` beside it is an article. The JSON has
 * `claims` (numeric claims), `other_claims` (non-numeric claims) and `neutral` (numbers that are not
 * claims). Prints recall/precision of numeric claims, speaker, attribution and unit accuracy and throughput.
 * Unit accuracy: the share of matched numeric labels whose extracted unit equals the label's, both
 * lower-cased and singular ("Civilians" → "civilian"), a missing unit only equal to a missing one, and
 * both named through the product's unit canonicaliser (`lib/figures/unit.ts`, the one trackers and claim
 * matching compare units with): spellings of one unit are one ("kilometre" = "kilometer", "metric ton" =
 * "tonne"), but different units stay apart ("ton" ≠ "tonne", "dollar" ≠ "hk dollar").
 * Always exits 0 (it is a report) unless the corpus cannot be read.
 */
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type ExtractedClaim, extractClaims } from "../lib/extraction/extract";
import { singularize } from "../lib/extraction/quantity/lexicon";
import { canonicalUnit } from "../lib/figures/unit";
import { parseQuantity } from "../lib/extraction/quantity/parser";
import { sameLabelNumber } from "./eval-label-number";

interface NumericLabel {
  sentence: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string | null;
  speaker: string | null;
  attribution: string;
}
interface OtherLabel { sentence: string; speaker: string | null; attribution: string }
interface NeutralLabel { sentence: string; text: string }
interface Labels { claims?: NumericLabel[]; other_claims?: OtherLabel[]; neutral?: NeutralLabel[] }

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
const normSpeaker = (s: string | null | undefined) =>
  s ? s.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim() : "";

function matchesLabel(c: ExtractedClaim, l: NumericLabel): boolean {
  const q = c.quantity;
  if (!q || q.qualifier !== l.qualifier) return false;
  if (l.qualifier === "range") return sameLabelNumber(q.low, l.low) && sameLabelNumber(q.high, l.high);
  if (l.qualifier === "vague") return (q.unit ?? null) === (l.unit ?? null);
  return sameLabelNumber(q.value, l.value);
}

function neutralNumbers(text: string): Set<number> {
  const out = new Set<number>();
  const q = parseQuantity(text);
  for (const v of [q?.value, q?.low, q?.high]) if (typeof v === "number") out.add(v);
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.add(Number(m[0].replace(/,/g, "")));
  return out;
}

function matchesNeutral(c: ExtractedClaim, n: NeutralLabel): boolean {
  const q = c.quantity;
  if (!q) return false;
  const values = neutralNumbers(n.text);
  if ([q.value, q.low, q.high].some((v) => typeof v === "number" && values.has(v))) return true;
  const p = parseQuantity(n.text);
  return !!p && p.qualifier === q.qualifier && p.unit === q.unit;
}

interface Tally { labels: number; found: number; extracted: number; fp: number; spk: number; spkOk: number; att: number; attOk: number; unitOk: number }
const empty = (): Tally => ({ labels: 0, found: 0, extracted: 0, fp: 0, spk: 0, spkOk: 0, att: 0, attOk: 0, unitOk: 0 });
const normUnit = (u: string | null | undefined) => canonicalUnit(u ? u.trim().toLowerCase().split(/\s+/).map(singularize).join(" ") : null);

function evaluate(name: string, text: string, labels: Labels, log: string[]): Tally {
  const t = empty();
  const claims = extractClaims(text);
  const numeric = claims.filter((c) => c.quantity);
  const used = new Set<ExtractedClaim>();
  const judge = (c: ExtractedClaim, speaker: string | null, attribution: string, what: string) => {
    t.spk++;
    t.att++;
    if (normSpeaker(c.speaker) === normSpeaker(speaker)) t.spkOk++;
    else log.push(`  speaker   ${what}: got ${JSON.stringify(c.speaker)}, want ${JSON.stringify(speaker)} — ${c.sentence.slice(0, 90)}`);
    if (c.attribution === attribution) t.attOk++;
    else log.push(`  attrib    ${what}: got ${c.attribution}, want ${attribution} — ${c.sentence.slice(0, 90)}`);
  };
  for (const l of labels.claims ?? []) {
    t.labels++;
    const hit = numeric.find((c) => !used.has(c) && norm(c.sentence) === norm(l.sentence) && matchesLabel(c, l));
    if (!hit) {
      const got = numeric.filter((c) => norm(c.sentence) === norm(l.sentence)).map((c) => JSON.stringify(c.quantity));
      log.push(`  MISS      ${l.qualifier} ${l.value ?? `${l.low}..${l.high}`} ${l.unit} — ${norm(l.sentence).slice(0, 100)}\n            extracted here: ${got.join(" ") || "(nothing)"}`);
      continue;
    }
    used.add(hit);
    t.found++;
    if (normUnit(hit.quantity?.unit) === normUnit(l.unit)) t.unitOk++;
    else log.push(`  unit      ${l.qualifier} ${l.value ?? `${l.low}..${l.high}`}: got ${JSON.stringify(hit.quantity?.unit)}, want ${JSON.stringify(l.unit)} — ${norm(l.sentence).slice(0, 90)}`);
    judge(hit, l.speaker, l.attribution, `${l.qualifier} ${l.value ?? l.unit}`);
  }
  for (const c of numeric) {
    t.extracted++;
    if (used.has(c)) continue;
    const neutral = (labels.neutral ?? []).some((n) => norm(n.sentence) === norm(c.sentence) && matchesNeutral(c, n));
    if (neutral) {
      t.extracted--;
      continue;
    }
    t.fp++;
    log.push(`  FALSE+    ${JSON.stringify(c.quantity)} — ${norm(c.sentence).slice(0, 100)}`);
  }
  for (const o of labels.other_claims ?? []) {
    const same = claims.filter((c) => norm(c.sentence) === norm(o.sentence));
    const c = same.find((x) => !x.quantity) ?? same[0];
    if (c) judge(c, o.speaker, o.attribution, "other");
    else log.push(`  (other claim not emitted) — ${norm(o.sentence).slice(0, 100)}`);
  }
  if (log.length) log.unshift(`${name}:`);
  return t;
}

function pct(a: number, b: number): string {
  return b === 0 ? "  n/a" : (a / b).toFixed(3);
}

function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose") || args.includes("-v");
  const dir = args.find((a) => !a.startsWith("-")) ?? path.join(__dirname, "..", "seed", "corpus");
  let articles: Array<{ name: string; text: string; labels: Labels }>;
  try {
    articles = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .flatMap((f) => {
        const base = f.slice(0, -4);
        let labels: Labels;
        try {
          labels = JSON.parse(readFileSync(path.join(dir, `${base}.json`), "utf8"));
        } catch {
          return [];
        }
        return [{ name: base, text: readFileSync(path.join(dir, f), "utf8"), labels }];
      });
  } catch (e) {
    console.error(`eval-extract: cannot read corpus ${dir}: ${(e as Error).message}`);
    process.exit(2);
  }
  if (!articles.length) {
    console.error(`eval-extract: no labelled articles (*.txt with *.json) in ${dir}`);
    process.exit(2);
  }

  const total = empty();
  const logs: string[] = [];
  console.log(`${"article".padEnd(40)} labels found  extr   FP  recall  prec  speaker attrib  unit`);
  for (const a of articles) {
    const log: string[] = [];
    const t = evaluate(a.name, a.text, a.labels, log);
    logs.push(...log);
    for (const k of Object.keys(total) as Array<keyof Tally>) total[k] += t[k];
    console.log(
      `${a.name.padEnd(40)} ${String(t.labels).padStart(6)} ${String(t.found).padStart(5)} ${String(t.extracted).padStart(5)} ${String(t.fp).padStart(4)}  ${pct(t.found, t.labels)}  ${pct(t.extracted - t.fp, t.extracted)}  ${pct(t.spkOk, t.spk)}  ${pct(t.attOk, t.att)}  ${pct(t.unitOk, t.found)}`,
    );
  }

  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);
  const started = process.hrtime.bigint();
  let processed = 0;
  let elapsed = 0;
  while (elapsed < 2) {
    for (const a of articles) extractClaims(a.text);
    processed += bytes;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }

  console.log("");
  console.log(`articles: ${articles.length}, numeric labels: ${total.labels}, numeric entries extracted: ${total.extracted} (entries matching a neutral number excluded)`);
  console.log(`numeric recall:    ${pct(total.found, total.labels)} (${total.found}/${total.labels})`);
  console.log(`numeric precision: ${pct(total.extracted - total.fp, total.extracted)} (${total.extracted - total.fp}/${total.extracted})`);
  console.log(`speaker accuracy:  ${pct(total.spkOk, total.spk)} (${total.spkOk}/${total.spk}) over matched numeric labels + other_claims whose sentence was emitted`);
  console.log(`attribution acc.:  ${pct(total.attOk, total.att)} (${total.attOk}/${total.att}) over the same set`);
  console.log(`unit accuracy:     ${pct(total.unitOk, total.found)} (${total.unitOk}/${total.found}) over matched numeric labels`);
  const load = os.loadavg()[0];
  console.log(
    `throughput:        ${(processed / 1e6 / elapsed).toFixed(2)} MB/s (${(processed / 1e6).toFixed(2)} MB in ${elapsed.toFixed(2)} s, one core; ` +
      `load average ${load.toFixed(1)} on ${os.cpus().length} CPUs${load > os.cpus().length ? ", machine busy: figure is low" : ""})`,
  );
  if (verbose && logs.length) console.log(`\n${logs.join("\n")}`);
}

main();
