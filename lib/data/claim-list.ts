import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/session";
import { STATUSES, type ClaimStatus } from "@/lib/domain/status";
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
        speaker: { select: { id: true, name: true } },
        article: { select: { id: true, title: true } },
      },
    }),
  ]);
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE)) };
}

export async function countClaimsByStatus(actor: Actor): Promise<Record<ClaimStatus, number>> {
  assertCan(actor, "read");
  const groups = await db.claim.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const g of groups) if (g.status in counts) counts[g.status as ClaimStatus] = g._count._all;
  return counts;
}

/** Claims the actor moved to "in progress" and that are still there: their open work. */
export async function listMyClaimsInProgress(actor: Actor) {
  assertCan(actor, "read");
  return db.claim.findMany({
    where: { status: "in_progress", statusChangedById: actor.id },
    orderBy: { statusChangedAt: "desc" },
    take: 20,
    select: { id: true, statement: true, statusChangedAt: true, article: { select: { title: true } } },
  });
}
