/** Claim lists: the filtered, sorted and paged claim table, counts by state and one's open work. */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/session";
import { WORKFLOW_STATES, type WorkflowState } from "@/lib/workflow/workflow";
import { AppError } from "@/lib/platform/errors";
import { CLAIMS_PAGE_SIZE, type TClaimListQuery } from "@/lib/validation/filters";
import { assertCan } from "@/lib/access/authorize";
import { ARTICLE_LINK_SELECT, CLAIM_SUMMARY_SELECT, RATING_BADGE_SELECT, SPEAKER_LINK_SELECT } from "./claim-select";

export { CLAIMS_PAGE_SIZE };

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

/**
 * One page of claims matching the filters, in the chosen order (ties broken by id, so pages never
 * overlap). Pages are addressed either by number (`page`, for the desk's list) or, for API clients
 * walking the whole list, by `cursor`: the id of the last claim already seen, which stays correct
 * when claims are added or removed meanwhile. `nextCursor` is null on the last page.
 */
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
  const limit = query.limit;
  if (query.cursor !== undefined && !(await db.claim.findUnique({ where: { id: query.cursor }, select: { id: true } })))
    throw new AppError("invalid", "The cursor points at a claim that no longer exists; start again from the first page.", {
      fields: { cursor: ["Unknown cursor."] },
    });
  const position: Pick<Prisma.ClaimFindManyArgs, "cursor" | "skip"> =
    query.cursor !== undefined ? { cursor: { id: query.cursor }, skip: 1 } : { skip: (query.page - 1) * limit };
  const [total, found] = await db.$transaction([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: orderBy(query),
      ...position,
      // One more than asked: whether it exists says if there is a next page.
      take: limit + 1,
      select: {
        ...CLAIM_SUMMARY_SELECT,
        updatedAt: true,
        dueAt: true,
        speaker: SPEAKER_LINK_SELECT,
        article: ARTICLE_LINK_SELECT,
        assignee: { select: { id: true, name: true } },
        rating: RATING_BADGE_SELECT,
      },
    }),
  ]);
  const rows = found.slice(0, limit);
  const nextCursor = found.length > limit ? rows[rows.length - 1].id : null;
  return { total, rows, nextCursor, limit, pageCount: Math.max(1, Math.ceil(total / limit)) };
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
    select: { ...CLAIM_SUMMARY_SELECT, statusChangedAt: true, dueAt: true, article: ARTICLE_LINK_SELECT },
  });
}
