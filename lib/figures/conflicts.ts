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

/**
 * Every pair of reports that cannot both hold, oldest first. Reports without a number are left out first; in
 * a level tracker only reports of the same window can conflict, so each is compared with the reports of its
 * window only (the reports are in date order), not with every later one.
 */
export function findConflicts(reports: TrackedReport[], kind: TrackerKind): FigureConflict[] {
  const sorted = reports.filter((r) => intervalOfReport(r) !== null).sort((p, q) => p.date.getTime() - q.date.getTime() || p.claimId - q.claimId);
  const out: FigureConflict[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (kind !== "cumulative" && !inSameWindow(sorted[i].date, sorted[j].date)) break;
      const conflict = conflictBetween(sorted[i], sorted[j], kind);
      if (conflict) out.push(conflict);
    }
  }
  return out;
}
