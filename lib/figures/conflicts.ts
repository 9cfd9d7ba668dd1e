/**
 * Reports of one tracked figure that cannot all be true.
 *
 * Two kinds of conflict:
 * - same window: two reports whose figure dates fall on the same UTC day (SAME_WINDOW_DAYS) and whose
 *   intervals (see intervals.ts: "about" widened by its tolerance, vague figures by the parser's bounds)
 *   have no value in common;
 * - cumulative fall: in a cumulative tracker (a death toll, people evacuated: it never goes down), a later
 *   report whose whole interval lies below an earlier report's interval.
 * Reports without a number (no interval) never conflict.
 */
import { formatFigure } from "./figure";
import { formatInterval, intervalOf, liesBelow, type Interval, type ReportedFigure } from "./intervals";

/** Reports whose figure dates are less than this many whole UTC days apart are about the same moment. */
export const SAME_WINDOW_DAYS = 1;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TrackerKind = "cumulative" | "level";

export interface TrackedReport extends ReportedFigure {
  claimId: number;
  unit: string | null;
  /** the date the figure refers to: the claim's as-of date, else its article's date */
  date: Date;
  /** who stands behind the figure: the speaker, else the outlet */
  source: string;
}

export type ConflictKind = "same_window" | "cumulative_fall";

export interface FigureConflict {
  kind: ConflictKind;
  /** for a cumulative fall, `first` is the earlier report */
  first: TrackedReport;
  second: TrackedReport;
  reason: string;
}

const day = (d: Date) => Math.floor(d.getTime() / DAY_MS);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const inSameWindow = (a: Date, b: Date) => Math.abs(day(a) - day(b)) < SAME_WINDOW_DAYS;

// A tracker's reports are compared pairwise: each report's interval and wording are worked out once.
const intervals = new WeakMap<TrackedReport, Interval | null>();
const sayings = new WeakMap<TrackedReport, string>();
const intervalOfReport = (r: TrackedReport) => (intervals.has(r) ? intervals.get(r)! : (intervals.set(r, intervalOf(r)), intervals.get(r)!));

function said(r: TrackedReport, i: Interval): string {
  let text = sayings.get(r);
  if (text === undefined) {
    const figure = formatFigure(r) ?? "a figure";
    // A point says nothing more than the figure; any other interval shows what the wording allows.
    text = `${r.source} said ${figure}${i.low === i.high ? "" : `, i.e. ${formatInterval(i)}`}`;
    sayings.set(r, text);
  }
  return text;
}

/** The conflict between two reports, or null when both can hold. */
export function conflictBetween(a: TrackedReport, b: TrackedReport, kind: TrackerKind): FigureConflict | null {
  const x = intervalOfReport(a);
  const y = intervalOfReport(b);
  if (!x || !y) return null;
  if (inSameWindow(a.date, b.date)) {
    if (!liesBelow(x, y) && !liesBelow(y, x)) return null;
    const [first, second, fi, si] = a.date <= b.date ? [a, b, x, y] : [b, a, y, x];
    return { kind: "same_window", first, second, reason: `On ${isoDay(first.date)}, ${said(first, fi)} and ${said(second, si)}: no single number fits both.` };
  }
  if (kind !== "cumulative") return null;
  const [earlier, later, ei, li] = a.date < b.date ? [a, b, x, y] : [b, a, y, x];
  if (!liesBelow(li, ei)) return null;
  return {
    kind: "cumulative_fall",
    first: earlier,
    second: later,
    reason: `A running total cannot fall: on ${isoDay(earlier.date)} ${said(earlier, ei)}, but on ${isoDay(later.date)} ${said(later, li)}.`,
  };
}

/** A tracker lists at most this many conflicts (a running total that keeps falling would otherwise pair every report). */
export const CONFLICT_LIMIT = 1000;

const lowOf = (r: TrackedReport) => intervalOfReport(r)!.low;
const highOf = (r: TrackedReport) => intervalOfReport(r)!.high;

/** Index of the first element of `list` (in ascending `key` order) whose key is not below `value`. */
function firstNotBelow<T>(list: T[], key: (item: T) => number, value: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every pair of reports that cannot both hold, oldest first (by the earlier report, then the later), at most
 * `limit` of them. Reports without a number are left out first. Each report is compared with the reports of its
 * own window (the reports are in date order); in a cumulative tracker the later reports it could have fallen
 * from are looked up by their interval's top in a list kept sorted, so only reports that lie below it are
 * visited: the work grows with the reports and the conflicts found, not with every pair.
 */
export function findConflicts(reports: TrackedReport[], kind: TrackerKind, limit = CONFLICT_LIMIT): FigureConflict[] {
  const sorted = reports.filter((r) => intervalOfReport(r) !== null).sort((p, q) => p.date.getTime() - q.date.getTime() || p.claimId - q.claimId);
  const position = new Map(sorted.map((r, i) => [r, i]));
  // Cumulative: the reports of a later window than the current one, by the top of their interval.
  const later = kind === "cumulative" ? [...sorted].sort((p, q) => highOf(p) - highOf(q)) : [];
  let laterFrom = 0;
  const out: FigureConflict[] = [];
  for (let i = 0; i < sorted.length && out.length < limit; i++) {
    const partners: number[] = [];
    let j = i + 1;
    for (; j < sorted.length && inSameWindow(sorted[i].date, sorted[j].date); j++) partners.push(j);
    if (kind === "cumulative") {
      // Reports from j on are in later windows: drop the earlier ones from the sorted list.
      for (; laterFrom < j; laterFrom++) {
        const gone = sorted[laterFrom];
        let at = firstNotBelow(later, highOf, highOf(gone));
        while (later[at] !== gone) at++;
        later.splice(at, 1);
      }
      // A later report falls below this one when its top is at or under this one's bottom (liesBelow decides the ties).
      const bottom = lowOf(sorted[i]);
      for (let k = 0; k < later.length && highOf(later[k]) <= bottom; k++) partners.push(position.get(later[k])!);
    }
    for (const partner of partners.sort((x, y) => x - y)) {
      const conflict = conflictBetween(sorted[i], sorted[partner], kind);
      if (conflict && out.push(conflict) >= limit) break;
    }
  }
  return out;
}
