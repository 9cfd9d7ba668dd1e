/** Data access for the rating scale: list, add, edit, retire and delete labels. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { diffFields, pickFields } from "@/lib/data/audit-diff";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { TRatingCreate, TRatingRef, TRatingUpdate } from "@/lib/validation/settings";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";

/** The fields an admin edits, and the ones the history shows. */
const RATING_FIELDS = ["name", "order", "colour", "description", "reviewValue", "retired"] as const;

export interface RatingListItem {
  id: number;
  name: string;
  order: number;
  colour: string;
  description: string;
  reviewValue: number | null;
  retired: boolean;
  /** how many claims carry this rating */
  claimCount: number;
}

/** The rating scale in display order; retired labels only when asked for (the settings page). */
export async function listRatings(actor: Actor, options: { includeRetired?: boolean } = {}): Promise<RatingListItem[]> {
  assertCan(actor, "read");
  const rows = await db.ratingLabel.findMany({
    where: options.includeRetired ? {} : { retired: false },
    orderBy: [{ order: "asc" }, { name: "asc" }],
    select: { id: true, name: true, order: true, colour: true, description: true, reviewValue: true, retired: true, _count: { select: { claims: true } } },
  });
  return rows.map(({ _count, ...rating }) => ({ ...rating, claimCount: _count.claims }));
}

export type RatingChoice = Omit<RatingListItem, "claimCount">;

/**
 * The rating scale in display order without how many claims carry each label: what menus and badges need.
 * Counting reads every rated claim's index entry, which a page showing 50 claims should not pay for.
 */
export async function listRatingChoices(actor: Actor, options: { includeRetired?: boolean } = {}): Promise<RatingChoice[]> {
  assertCan(actor, "read");
  // The claim list's filter asks on every view: one plain statement, not an ORM query compiled per request.
  const rows = await db.$queryRaw<RatingChoiceRow[]>`
    SELECT "id", "name", "order", "colour", "description", "reviewValue", "retired" FROM "RatingLabel"
    ${options.includeRetired ? Prisma.empty : Prisma.sql`WHERE "retired" = ${false}`}
    ORDER BY "order" ASC, "name" ASC`;
  return rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    order: Number(row.order),
    colour: row.colour,
    description: row.description,
    reviewValue: row.reviewValue === null ? null : Number(row.reviewValue),
    retired: row.retired === true || Number(row.retired) === 1,
  }));
}

type Numeric = number | bigint;
interface RatingChoiceRow {
  id: Numeric;
  name: string;
  order: Numeric;
  colour: string;
  description: string;
  reviewValue: Numeric | null;
  retired: boolean | Numeric;
}

const plural = (n: number) => (n === 1 ? "1 claim" : `${n} claims`);

/** Names are compared without case: "true" next to "True" would only confuse readers. */
async function assertNameFree(tx: Tx, name: string, exceptId?: number) {
  const all = await tx.ratingLabel.findMany({ select: { id: true, name: true } });
  if (all.some((r) => r.id !== exceptId && r.name.toLowerCase() === name.toLowerCase())) {
    const message = `A rating called “${name}” already exists.`;
    throw new AppError("conflict", message, { fields: { name: [message] } });
  }
}

async function findRating(tx: Tx, id: number) {
  const rating = await tx.ratingLabel.findUnique({ where: { id } });
  if (!rating) throw notFound("That rating");
  return rating;
}

export async function createRating(actor: Actor, input: TRatingCreate) {
  assertCan(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, input.name);
    const rating = await tx.ratingLabel.create({ data: input });
    await recordAudit(tx, { actor, entity: "rating", entityId: rating.id, action: "create", after: pickFields(rating, RATING_FIELDS) });
    return rating;
  });
}

export async function updateRating(actor: Actor, input: TRatingUpdate) {
  assertCan(actor, "settings.manage");
  const { ratingId, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await findRating(tx, ratingId);
    await assertNameFree(tx, fields.name, ratingId);
    const diff = diffFields(before, { ...before, ...fields }, RATING_FIELDS);
    // A save that changes nothing writes nothing, so every write has its audit record.
    if (!diff.changed.length) return before;
    const after = await tx.ratingLabel.update({ where: { id: ratingId }, data: fields });
    // The name always goes in `after`, so the history says which rating changed.
    await recordAudit(tx, {
      actor,
      entity: "rating",
      entityId: ratingId,
      action: "update",
      before: diff.before,
      after: { name: after.name, ...diff.after },
    });
    return after;
  });
}

async function setRetired(actor: Actor, ratingId: number, retired: boolean) {
  assertCan(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    const before = await findRating(tx, ratingId);
    if (before.retired === retired) return before;
    const after = await tx.ratingLabel.update({ where: { id: ratingId }, data: { retired } });
    await recordAudit(tx, {
      actor,
      entity: "rating",
      entityId: ratingId,
      action: "update",
      before: { retired: before.retired },
      after: { name: after.name, retired },
    });
    return after;
  });
}

/** A retired label stays on the claims that have it but is no longer offered for new verdicts. */
export const retireRating = (actor: Actor, input: TRatingRef) => setRetired(actor, input.ratingId, true);
export const restoreRating = (actor: Actor, input: TRatingRef) => setRetired(actor, input.ratingId, false);

/** Deletes a label no claim uses; one in use must be retired instead, so published verdicts keep their rating. */
export async function deleteRating(actor: Actor, input: TRatingRef) {
  assertCan(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    const rating = await findRating(tx, input.ratingId);
    const used = await tx.claim.count({ where: { ratingId: rating.id } });
    if (used > 0) throw new AppError("conflict", `“${rating.name}” is used by ${plural(used)}; retire it instead.`);
    await tx.ratingLabel.delete({ where: { id: rating.id } });
    await recordAudit(tx, { actor, entity: "rating", entityId: rating.id, action: "delete", before: pickFields(rating, RATING_FIELDS) });
    return rating;
  });
}
