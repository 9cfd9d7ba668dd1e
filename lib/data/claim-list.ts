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
import { searchClaims, type ClaimHighlight } from "./search";

export { CLAIMS_PAGE_SIZE };

function orderBy(query: TClaimListQuery): Prisma.ClaimOrderByWithRelationInput[] {
  const dir = query.dir;
  const primary: Record<TClaimListQuery["sort"], Prisma.ClaimOrderByWithRelationInput> = {
    // only without search text (see ZClaimListQuery), where it means the latest updated first
    relevance: { updatedAt: dir },
    updated: { updatedAt: dir },
    created: { createdAt: dir },
    status: { status: dir },
    statement: { statement: dir },
    speaker: { speaker: { name: dir } },
  };
  return [primary[query.sort], { id: dir }];
}

/** Claims whose figure reaches into [min, max]: the value, or for a range without one, its bounds. */
function figureRangeWhere(min: number | undefined, max: number | undefined): Prisma.ClaimWhereInput[] {
  const out: Prisma.ClaimWhereInput[] = [];
  if (min !== undefined) out.push({ OR: [{ value: { gte: min } }, { value: null, high: { gte: min } }] });
  if (max !== undefined) out.push({ OR: [{ value: { lte: max } }, { value: null, low: { lte: max } }] });
  return out;
}

/** The filter menu of things counted lists at most this many (a desk has a few dozen). */
export const UNIT_MENU_CAP = 500;

/**
 * The things counted by claims' figures ("person", "truck"), for the list's filter. A skip-scan of the unit
 * index: each step seeks the next unit after the last one, so the cost grows with the number of units,
 * not of claims (a plain DISTINCT reads every claim's entry).
 */
export async function listClaimUnits(actor: Actor): Promise<string[]> {
  assertCan(actor, "read");
  const rows = await db.$queryRaw<{ unit: string | null }[]>`
    WITH RECURSIVE units(unit) AS (
      SELECT MIN("unit") FROM "Claim" WHERE "unit" IS NOT NULL
      UNION ALL
      SELECT (SELECT MIN(c."unit") FROM "Claim" c WHERE c."unit" > units.unit) FROM units WHERE units.unit IS NOT NULL
    )
    SELECT unit FROM units WHERE unit IS NOT NULL LIMIT ${UNIT_MENU_CAP}`;
  return rows.map((r) => r.unit!);
}

/** Exact counts stop here: a larger total is shown as "10,000+" (and `totalCapped` says so). */
export const LIST_COUNT_CAP = 10_000;

/** What a row of the claim list shows. */
const CLAIM_ROW = {
  ...CLAIM_SUMMARY_SELECT,
  updatedAt: true,
  dueAt: true,
  speaker: SPEAKER_LINK_SELECT,
  article: ARTICLE_LINK_SELECT,
  assignee: { select: { id: true, name: true } },
  rating: RATING_BADGE_SELECT,
} satisfies Prisma.ClaimSelect;

/**
 * One page of claims matching the filters, in the chosen order (ties broken by id, so pages never
 * overlap). Pages are addressed either by number (`page`, for the desk's list) or, for API clients
 * walking the whole list, by `cursor`: the id of the last claim already seen, which stays correct
 * when claims are added or removed meanwhile. `nextCursor` is null on the last page.
 */
export async function listClaims(actor: Actor, query: TClaimListQuery) {
  assertCan(actor, "read");
  if (query.q) return listSearchResults(actor, { ...query, q: query.q });
  const where: Prisma.ClaimWhereInput = {
    status: query.status,
    ratingId: query.rating,
    assigneeId: query.assignee === "none" ? null : query.assignee,
    speakerId: query.speaker,
    articleId: query.article,
    unit: query.unit,
    AND: figureRangeWhere(query.min, query.max),
  };
  const limit = query.limit;
  if (query.cursor !== undefined && !(await db.claim.findUnique({ where: { id: query.cursor }, select: { id: true } })))
    throw new AppError("invalid", "The cursor points at a claim that no longer exists; start again from the first page.", {
      fields: { cursor: ["Unknown cursor."] },
    });
  const position: Pick<Prisma.ClaimFindManyArgs, "cursor" | "skip"> =
    query.cursor !== undefined ? { cursor: { id: query.cursor }, skip: 1 } : { skip: (query.page - 1) * limit };
  const [total, found] = await db.$transaction([
    // Counted up to the cap only: an exact count of a large selection costs more than the page itself.
    db.claim.count({ where, take: LIST_COUNT_CAP + 1 }),
    db.claim.findMany({
      where,
      orderBy: orderBy(query),
      ...position,
      // One more than asked: whether it exists says if there is a next page.
      take: limit + 1,
      select: CLAIM_ROW,
    }),
  ]);
  const rows = found.slice(0, limit);
  const nextCursor = found.length > limit ? rows[rows.length - 1].id : null;
  const totalCapped = total > LIST_COUNT_CAP;
  const pageCount = Math.max(1, Math.ceil(Math.min(total, LIST_COUNT_CAP) / limit), found.length > limit ? query.page + 1 : query.page);
  return {
    total: Math.min(total, LIST_COUNT_CAP),
    totalCapped,
    rows: rows.map((row) => ({ ...row, highlight: null as ClaimHighlight | null })),
    nextCursor,
    limit,
    pageCount,
  };
}

/** The list for a search: the full-text search picks and orders the page, the rows are read as usual. */
async function listSearchResults(actor: Actor, query: TClaimListQuery & { q: string }) {
  const { total, ids, nextCursor, highlights } = await searchClaims(actor, query);
  const found = await db.claim.findMany({ where: { id: { in: ids } }, select: CLAIM_ROW });
  const byId = new Map(found.map((row) => [row.id, row]));
  // A claim deleted since the search ran is simply left out.
  const rows = ids.flatMap((id) => (byId.has(id) ? [{ ...byId.get(id)!, highlight: highlights.get(id) ?? null }] : []));
  const limit = query.limit;
  return { total: Math.min(total, LIST_COUNT_CAP), totalCapped: total > LIST_COUNT_CAP, rows, nextCursor, limit, pageCount: Math.max(1, Math.ceil(Math.min(total, LIST_COUNT_CAP) / limit)) };
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
