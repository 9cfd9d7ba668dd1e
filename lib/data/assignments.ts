/** Assigning claims to people, and each person's queue. */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { can } from "@/lib/access/roles";
import type { TAssignment } from "@/lib/validation/claim";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { Prisma } from "@/lib/generated/prisma/client";
import { staleVersionError } from "./stale";
import { LIST_COUNT_CAP } from "./articles";
import { recordNotifications } from "./notifications";
import { assignmentEvent } from "@/lib/notify/events";

/** People a claim can be assigned to: active fact-checkers and editors (and admins). */
export async function listAssignees(actor: Actor) {
  assertCan(actor, "read");
  // The claim list's filter asks on every view: one plain statement, not an ORM query compiled per request.
  return db.$queryRaw<{ id: string; name: string; role: string }[]>`
    SELECT "id", "name", "role" FROM "User"
    WHERE "active" = ${true} AND "role" IN ('factchecker', 'editor', 'admin')
    ORDER BY "name" ASC`;
}

/** Assigns a claim (or clears it); the new assignee is notified in the same transaction. */
export async function assignClaim(actor: Actor, claimId: number, input: TAssignment) {
  assertCan(actor, "claim.assign");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: { assignee: { select: { name: true } } } });
    if (!claim) throw notFound("That claim");
    if (claim.version !== input.version) throw await staleVersionError(tx, claimId, input.version);
    let assigneeName: string | null = null;
    if (input.assigneeId) {
      const assignee = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { name: true, role: true, active: true } });
      if (!assignee || !assignee.active || !can(assignee.role as never, "claim.edit")) {
        const message = "Choose an active fact-checker or editor.";
        throw new AppError("invalid", message, { fields: { assigneeId: [message] } });
      }
      assigneeName = assignee.name;
    }
    const updated = await tx.claim.updateMany({
      where: { id: claimId, version: input.version },
      data: { assigneeId: input.assigneeId ?? null, dueAt: input.dueAt ?? null, updatedById: actor.id, version: { increment: 1 } },
    });
    if (updated.count === 0) throw await staleVersionError(tx, claimId, input.version);
    await recordAudit(tx, {
      actor,
      entity: "claim",
      entityId: claimId,
      claimId,
      action: "update",
      before: { assignee: claim.assignee?.name ?? null, dueAt: claim.dueAt?.toISOString() ?? null },
      after: { assignee: assigneeName, dueAt: input.dueAt?.toISOString() ?? null },
    });
    await recordNotifications(tx, assignmentEvent(claimId, actor.id, claim.assigneeId, input.assigneeId ?? null));
  });
}

/** What a queue row shows, read in one statement with its joins (Prisma compiled five queries per section). */
const QUEUE_ROWS = Prisma.sql`SELECT c."id", c."statement", c."status", c."qualifier", c."value", c."low", c."high", c."unit",
  c."dueAt", c."returnComment", c."proposedAt", c."updatedAt", a."id" AS "articleId", a."title" AS "articleTitle",
  u."name" AS "assigneeName", p."name" AS "proposedByName", r."name" AS "ratingName", r."colour" AS "ratingColour"
FROM "Claim" c
  LEFT JOIN "Article" a ON a."id" = c."articleId"
  LEFT JOIN "User" u ON u."id" = c."assigneeId"
  LEFT JOIN "User" p ON p."id" = c."proposedById"
  LEFT JOIN "RatingLabel" r ON r."id" = c."ratingId"`;

interface QueueRow {
  id: number; statement: string; status: string; qualifier: string | null; value: number | null; low: number | null; high: number | null; unit: string | null;
  dueAt: Date | null; returnComment: string | null; proposedAt: Date | null; updatedAt: Date;
  articleId: number | null; articleTitle: string | null; assigneeName: string | null; proposedByName: string | null; ratingName: string | null; ratingColour: string | null;
}

const asDate = (value: Date | string | null) => (value === null ? null : new Date(value));

function toQueueItem(row: QueueRow) {
  return {
    id: Number(row.id), statement: row.statement, status: row.status, qualifier: row.qualifier, value: row.value, low: row.low, high: row.high, unit: row.unit,
    dueAt: asDate(row.dueAt), returnComment: row.returnComment, proposedAt: asDate(row.proposedAt), updatedAt: asDate(row.updatedAt)!,
    article: row.articleId === null ? null : { id: Number(row.articleId), title: row.articleTitle! },
    assignee: row.assigneeName === null ? null : { name: row.assigneeName },
    proposedBy: row.proposedByName === null ? null : { name: row.proposedByName },
    rating: row.ratingName === null ? null : { name: row.ratingName, colour: row.ratingColour! },
  };
}

export const QUEUE_PAGE_SIZE = 25;
export const QUEUE_SECTIONS = ["returned", "assigned", "awaiting"] as const;
export type QueueSection = (typeof QUEUE_SECTIONS)[number];

/**
 * "My claims": what is assigned to me, what was returned to me, and (for editors) the verdicts awaiting my
 * approval. With the two-person rule, an editor's own proposals are not theirs to approve. Each section is one
 * page (`pages`, 1-based) of QUEUE_PAGE_SIZE, with its total counted up to the list cap; every section's
 * filter and order is served by an index ((assigneeId, status), (status, proposedAt)).
 */
export async function getQueue(actor: Actor, options: { twoPersonRule: boolean; pages?: Partial<Record<QueueSection, number>> }) {
  assertCan(actor, "read");
  const wheres: Record<QueueSection, Prisma.Sql | null> = {
    assigned: Prisma.sql`c."assigneeId" = ${actor.id} AND c."status" IN ('unverified', 'in_review') AND c."returnComment" IS NULL`,
    returned: Prisma.sql`c."assigneeId" = ${actor.id} AND c."status" = 'in_review' AND c."returnComment" IS NOT NULL`,
    awaiting: can(actor.role, "claim.delete")
      ? Prisma.sql`c."status" = 'verdict_proposed'${options.twoPersonRule ? Prisma.sql` AND (c."proposedById" IS NULL OR c."proposedById" <> ${actor.id})` : Prisma.empty}`
      : null,
  };
  // Ties broken by the id, so pages never overlap; a missing due date last.
  const orders: Record<QueueSection, Prisma.Sql> = {
    assigned: Prisma.sql`c."dueAt" ASC NULLS LAST, c."id" ASC`,
    returned: Prisma.sql`c."dueAt" ASC NULLS LAST, c."id" ASC`,
    awaiting: Prisma.sql`c."proposedAt" ASC, c."id" ASC`,
  };
  const section = async (name: QueueSection) => {
    const where = wheres[name];
    if (!where) return null;
    const page = Math.max(1, options.pages?.[name] ?? 1);
    const [rows, counted] = await Promise.all([
      // The page's ids from the claims alone, then the joins for those rows only.
      db.$queryRaw<QueueRow[]>`${QUEUE_ROWS} WHERE c."id" IN (
        SELECT c."id" FROM "Claim" c WHERE ${where} ORDER BY ${orders[name]} LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * QUEUE_PAGE_SIZE}
      ) ORDER BY ${orders[name]}`,
      db.$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS total FROM (SELECT 1 FROM "Claim" c WHERE ${where} LIMIT ${LIST_COUNT_CAP + 1}) AS capped`,
    ]);
    const total = Number(counted[0].total);
    return { items: rows.map(toQueueItem), page, total: Math.min(total, LIST_COUNT_CAP), totalCapped: total > LIST_COUNT_CAP, hasNext: page * QUEUE_PAGE_SIZE < total };
  };
  const [assigned, returned, awaiting] = await Promise.all([section("assigned"), section("returned"), section("awaiting")]);
  return { assigned: assigned!, returned: returned!, awaiting };
}
