/** Claim lists: the filtered, sorted and paged claim table, counts by state and one's open work. */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import { WORKFLOW_STATES, type WorkflowState } from "@/lib/workflow/workflow";
import { AppError } from "@/lib/platform/errors";
import { CLAIMS_PAGE_SIZE, type TClaimListQuery } from "@/lib/validation/filters";
import { assertCan } from "@/lib/access/authorize";
import { ARTICLE_LINK_SELECT, CLAIM_SUMMARY_SELECT } from "./claim-select";
import { claimFilterConditions, SORT_KEYS } from "./claim-filter-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseEngine } from "@/lib/platform/database-engine";
import { storedDateTime } from "./bulk-insert";
import { countClaimsUpTo, readClaimRows, readClaimRowsByIds } from "./claim-rows";
import { RANKED_MATCHES, searchClaims, type ClaimHighlight } from "./search";

export { CLAIMS_PAGE_SIZE };

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

/** Exact counts stop here: a larger total is shown as "10,000+" (and `totalCapped` says so). A search's too. */
export const LIST_COUNT_CAP = RANKED_MATCHES;

/** The list's order as SQL on the claim `c`: the sort's column, then the id, both in the chosen direction. */
function orderSql(query: TClaimListQuery): Prisma.Sql {
  const dir = Prisma.raw(query.dir === "asc" ? "ASC" : "DESC");
  // "relevance" only without search text (see ZClaimListQuery), where it means the latest updated first
  return Prisma.sql`${SORT_KEYS[query.sort === "relevance" ? "updated" : query.sort]} ${dir}, c."id" ${dir}`;
}

/**
 * The filters plus "after the claim `cursor` in the list's order": a range read of the sort's index
 * (`(key, id) < (cursor's key, cursor's id)` going down). Only the speaker's name can be missing; it goes
 * where each engine's ORDER BY puts it (SQLite: first going up; PostgreSQL: last going up).
 */
async function afterCursor(filters: Prisma.Sql[], query: TClaimListQuery, cursor: number): Promise<Prisma.Sql[]> {
  const key = SORT_KEYS[query.sort === "relevance" ? "updated" : query.sort];
  const found = await db.$queryRaw<{ key: unknown }[]>`SELECT ${key} AS "key" FROM "Claim" c WHERE c."id" = ${cursor}`;
  if (!found.length)
    throw new AppError("invalid", "The cursor points at a claim that no longer exists; start again from the first page.", {
      fields: { cursor: ["Unknown cursor."] },
    });
  const raw = found[0].key as string | number | Date | null;
  // SQLite stores dates as text: compare with the stored form, not the Date the driver made of it.
  const at = raw instanceof Date && databaseEngine() === "sqlite" ? storedDateTime(raw) : raw;
  const down = query.dir !== "asc";
  const op = Prisma.raw(down ? "<" : ">");
  // SQLite puts missing keys first going up, PostgreSQL last: whether they come after the present ones here.
  const missingAfter = down === (databaseEngine() === "sqlite");
  let condition: Prisma.Sql;
  if (at === null)
    condition = missingAfter ? Prisma.sql`(${key} IS NULL AND c."id" ${op} ${cursor})` : Prisma.sql`((${key} IS NULL AND c."id" ${op} ${cursor}) OR ${key} IS NOT NULL)`;
  else condition = Prisma.sql`((${key}, c."id") ${op} (${at}, ${cursor})${missingAfter ? Prisma.sql` OR ${key} IS NULL` : Prisma.empty})`;
  return [...filters, condition];
}

/**
 * One page of claims matching the filters, in the chosen order (ties broken by id, so pages never
 * overlap). Pages are addressed either by number (`page`, for the desk's list) or, for API clients
 * walking the whole list, by `cursor`: the id of the last claim already seen, which stays correct
 * when claims are added or removed meanwhile. `nextCursor` is null on the last page.
 */
export async function listClaims(actor: Actor, query: TClaimListQuery) {
  assertCan(actor, "read");
  if (query.q) return listSearchResults(actor, { ...query, q: query.q });
  const filters = claimFilterConditions(query);
  const limit = query.limit;
  const where = query.cursor === undefined ? filters : await afterCursor(filters, query, query.cursor);
  const offset = query.cursor === undefined ? (query.page - 1) * limit : 0;
  const [total, found] = await Promise.all([countClaimsUpTo(filters, LIST_COUNT_CAP), readClaimRows(where, orderSql(query), limit + 1, offset)]);
  const rows = found.slice(0, limit);
  const nextCursor = found.length > limit ? rows[rows.length - 1].id : null;
  const totalCapped = total > LIST_COUNT_CAP;
  const pageCount = Math.max(1, Math.ceil(Math.min(total, LIST_COUNT_CAP) / limit), found.length > limit ? query.page + 1 : query.page);
  return {
    total: Math.min(total, LIST_COUNT_CAP),
    totalCapped,
    rows: rows.map((row) => ({ ...row, highlight: null as ClaimHighlight | null })),
    rankedAmongNewest: null as number | null,
    nextCursor,
    limit,
    pageCount,
  };
}

/** The list for a search: the full-text search picks and orders the page, the rows are read as usual. */
async function listSearchResults(actor: Actor, query: TClaimListQuery & { q: string }) {
  // The search counts up to RANKED_MATCHES, which is LIST_COUNT_CAP.
  const { total, totalCapped, rankedAmongNewest, ids, nextCursor, highlights } = await searchClaims(actor, query);
  // A claim deleted since the search ran is simply left out.
  const rows = (await readClaimRowsByIds(ids)).map((row) => ({ ...row, highlight: highlights.get(row.id) ?? null }));
  const limit = query.limit;
  return { total, totalCapped, rows, rankedAmongNewest, nextCursor, limit, pageCount: Math.max(1, Math.ceil(total / limit)) };
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
