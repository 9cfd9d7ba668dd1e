import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { findConflicts, type FigureConflict, type TrackedReport, type TrackerKind } from "@/lib/figures/conflicts";
import { currentEstimate } from "@/lib/figures/estimate";

/** A report of a tracked figure, with what the page and the exports show of its claim. */
export interface TrackerReport extends TrackedReport {
  statement: string;
  excerpt: string | null;
  status: string;
  speakerName: string | null;
  article: { id: number; title: string; outlet: string; url: string | null } | null;
  /** where the date came from: the claim's as-of date, its article's date, or (neither known) when it was recorded */
  dateFrom: "as_of" | "article" | "recorded";
}

const REPORT_SELECT = {
  id: true, statement: true, excerpt: true, status: true, value: true, low: true, high: true, qualifier: true, unit: true, asOf: true, createdAt: true,
  speaker: { select: { name: true } },
  article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
} as const;

type ReportRow = { claim: { id: number; statement: string; excerpt: string | null; status: string; value: number | null; low: number | null; high: number | null; qualifier: string | null; unit: string | null; asOf: Date | null; createdAt: Date; speaker: { name: string } | null; article: { id: number; title: string; outlet: string; url: string | null; publishedAt: Date | null } | null } };

function toReport({ claim }: ReportRow): TrackerReport {
  const { article, speaker } = claim;
  const date = claim.asOf ?? article?.publishedAt ?? claim.createdAt;
  return {
    claimId: claim.id,
    qualifier: claim.qualifier,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    unit: claim.unit,
    date,
    dateFrom: claim.asOf ? "as_of" : article?.publishedAt ? "article" : "recorded",
    // Outlets quoting one spokesman are one source: the speaker first, the outlet when no one is named.
    source: speaker?.name ?? article?.outlet ?? "Unattributed",
    statement: claim.statement,
    excerpt: claim.excerpt,
    status: claim.status,
    speakerName: speaker?.name ?? null,
    article: article ? { id: article.id, title: article.title, outlet: article.outlet, url: article.url } : null,
  };
}

/** The reports of some trackers, by tracker id, oldest figure date first. */
export async function loadTrackerReports(trackerIds: number[]): Promise<Map<number, TrackerReport[]>> {
  if (trackerIds.length === 0) return new Map();
  const rows = await db.trackerClaim.findMany({ where: { trackerId: { in: trackerIds } }, select: { trackerId: true, claim: { select: REPORT_SELECT } } });
  const out = new Map<number, TrackerReport[]>(trackerIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.trackerId)!.push(toReport(row));
  for (const list of out.values()) list.sort((a, b) => a.date.getTime() - b.date.getTime() || a.claimId - b.claimId);
  return out;
}

export interface TrackerConflict extends FigureConflict {
  tracker: { id: number; description: string };
}

/** A tracker with its reports, the reports that conflict, and its current estimate. */
export async function getTrackerById(actor: Actor, id: number) {
  assertCan(actor, "read");
  const tracker = await db.tracker.findUnique({ where: { id }, include: { createdBy: { select: { name: true } } } });
  if (!tracker) return null;
  const reports = (await loadTrackerReports([id])).get(id)!;
  const kind = tracker.kind as TrackerKind;
  return { ...tracker, reports, conflicts: findConflicts(reports, kind), estimate: currentEstimate(reports, kind) };
}

async function conflictsOf(trackers: { id: number; description: string; kind: string }[]): Promise<TrackerConflict[]> {
  const reports = await loadTrackerReports(trackers.map((t) => t.id));
  return trackers.flatMap((t) => findConflicts(reports.get(t.id)!, t.kind as TrackerKind).map((c) => ({ ...c, tracker: { id: t.id, description: t.description } })));
}

/** The conflicts a claim is part of, on every tracker it reports for. */
export async function listConflictsForClaim(actor: Actor, claimId: number): Promise<TrackerConflict[]> {
  assertCan(actor, "read");
  const trackers = await db.tracker.findMany({ where: { claims: { some: { claimId } } }, select: { id: true, description: true, kind: true } });
  return conflictsOfClaimOn(actor, claimId, trackers);
}

/** listConflictsForClaim when the claim's trackers are already read (the claim page reads them with the claim). */
export async function conflictsOfClaimOn(actor: Actor, claimId: number, trackers: { id: number; description: string; kind: string }[]): Promise<TrackerConflict[]> {
  assertCan(actor, "read");
  if (trackers.length === 0) return [];
  return (await conflictsOf(trackers)).filter((c) => c.first.claimId === claimId || c.second.claimId === claimId);
}

/** The trackers a claim reports for. */
export async function listTrackersForClaim(actor: Actor, claimId: number) {
  assertCan(actor, "read");
  return db.tracker.findMany({ where: { claims: { some: { claimId } } }, select: { id: true, description: true, unit: true, kind: true }, orderBy: { id: "asc" } });
}

/** Figures in conflict across the most recently changed trackers, for the dashboard. */
export async function listFigureConflicts(actor: Actor, trackerLimit = 50): Promise<TrackerConflict[]> {
  assertCan(actor, "read");
  const trackers = await db.tracker.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: trackerLimit, select: { id: true, description: true, kind: true } });
  return conflictsOf(trackers);
}
