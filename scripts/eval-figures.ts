/**
 * Measures the figures features on labelled data written for the purpose:
 * - claim matching ("checked before?") on seed/corpus/claim-pairs.json: precision and recall of the
 *   "same claim" tier (label same_claim) and of the "related" tier (a match of either tier, for labels
 *   same_claim or same_figure), and a sweep of thresholds, from which the constants in lib/figures/matching.ts were chosen;
 * - tracker suggestions on the seed story (seed/baghouz-story.ts) plus every other claim of a tracker's unit
 *   in claim-pairs.json: accuracy of "offer this tracker" decisions, each claim tested against the
 *   tracker's other reports;
 * - conflict detection on seed/corpus/figure-conflicts.json and the seed story's labelled conflicts.
 * Usage: npm run eval:figures
 */
import fs from "node:fs";
import path from "node:path";
import { idfOf, matchScores, tierOf, SAME_CLAIM_THRESHOLD, RELATED_THRESHOLD, MIN_WORDS_TO_LINK, type MatchableClaim } from "../lib/figures/matching";
import { textTerms, wordCount } from "../lib/figures/text-terms";
import { trackerFit } from "../lib/figures/tracker-fit";
import { conflictBetween, type TrackedReport } from "../lib/figures/conflicts";
import { STORY_ARTICLES, STORY_TRACKERS } from "../seed/baghouz-story";

const corpus = path.join(import.meta.dirname, "..", "seed", "corpus");
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(corpus, file), "utf8"));
const pct = (n: number) => (Number.isNaN(n) ? "n/a" : n.toFixed(2));

type Label = "same_claim" | "same_figure" | "unrelated";
const { claims, pairs } = read<{ claims: (Omit<MatchableClaim, "id"> & { id: string })[]; pairs: { a: string; b: string; label: Label }[] }>("claim-pairs.json");
const byId = new Map(claims.map((c, i) => [c.id, { ...c, id: i + 1 } as MatchableClaim]));
const vectors = claims.map((c) => {
  const v = new Map<string, number>();
  for (const t of textTerms(c.text)) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
});
const idf = idfOf(vectors);
const scored = pairs.map((p) => {
  const a = byId.get(p.a)!;
  const b = byId.get(p.b)!;
  return { ...p, a, b, score: matchScores(a, b, idf) };
});

function precisionRecall(predicted: (s: (typeof scored)[number]) => boolean, truth: (label: Label) => boolean) {
  const tp = scored.filter((s) => predicted(s) && truth(s.label)).length;
  const fp = scored.filter((s) => predicted(s) && !truth(s.label)).length;
  const fn = scored.filter((s) => !predicted(s) && truth(s.label)).length;
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn };
}

console.log(`Claim matching: ${pairs.length} labelled pairs (${claims.length} claims); same claim ≥ ${SAME_CLAIM_THRESHOLD}, related ≥ ${RELATED_THRESHOLD}, at least ${MIN_WORDS_TO_LINK} words to link`);
const same = precisionRecall((s) => tierOf(s.score, s.a, s.b) === "same_claim", (l) => l === "same_claim");
const related = precisionRecall((s) => tierOf(s.score, s.a, s.b) !== null, (l) => l !== "unrelated");
console.log(`  same claim: precision ${pct(same.precision)}, recall ${pct(same.recall)} (tp ${same.tp}, fp ${same.fp}, fn ${same.fn})   target ≥ 0.90 / ≥ 0.80`);
console.log(`  related:    precision ${pct(related.precision)}, recall ${pct(related.recall)} (tp ${related.tp}, fp ${related.fp}, fn ${related.fn})`);
const shortLinked = scored.filter((s) => (wordCount(s.a.text) < MIN_WORDS_TO_LINK || wordCount(s.b.text) < MIN_WORDS_TO_LINK) && tierOf(s.score, s.a, s.b) === "same_claim").length;
console.log(`  short claims offered as "same claim": ${shortLinked}`);
if (process.argv.includes("--sweep")) {
  console.log("  threshold sweep (same claim | related):");
  for (let t = 0.3; t <= 0.85; t += 0.05) {
    const s = precisionRecall((x) => x.score.same >= t && wordCount(x.a.text) >= MIN_WORDS_TO_LINK && wordCount(x.b.text) >= MIN_WORDS_TO_LINK, (l) => l === "same_claim");
    const r = precisionRecall((x) => x.score.related >= t, (l) => l !== "unrelated");
    console.log(`    ${t.toFixed(2)}: P ${pct(s.precision)} R ${pct(s.recall)} | P ${pct(r.precision)} R ${pct(r.recall)}`);
  }
}
if (process.argv.includes("--verbose"))
  for (const s of scored) console.log(`    ${s.score.same.toFixed(2)}/${s.score.related.toFixed(2)} ${s.label.padEnd(11)} ${tierOf(s.score, s.a, s.b) ?? "-"}  ${s.a.text.slice(0, 50)} | ${s.b.text.slice(0, 50)}`);

// Tracker suggestions.
type StoryReport = { key: keyof typeof STORY_TRACKERS; text: string; unit: string; date: Date };
const story: StoryReport[] = STORY_ARTICLES.flatMap((a) => a.claims.map((c) => ({ key: c.tracker, text: c.sentence, unit: c.unit, date: new Date(`${c.asOf}T00:00:00Z`) })));
/** Claims of the pairs file that report a story tracker's figure (the others of its unit do not). */
const BELONGS: Record<keyof typeof STORY_TRACKERS, string[]> = { civilians: ["t1a", "t1b"], trucks: ["t2a", "t2b", "t2c", "s1", "s2"] };
const distractors = claims.filter((c) => c.unit === "civilian" || c.unit === "truck").map((c) => ({ id: c.id, text: c.text, unit: c.unit!, date: new Date("2019-02-21T00:00:00Z") }));
let correct = 0;
let total = 0;
const misses: string[] = [];
for (const key of Object.keys(STORY_TRACKERS) as (keyof typeof STORY_TRACKERS)[]) {
  const t = STORY_TRACKERS[key];
  for (const [i, claim] of story.entries()) {
    const reports = story.filter((r, j) => r.key === key && j !== i);
    const fits = trackerFit({ ...t, reports }, claim).fits;
    const truth = claim.key === key;
    total++;
    if (fits === truth) correct++;
    else misses.push(`${key}: ${truth ? "missed" : "wrongly offered"} “${claim.text.slice(0, 60)}…”`);
  }
  for (const d of distractors) {
    const truth = BELONGS[key].includes(d.id);
    const fits = trackerFit({ ...t, reports: story.filter((r) => r.key === key) }, d).fits;
    total++;
    if (fits === truth) correct++;
    else misses.push(`${key}: ${truth ? "missed" : "wrongly offered"} “${d.text.slice(0, 60)}…”`);
  }
}
console.log(`\nTracker suggestions: accuracy ${pct(correct / total)} (${correct} of ${total} decisions)`);
for (const m of misses) console.log(`  ${m}`);

// Conflicts.
type Case = { kind: "cumulative" | "level"; conflict: boolean; why: string; a: Record<string, unknown>; b: Record<string, unknown> };
const { cases } = read<{ cases: Case[] }>("figure-conflicts.json");
const report = (r: Record<string, unknown>, id: number): TrackedReport => ({
  claimId: id, unit: "x", source: `s${id}`, date: new Date(`${r.date}T00:00:00Z`), qualifier: (r.qualifier as string) ?? null,
  value: (r.value as number) ?? null, low: (r.low as number) ?? (["exact", "approximately", "at_least", "more_than"].includes(r.qualifier as string) ? (r.value as number) : null),
  high: (r.high as number) ?? (["exact", "approximately", "nearly", "at_most", "less_than"].includes(r.qualifier as string) ? (r.value as number) : null),
});
let tp = 0, fp = 0, fn = 0;
const wrong: string[] = [];
for (const c of cases) {
  const found = conflictBetween(report(c.a, 1), report(c.b, 2), c.kind) !== null;
  if (found && c.conflict) tp++;
  if (found && !c.conflict) { fp++; wrong.push(`false conflict: ${c.why}`); }
  if (!found && c.conflict) { fn++; wrong.push(`missed: ${c.why}`); }
}
console.log(`\nConflict detection: ${cases.length} labelled pairs, ${cases.filter((c) => c.conflict).length} conflicts: precision ${pct(tp / (tp + fp))}, recall ${pct(tp / (tp + fn))} (false conflicts ${fp}, missed ${fn})`);
for (const w of wrong) console.log(`  ${w}`);
