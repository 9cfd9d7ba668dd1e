/**
 * A tracker's current estimate, as casualty recorders give one: a low, a best and a high figure from the
 * latest reports, and how many independent sources stand behind it. The rules (ESTIMATE_RULES says them
 * in words, and the tracker page shows that text):
 * 1. Latest reports: each source's most recent report, if its date is within ESTIMATE_WINDOW_DAYS of the
 *    newest report of the tracker. A source is the speaker, else the outlet: outlets quoting one
 *    spokesman are one source.
 * 2. Each report has a central figure (its stated number; the middle of a range or of vague bounds) and
 *    its finite bounds: "about" widened by its tolerance, "nearly" reaching 10% below (see intervals.ts).
 * 3. Low is the smallest finite lower bound (a report open below contributes its central figure); high is
 *    the largest finite upper bound (a report open above, such as "at least", contributes its central
 *    figure); best is the median of the central figures.
 * 4. Cumulative trackers: a total cannot fall, so low, best and high are raised to at least the largest
 *    lower bound any earlier report set.
 */
import { intervalOf } from "./intervals";
import type { TrackedReport, TrackerKind } from "./conflicts";

export const ESTIMATE_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export const ESTIMATE_RULES = [
  `Only the latest report of each source counts, and only if it is dated within ${ESTIMATE_WINDOW_DAYS} days of the newest report. A source is the speaker, or the outlet when no one is named: outlets quoting one spokesman are one source.`,
  "Low is the smallest lower bound among those reports and high the largest upper bound (“about” widened by 10%, “nearly” reaching 10% below; a report with no upper limit, such as “at least”, counts with its own figure).",
  "Best is the median of the reports’ figures (the middle of a range).",
  "For a running total (cumulative), the estimate never falls below what an earlier report established.",
] as const;

export interface CurrentEstimate {
  low: number;
  best: number;
  high: number;
  /** distinct sources behind the latest reports */
  sources: number;
  /** the reports the estimate was made from */
  claimIds: number[];
  asOf: Date;
}

function central(r: TrackedReport): number | null {
  if (r.value != null) return r.value;
  if (r.low != null && r.high != null) return (r.low + r.high) / 2;
  return r.low ?? r.high;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The estimate from a tracker's reports; null when no report has a number. */
export function currentEstimate(reports: TrackedReport[], kind: TrackerKind): CurrentEstimate | null {
  const numeric = reports.filter((r) => central(r) != null && intervalOf(r));
  if (numeric.length === 0) return null;
  const newest = Math.max(...numeric.map((r) => r.date.getTime()));
  const latestBySource = new Map<string, TrackedReport>();
  for (const r of numeric) {
    const held = latestBySource.get(r.source);
    if (!held || r.date > held.date || (r.date.getTime() === held.date.getTime() && r.claimId > held.claimId)) latestBySource.set(r.source, r);
  }
  const latest = [...latestBySource.values()].filter((r) => newest - r.date.getTime() <= ESTIMATE_WINDOW_DAYS * DAY_MS);
  const centrals = latest.map((r) => central(r)!);
  let low = Math.min(...latest.map((r) => finiteOr(intervalOf(r)!.low, central(r)!)));
  let high = Math.max(...latest.map((r) => finiteOr(intervalOf(r)!.high, central(r)!)));
  let best = median(centrals);
  if (kind === "cumulative") {
    const earliest = Math.min(...latest.map((r) => r.date.getTime()));
    const floors = numeric.filter((r) => r.date.getTime() < earliest).map((r) => intervalOf(r)!.low).filter(Number.isFinite);
    const floor = floors.length ? Math.max(...floors) : -Infinity;
    low = Math.max(low, floor);
    best = Math.max(best, low);
    high = Math.max(high, best);
  }
  return { low, best, high, sources: latest.length, claimIds: latest.map((r) => r.claimId).sort((a, b) => a - b), asOf: new Date(newest) };
}

const finiteOr = (n: number, fallback: number) => (Number.isFinite(n) ? n : fallback);
