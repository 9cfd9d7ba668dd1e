/**
 * The verified-claims report in figures: the summary cards and the series behind its charts, computed from
 * the report's claims so the page, the print and the PDF always agree.
 */

/** What the summary reads of one claim with a published verdict. */
export interface SummaryClaim {
  publishedAt: Date | null;
  value: number | null;
  low: number | null;
  high: number | null;
  rating: { name: string; colour: string; reviewValue: number | null } | null;
  speaker: { name: string; kind: string } | null;
  article: { id: number } | null;
  corrections: readonly unknown[];
}

export interface RatingCount { name: string; colour: string; count: number }
export interface SpeakerCount { name: string; count: number }
export interface PeriodCount { key: string; label: string; count: number }

export interface ReportSummary {
  verdicts: number;
  articles: number;
  speakers: number;
  /** verdicts whose claim has no named speaker */
  unattributed: number;
  withFigure: number;
  corrections: number;
  /** verdicts rated false or mostly false (ClaimReview values 1 and 2) */
  falseOrMostlyFalse: number;
  /** that count as a share of all verdicts, 0–1; null when there are none */
  falseShare: number | null;
  byRating: RatingCount[];
  /** the ten speakers with most verdicts */
  topSpeakers: SpeakerCount[];
  overTime: { unit: "week" | "month"; periods: PeriodCount[] };
}

export const TOP_SPEAKERS = 10;
/** Up to this many weeks the timeline counts per week; longer selections count per month. */
const MAX_WEEKS = 16;
const DAY_MS = 24 * 60 * 60 * 1000;

const dayLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** Monday 00:00 UTC of the week holding `date`. */
export function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
}

const monthStart = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
const nextMonth = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));

/** Published verdicts per week or month, with the empty periods in between so the timeline is honest. */
export function countOverTime(dates: Date[]): ReportSummary["overTime"] {
  if (dates.length === 0) return { unit: "week", periods: [] };
  const times = dates.map((d) => d.getTime());
  const first = new Date(Math.min(...times));
  const last = new Date(Math.max(...times));
  const weeks = (weekStart(last).getTime() - weekStart(first).getTime()) / (7 * DAY_MS) + 1;
  const unit = weeks <= MAX_WEEKS ? "week" : "month";
  const start = unit === "week" ? weekStart : monthStart;
  const step = unit === "week" ? (d: Date) => new Date(d.getTime() + 7 * DAY_MS) : nextMonth;
  const counts = new Map<number, number>();
  for (const date of dates) counts.set(start(date).getTime(), (counts.get(start(date).getTime()) ?? 0) + 1);
  const periods: PeriodCount[] = [];
  for (let at = start(first); at.getTime() <= last.getTime(); at = step(at)) {
    periods.push({
      key: at.toISOString().slice(0, unit === "week" ? 10 : 7),
      label: unit === "week" ? `Week of ${dayLabel.format(at)}` : monthLabel.format(at),
      count: counts.get(at.getTime()) ?? 0,
    });
  }
  return { unit, periods };
}

/**
 * The report's figures. `ratingOrder` is the scale's names in display order, so the bars follow the scale
 * rather than the counts; ratings missing from it (retired ones) come after, by name.
 */
export function summarizeReport(claims: readonly SummaryClaim[], ratingOrder: readonly string[] = []): ReportSummary {
  const ratings = new Map<string, RatingCount>();
  const speakers = new Map<string, SpeakerCount>();
  const articles = new Set<number>();
  let corrections = 0;
  let falseOrMostlyFalse = 0;
  let withFigure = 0;
  for (const claim of claims) {
    if (claim.article) articles.add(claim.article.id);
    corrections += claim.corrections.length;
    if (claim.value != null || claim.low != null || claim.high != null) withFigure++;
    if (claim.rating) {
      const entry = ratings.get(claim.rating.name) ?? { name: claim.rating.name, colour: claim.rating.colour, count: 0 };
      entry.count++;
      ratings.set(claim.rating.name, entry);
      if (claim.rating.reviewValue != null && claim.rating.reviewValue <= 2) falseOrMostlyFalse++;
    }
    if (claim.speaker) {
      // One person and an organisation may share a name; they are different speakers.
      const key = `${claim.speaker.kind}:${claim.speaker.name}`;
      const entry = speakers.get(key) ?? { name: claim.speaker.name, count: 0 };
      entry.count++;
      speakers.set(key, entry);
    }
  }
  const position = (name: string) => {
    const index = ratingOrder.indexOf(name);
    return index < 0 ? ratingOrder.length : index;
  };
  return {
    verdicts: claims.length,
    articles: articles.size,
    speakers: speakers.size,
    unattributed: claims.filter((c) => !c.speaker).length,
    withFigure,
    corrections,
    falseOrMostlyFalse,
    falseShare: claims.length ? falseOrMostlyFalse / claims.length : null,
    byRating: [...ratings.values()].sort((a, b) => position(a.name) - position(b.name) || a.name.localeCompare(b.name)),
    topSpeakers: [...speakers.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, TOP_SPEAKERS),
    overTime: countOverTime(claims.flatMap((c) => (c.publishedAt ? [c.publishedAt] : []))),
  };
}

/** A share as a whole percentage, "–" when there is nothing to share. */
export const formatShare = (share: number | null) => (share == null ? "–" : `${Math.round(share * 100)}%`);

export interface FilterDescription {
  from?: Date;
  to?: Date;
  article?: string;
  speaker?: string;
  rating?: string;
  assignee?: string;
}

/** The report's selection in words, one phrase per filter: what the page, the print and the PDF say they show. */
export function describeReportFilter(filter: FilterDescription): string[] {
  const parts: string[] = [];
  if (filter.from || filter.to)
    parts.push(["Published", filter.from && `from ${dayLabel.format(filter.from)}`, filter.to && `to ${dayLabel.format(filter.to)}`].filter(Boolean).join(" "));
  if (filter.article) parts.push(`Article: ${filter.article}`);
  if (filter.speaker) parts.push(`Speaker: ${filter.speaker}`);
  if (filter.rating) parts.push(`Rating: ${filter.rating}`);
  if (filter.assignee) parts.push(`Assigned to: ${filter.assignee}`);
  return parts;
}
