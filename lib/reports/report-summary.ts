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
  return countOverTimeFrom(dates.map((date) => ({ date, count: 1 })));
}

/** The same from counts already made (e.g. per day by the database). */
export function countOverTimeFrom(entries: readonly { date: Date; count: number }[]): ReportSummary["overTime"] {
  if (entries.length === 0) return { unit: "week", periods: [] };
  // reduce, not Math.min(...times): a spread of a hundred thousand arguments overflows the stack
  const first = new Date(entries.reduce((min, e) => Math.min(min, e.date.getTime()), Infinity));
  const last = new Date(entries.reduce((max, e) => Math.max(max, e.date.getTime()), -Infinity));
  const weeks = (weekStart(last).getTime() - weekStart(first).getTime()) / (7 * DAY_MS) + 1;
  const unit = weeks <= MAX_WEEKS ? "week" : "month";
  const start = unit === "week" ? weekStart : monthStart;
  const step = unit === "week" ? (d: Date) => new Date(d.getTime() + 7 * DAY_MS) : nextMonth;
  const counts = new Map<number, number>();
  for (const { date, count } of entries) counts.set(start(date).getTime(), (counts.get(start(date).getTime()) ?? 0) + count);
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

/** What the summary is made of, as a database's aggregates give it (or as counted from claims in memory). */
export interface ReportCounts {
  verdicts: number;
  articles: number;
  speakers: number;
  unattributed: number;
  withFigure: number;
  corrections: number;
  byRating: { name: string; colour: string; reviewValue: number | null; count: number }[];
  /** the speakers with most verdicts (at least the top ten) */
  bySpeaker: SpeakerCount[];
  /** verdicts per publication day (or per any finer period) */
  published: { date: Date; count: number }[];
}

/**
 * The report's figures. `ratingOrder` is the scale's names in display order, so the bars follow the scale
 * rather than the counts; ratings missing from it (retired ones) come after, by name.
 */
export function summarizeCounts(counts: ReportCounts, ratingOrder: readonly string[] = []): ReportSummary {
  const position = (name: string) => {
    const index = ratingOrder.indexOf(name);
    return index < 0 ? ratingOrder.length : index;
  };
  const falseOrMostlyFalse = counts.byRating.filter((r) => r.reviewValue != null && r.reviewValue <= 2).reduce((sum, r) => sum + r.count, 0);
  return {
    verdicts: counts.verdicts,
    articles: counts.articles,
    speakers: counts.speakers,
    unattributed: counts.unattributed,
    withFigure: counts.withFigure,
    corrections: counts.corrections,
    falseOrMostlyFalse,
    falseShare: counts.verdicts ? falseOrMostlyFalse / counts.verdicts : null,
    byRating: counts.byRating
      .filter((r) => r.count > 0)
      .map(({ name, colour, count }) => ({ name, colour, count }))
      .sort((a, b) => position(a.name) - position(b.name) || a.name.localeCompare(b.name)),
    topSpeakers: [...counts.bySpeaker].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, TOP_SPEAKERS),
    overTime: countOverTimeFrom(counts.published),
  };
}

/** The figures of claims held in memory (small selections and tests); the report itself counts in the database. */
export function summarizeReport(claims: readonly SummaryClaim[], ratingOrder: readonly string[] = []): ReportSummary {
  const ratings = new Map<string, ReportCounts["byRating"][number]>();
  const speakers = new Map<string, SpeakerCount>();
  const articles = new Set<number>();
  let corrections = 0;
  let withFigure = 0;
  for (const claim of claims) {
    if (claim.article) articles.add(claim.article.id);
    corrections += claim.corrections.length;
    if (claim.value != null || claim.low != null || claim.high != null) withFigure++;
    if (claim.rating) {
      const entry = ratings.get(claim.rating.name) ?? { ...claim.rating, count: 0 };
      entry.count++;
      ratings.set(claim.rating.name, entry);
    }
    if (claim.speaker) {
      // One person and an organisation may share a name; they are different speakers.
      const key = `${claim.speaker.kind}:${claim.speaker.name}`;
      const entry = speakers.get(key) ?? { name: claim.speaker.name, count: 0 };
      entry.count++;
      speakers.set(key, entry);
    }
  }
  return summarizeCounts(
    {
      verdicts: claims.length,
      articles: articles.size,
      speakers: speakers.size,
      unattributed: claims.filter((c) => !c.speaker).length,
      withFigure,
      corrections,
      byRating: [...ratings.values()],
      bySpeaker: [...speakers.values()],
      published: claims.flatMap((c) => (c.publishedAt ? [{ date: c.publishedAt, count: 1 }] : [])),
    },
    ratingOrder,
  );
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
