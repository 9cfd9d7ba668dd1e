/**
 * A tracker's reports as marks on a timeline chart: where each report stands (the date its figure refers
 * to, the figure) and how it is drawn from its interval (see intervals.ts):
 * - point: an exact figure;
 * - bar: a range, "about" (widened by its tolerance) or a vague figure (the parser's bounds);
 * - arrow_up: "at least" / "more than", an open arrow from the figure upwards;
 * - capped: "nearly" / "at most" / "less than", a bar ending in a cap at the figure (from the reach of
 *   "nearly", or from the bottom of the chart for "at most"/"less than").
 */
import { formatFigure } from "./figure";
import { intervalOf } from "./intervals";
import type { TrackedReport } from "./conflicts";

export type MarkShape = "point" | "bar" | "arrow_up" | "capped";

export interface TimelineMark {
  claimId: number;
  /** the figure date, ms since the epoch */
  x: number;
  /** where the mark is anchored: the stated figure, or the middle of a range */
  y: number;
  /** finite ends of the mark; null where the interval is open-ended */
  low: number | null;
  high: number | null;
  lowOpen: boolean;
  highOpen: boolean;
  shape: MarkShape;
  source: string;
  colour: string;
  /** the figure as the report words it: "nearly 20,000 civilians" */
  figure: string;
}

/** Colours told apart by people with the common colour-vision deficiencies (Okabe–Ito), darkened for contrast. */
export const SOURCE_COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56b4e9", "#000000", "#6b4c9a"];

export function shapeOf(qualifier: string | null): MarkShape {
  switch (qualifier) {
    case "at_least":
    case "more_than":
      return "arrow_up";
    case "nearly":
    case "at_most":
    case "less_than":
      return "capped";
    case "approximately":
    case "range":
    case "vague":
      return "bar";
    default:
      return "point";
  }
}

/** Each source's colour, in the order sources first report. */
export function sourceColours(reports: Pick<TrackedReport, "source">[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const r of reports) if (!colours.has(r.source)) colours.set(r.source, SOURCE_COLOURS[colours.size % SOURCE_COLOURS.length]);
  return colours;
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);

/** The marks of a tracker's reports; reports without a number are left out. */
export function timelineMarks(reports: TrackedReport[]): TimelineMark[] {
  const colours = sourceColours(reports);
  const marks: TimelineMark[] = [];
  for (const r of reports) {
    const interval = intervalOf(r);
    if (!interval || (!Number.isFinite(interval.low) && !Number.isFinite(interval.high))) continue;
    const y = r.value ?? (Number.isFinite(interval.low) && Number.isFinite(interval.high) ? (interval.low + interval.high) / 2 : finite(interval.low) ?? interval.high);
    marks.push({
      claimId: r.claimId,
      x: r.date.getTime(),
      y,
      low: finite(interval.low),
      high: finite(interval.high),
      lowOpen: interval.lowOpen,
      highOpen: interval.highOpen,
      shape: shapeOf(r.qualifier),
      source: r.source,
      colour: colours.get(r.source)!,
      figure: formatFigure(r) ?? String(y),
    });
  }
  return marks;
}

/** The figure axis: from zero (or the lowest finite end, if negative) to a little above the highest finite end. */
export function figureDomain(marks: TimelineMark[]): [number, number] {
  const ends = marks.flatMap((m) => [m.low, m.high, m.y]).filter((n): n is number => n != null);
  if (ends.length === 0) return [0, 1];
  const low = Math.min(0, ...ends);
  const high = Math.max(...ends);
  return [low, high === low ? low + 1 : high * 1.15];
}
