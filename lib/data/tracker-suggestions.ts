import "server-only";
import { unitSpellings } from "@/lib/figures/unit";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { trackerFit } from "@/lib/figures/tracker-fit";
import { recordAudit } from "./audit";
import { loadTrackerReports } from "./tracker-reports";

/** Trackers that a claim's figure looks like another report of (same unit, key terms, dates), best first. */
export async function suggestTrackersForClaim(actor: Actor, claimId: number) {
  assertCan(actor, "read");
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { unit: true, value: true, low: true, high: true, statement: true, excerpt: true, asOf: true, createdAt: true, article: { select: { publishedAt: true } } },
  });
  if (!claim) throw notFound("That claim");
  return suggestTrackersFor(actor, { ...claim, id: claimId, articlePublishedAt: claim.article?.publishedAt ?? null });
}

/** What suggestTrackersForClaim reads of the claim. */
export interface ClaimForTrackers {
  id: number;
  unit: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  statement: string;
  excerpt: string | null;
  asOf: Date | null;
  createdAt: Date;
  articlePublishedAt: Date | null;
}

/** suggestTrackersForClaim for a claim already read (the claim page reads it with everything else it shows). */
export async function suggestTrackersFor(actor: Actor, claim: ClaimForTrackers) {
  assertCan(actor, "read");
  const claimId = claim.id;
  if (!claim.unit || (claim.value == null && claim.low == null && claim.high == null)) return [];
  const trackers = await db.tracker.findMany({
    where: { unit: { in: unitSpellings(claim.unit) }, claims: { none: { claimId } }, dismissals: { none: { claimId } } },
    select: { id: true, description: true, unit: true, kind: true },
    take: 200,
  });
  if (trackers.length === 0) return [];
  const reports = await loadTrackerReports(trackers.map((t) => t.id));
  const date = claim.asOf ?? claim.articlePublishedAt ?? claim.createdAt;
  const text = [claim.statement, claim.excerpt].filter(Boolean).join(" ");
  return trackers
    .map((t) => ({ tracker: t, fit: trackerFit({ ...t, reports: reports.get(t.id)!.map((r) => ({ text: [r.statement, r.excerpt].filter(Boolean).join(" "), date: r.date })) }, { unit: claim.unit, text, date }) }))
    .filter((s) => s.fit.fits)
    .sort((a, b) => b.fit.score - a.fit.score)
    .map((s) => ({ ...s.tracker, score: s.fit.score }));
}

/** Records that a claim does not report a tracker's figure, so the tracker is not offered for it again. */
export async function dismissTrackerSuggestion(actor: Actor, trackerId: number, claimId: number) {
  assertCan(actor, "tracker.manage");
  return db.$transaction(async (tx) => {
    const tracker = await tx.tracker.findUnique({ where: { id: trackerId }, select: { description: true } });
    if (!tracker) throw notFound("That tracker");
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw notFound("That claim");
    if (await tx.trackerDismissal.findUnique({ where: { trackerId_claimId: { trackerId, claimId } } })) throw new AppError("conflict", "That suggestion was already dismissed.");
    const dismissal = await tx.trackerDismissal.create({ data: { trackerId, claimId, dismissedById: actor.id } });
    await recordAudit(tx, { actor, entity: "tracker", entityId: trackerId, claimId, action: "update", after: { description: tracker.description, dismissedClaimId: claimId } });
    return dismissal;
  });
}
