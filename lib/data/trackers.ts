import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { pluralize } from "@/lib/figures/figure";
import { sameUnit, unitSpellings } from "@/lib/figures/unit";
import type { TTrackerCreate } from "@/lib/validation/tracker";
import { recordAudit } from "./audit";

/** Starts a figure tracker: one quantity to follow across sources. */
export async function createTracker(actor: Actor, input: TTrackerCreate) {
  assertCan(actor, "tracker.manage");
  return db.$transaction(async (tx) => {
    const tracker = await tx.tracker.create({ data: { ...input, createdById: actor.id } });
    await recordAudit(tx, { actor, entity: "tracker", entityId: tracker.id, action: "create", after: { description: tracker.description, unit: tracker.unit, kind: tracker.kind } });
    return tracker;
  });
}

/** Trackers on one page of the list. */
export const TRACKERS_PAGE_SIZE = 25;

/**
 * One page of the trackers, most recently changed first (ties: newest first), with how many reports each holds, and
 * how many trackers there are. Pages are numbered (a tracker moves to the top when it changes, so a cursor would
 * skip or repeat it).
 */
export async function listTrackers(actor: Actor, options: { page?: number; limit?: number } = {}) {
  assertCan(actor, "read");
  const limit = Math.min(options.limit ?? TRACKERS_PAGE_SIZE, 200);
  const page = options.page ?? 1;
  const [total, trackers] = await Promise.all([
    db.tracker.count(),
    db.tracker.findMany({
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * limit,
      take: limit,
      select: { id: true, description: true, unit: true, kind: true, createdAt: true, updatedAt: true, _count: { select: { claims: true } } },
    }),
  ]);
  return { trackers, total, page, pageCount: Math.max(1, Math.ceil(total / limit)), limit };
}

async function trackerOr404(tx: Tx, id: number) {
  const tracker = await tx.tracker.findUnique({ where: { id }, select: { id: true, description: true, unit: true } });
  if (!tracker) throw notFound("That tracker");
  return tracker;
}

const invalidClaim = (message: string) => new AppError("invalid", message, { fields: { claimId: [message] } });

/** Adds a claim with a figure of the tracker's unit as a report of its figure. */
export async function addClaimToTracker(actor: Actor, trackerId: number, claimId: number) {
  assertCan(actor, "tracker.manage");
  return db.$transaction(async (tx) => {
    const tracker = await trackerOr404(tx, trackerId);
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, unit: true, value: true, low: true, high: true } });
    if (!claim) throw invalidClaim("That claim does not exist.");
    if (claim.value == null && claim.low == null && claim.high == null) throw invalidClaim("Only a claim with a figure can report a tracked figure; record the claim's figure first.");
    if (!sameUnit(claim.unit, tracker.unit))
      throw invalidClaim(`This tracker counts ${pluralize(tracker.unit)}; the claim counts ${claim.unit ? pluralize(claim.unit) : "nothing recorded"}.`);
    const existing = await tx.trackerClaim.findUnique({ where: { trackerId_claimId: { trackerId, claimId } } });
    if (existing) throw new AppError("conflict", "That claim is already on this tracker.");
    const link = await tx.trackerClaim.create({ data: { trackerId, claimId, addedById: actor.id } });
    await tx.trackerDismissal.deleteMany({ where: { trackerId, claimId } });
    await tx.tracker.update({ where: { id: trackerId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, { actor, entity: "tracker", entityId: trackerId, claimId, action: "update", after: { description: tracker.description, addedClaimId: claimId } });
    return link;
  });
}

/** Takes a claim off a tracker (the claim itself stays). */
export async function removeClaimFromTracker(actor: Actor, trackerId: number, claimId: number) {
  assertCan(actor, "tracker.manage");
  return db.$transaction(async (tx) => {
    const tracker = await trackerOr404(tx, trackerId);
    const removed = await tx.trackerClaim.deleteMany({ where: { trackerId, claimId } });
    if (removed.count === 0) throw notFound("That claim on this tracker");
    await tx.tracker.update({ where: { id: trackerId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, { actor, entity: "tracker", entityId: trackerId, claimId, action: "update", before: { description: tracker.description, removedClaimId: claimId } });
    return { trackerId, claimId };
  });
}

/** Claims with a figure of the tracker's unit that are not on it yet, newest first: what may be added. */
export async function listAddableClaims(actor: Actor, trackerId: number, take = 200) {
  assertCan(actor, "read");
  const tracker = await db.tracker.findUnique({ where: { id: trackerId }, select: { unit: true } });
  if (!tracker) throw notFound("That tracker");
  return db.claim.findMany({
    where: { unit: { in: unitSpellings(tracker.unit) }, trackers: { none: { trackerId } }, OR: [{ value: { not: null } }, { low: { not: null } }, { high: { not: null } }] },
    orderBy: { id: "desc" },
    take,
    select: { id: true, statement: true, qualifier: true, value: true, low: true, high: true, unit: true },
  });
}
