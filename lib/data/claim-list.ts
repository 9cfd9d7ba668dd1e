import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/session";
import { WORKFLOW_STATES, type WorkflowState } from "@/lib/domain/workflow";
import type { TClaimListQuery } from "@/lib/validation/filters";
import { assertCan } from "./authorize";

export const CLAIMS_PAGE_SIZE = 50;

function orderBy(query: TClaimListQuery): Prisma.ClaimOrderByWithRelationInput[] {
  const dir = query.dir;
  const primary: Record<TClaimListQuery["sort"], Prisma.ClaimOrderByWithRelationInput> = {
    updated: { updatedAt: dir },
    created: { createdAt: dir },
    status: { status: dir },
    statement: { statement: dir },
    speaker: { speaker: { name: dir } },
  };
  return [primary[query.sort], { id: dir }];
}

export async function listClaims(actor: Actor, query: TClaimListQuery) {
  assertCan(actor, "read");
  const where: Prisma.ClaimWhereInput = {
    status: query.status,
    ratingId: query.rating,
    assigneeId: query.assignee === "none" ? null : query.assignee,
    speakerId: query.speaker,
    articleId: query.article,
    ...(query.q
      ? { OR: [{ statement: { contains: query.q } }, { excerpt: { contains: query.q } }, { unit: { contains: query.q } }] }
      : {}),
  };
  const [total, rows] = await db.$transaction([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: orderBy(query),
      skip: (query.page - 1) * CLAIMS_PAGE_SIZE,
      take: CLAIMS_PAGE_SIZE,
      select: {
        id: true,
        statement: true,
        status: true,
        qualifier: true,
        value: true,
        low: true,
        high: true,
        unit: true,
        updatedAt: true,
        dueAt: true,
        speaker: { select: { id: true, name: true } },
        article: { select: { id: true, title: true } },
        assignee: { select: { id: true, name: true } },
        rating: { select: { name: true, colour: true } },
      },
    }),
  ]);
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE)) };
}

export async function countClaimsByStatus(actor: Actor): Promise<Record<WorkflowState, number>> {
  assertCan(actor, "read");
  const groups = await db.claim.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(WORKFLOW_STATES.map((s) => [s, 0])) as Record<WorkflowState, number>;
  for (const g of groups) if (g.status in counts) counts[g.status as WorkflowState] = g._count._all;
  return counts;
}

/** The actor's open work: claims assigned to them that are in review. */
export async function listMyClaimsInProgress(actor: Actor) {
  assertCan(actor, "read");
  return db.claim.findMany({
    where: { status: "in_review", assigneeId: actor.id },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { statusChangedAt: "desc" }],
    take: 20,
    select: { id: true, statement: true, statusChangedAt: true, dueAt: true, article: { select: { title: true } } },
  });
}
