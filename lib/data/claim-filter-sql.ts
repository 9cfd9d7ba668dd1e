/**
 * The claim list's filters and sort keys as SQL on the claim `c`, for the list's own read (claim-rows.ts).
 * Prisma.Sql fragments, so the placeholders are each engine's own; the SQL itself is the same on both.
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TClaimListQuery } from "@/lib/validation/filters";

/** The list's filters, as listClaims applies them, on the claim `c`: one condition each (none when unfiltered). */
export function claimFilterConditions(query: TClaimListQuery): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  const equal = (column: string, value: string | number | undefined) => {
    if (value !== undefined) where.push(Prisma.sql`c.${Prisma.raw(`"${column}"`)} = ${value}`);
  };
  equal("status", query.status);
  equal("ratingId", query.rating);
  equal("speakerId", query.speaker);
  equal("articleId", query.article);
  equal("unit", query.unit);
  if (query.assignee === "none") where.push(Prisma.sql`c."assigneeId" IS NULL`);
  else equal("assigneeId", query.assignee);
  if (query.min !== undefined) where.push(Prisma.sql`(c."value" >= ${query.min} OR (c."value" IS NULL AND c."high" >= ${query.min}))`);
  if (query.max !== undefined) where.push(Prisma.sql`(c."value" <= ${query.max} OR (c."value" IS NULL AND c."low" <= ${query.max}))`);
  return where;
}

/** `WHERE a AND b …`, or nothing. */
export const whereOf = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty);

/** The column each sort orders by (ties are broken by the id, in the same direction). */
export const SORT_KEYS: Record<Exclude<TClaimListQuery["sort"], "relevance">, Prisma.Sql> = {
  updated: Prisma.sql`c."updatedAt"`,
  created: Prisma.sql`c."createdAt"`,
  status: Prisma.sql`c."status"`,
  statement: Prisma.sql`c."statement"`,
  speaker: Prisma.sql`(SELECT s."name" FROM "Speaker" s WHERE s."id" = c."speakerId")`,
};
