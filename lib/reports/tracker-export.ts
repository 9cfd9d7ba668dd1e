/**
 * A tracker as data for the API and its downloads: its reports with the interval each allows (infinite
 * ends as null), its conflicts by claim id, and its current estimate. Pure.
 */
import { stringify } from "csv-stringify/sync";
import { formatFigure } from "@/lib/figures/figure";
import { intervalOf } from "@/lib/figures/intervals";
import type { FigureConflict, TrackedReport } from "@/lib/figures/conflicts";
import type { CurrentEstimate } from "@/lib/figures/estimate";
import { neutralizeCell } from "./spreadsheet-safe";

export interface ExportableReport extends TrackedReport {
  statement: string;
  dateFrom: string;
  speakerName: string | null;
  article: { id: number; title: string; outlet: string; url: string | null } | null;
}

export interface ExportableTracker {
  id: number;
  description: string;
  unit: string;
  kind: string;
  createdAt: Date;
  updatedAt: Date;
  reports: ExportableReport[];
  conflicts: FigureConflict[];
  estimate: CurrentEstimate | null;
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);
const day = (d: Date) => d.toISOString().slice(0, 10);

export function reportJson(r: ExportableReport) {
  const i = intervalOf(r);
  return {
    claimId: r.claimId,
    date: day(r.date),
    dateFrom: r.dateFrom,
    source: r.source,
    figure: formatFigure(r),
    qualifier: r.qualifier,
    value: r.value,
    low: r.low,
    high: r.high,
    unit: r.unit,
    interval: i ? { low: finite(i.low), high: finite(i.high), lowOpen: i.lowOpen, highOpen: i.highOpen } : null,
    statement: r.statement,
    speaker: r.speakerName,
    article: r.article,
  };
}

export function conflictJson(c: FigureConflict) {
  return { kind: c.kind, firstClaimId: c.first.claimId, secondClaimId: c.second.claimId, reason: c.reason };
}

export function trackerJson(t: ExportableTracker) {
  return {
    id: t.id,
    description: t.description,
    unit: t.unit,
    kind: t.kind,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    estimate: t.estimate ? { ...t.estimate, asOf: day(t.estimate.asOf) } : null,
    reports: t.reports.map(reportJson),
    conflicts: t.conflicts.map(conflictJson),
  };
}

export const TRACKER_CSV_COLUMNS = [
  "claim_id", "date", "date_from", "source", "figure", "qualifier", "value", "low", "high", "unit",
  "interval_low", "interval_high", "statement", "speaker", "outlet", "article_url", "conflicts_with",
] as const;

/** One row per report; `conflicts_with` lists the claims it cannot hold together with. */
export function trackerCsv(t: ExportableTracker): string {
  const partners = new Map<number, number[]>();
  for (const c of t.conflicts) {
    partners.set(c.first.claimId, [...(partners.get(c.first.claimId) ?? []), c.second.claimId]);
    partners.set(c.second.claimId, [...(partners.get(c.second.claimId) ?? []), c.first.claimId]);
  }
  const rows = t.reports.map((r) => {
    const j = reportJson(r);
    return [
      j.claimId, j.date, j.dateFrom, j.source, j.figure, j.qualifier, j.value, j.low, j.high, j.unit,
      j.interval?.low ?? null, j.interval?.high ?? null, j.statement, j.speaker, r.article?.outlet ?? null, r.article?.url ?? null,
      (partners.get(r.claimId) ?? []).join(" "),
    ].map(neutralizeCell);
  });
  return stringify([[...TRACKER_CSV_COLUMNS], ...rows]);
}
