/** Assigning claims to people, and each person's queue. */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { can } from "@/lib/access/roles";
import type { TAssignment } from "@/lib/validation/claim";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { ARTICLE_LINK_SELECT, CLAIM_SUMMARY_SELECT, RATING_BADGE_SELECT } from "./claim-select";
import type { Prisma } from "@/lib/generated/prisma/client";
import { staleVersionError } from "./stale";
import { LIST_COUNT_CAP } from "./articles";
import { recordNotifications } from "./notifications";
import { assignmentEvent } from "@/lib/notify/events";

/** People a claim can be assigned to: active fact-checkers and editors (and admins). */
export async function listAssignees(actor: Actor) {
  assertCan(actor, "read");
  return db.user.findMany({
    where: { active: true, role: { in: ["factchecker", "editor", "admin"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
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

const QUEUE_SELECT = {
  ...CLAIM_SUMMARY_SELECT,
  dueAt: true,
  returnComment: true,
  proposedAt: true,
  updatedAt: true,
  article: ARTICLE_LINK_SELECT,
  assignee: { select: { name: true } },
  proposedBy: { select: { name: true } },
  rating: RATING_BADGE_SELECT,
} satisfies Prisma.ClaimSelect;

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
  const wheres: Record<QueueSection, Prisma.ClaimWhereInput | null> = {
    assigned: { assigneeId: actor.id, status: { in: ["unverified", "in_review"] }, returnComment: null },
    returned: { assigneeId: actor.id, status: "in_review", NOT: { returnComment: null } },
    awaiting: can(actor.role, "claim.delete")
      ? { status: "verdict_proposed", ...(options.twoPersonRule ? { NOT: { proposedById: actor.id } } : {}) }
      : null,
  };
  const orders: Record<QueueSection, Prisma.ClaimOrderByWithRelationInput[]> = {
    assigned: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    returned: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    awaiting: [{ proposedAt: "asc" }, { id: "asc" }],
  };
  const section = async (name: QueueSection) => {
    const where = wheres[name];
    if (!where) return null;
    const page = Math.max(1, options.pages?.[name] ?? 1);
    const [items, total] = await Promise.all([
      db.claim.findMany({ where, orderBy: orders[name], skip: (page - 1) * QUEUE_PAGE_SIZE, take: QUEUE_PAGE_SIZE, select: QUEUE_SELECT }),
      db.claim.count({ where, take: LIST_COUNT_CAP + 1 }),
    ]);
    return { items, page, total: Math.min(total, LIST_COUNT_CAP), totalCapped: total > LIST_COUNT_CAP, hasNext: page * QUEUE_PAGE_SIZE < total };
  };
  const [assigned, returned, awaiting] = await Promise.all([section("assigned"), section("returned"), section("awaiting")]);
  return { assigned: assigned!, returned: returned!, awaiting };
}
