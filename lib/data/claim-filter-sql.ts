/** The claim list's filters and sort keys as SQL on the claim `c`: shared by the plain list and the search. */
import "server-only";
import type { TClaimListQuery } from "@/lib/validation/filters";

export type Param = string | number | null;

/** The list's filters, as listClaims applies them, on the claim `c` (an empty `sql` when there are none). */
export function filterSql(query: TClaimListQuery): { sql: string; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  const equal = (column: string, value: Param | undefined) => {
    if (value === undefined) return;
    where.push(`c."${column}" = ?`);
    params.push(value);
  };
  equal("status", query.status);
  equal("ratingId", query.rating);
  equal("speakerId", query.speaker);
  equal("articleId", query.article);
  equal("unit", query.unit);
  if (query.assignee === "none") where.push(`c."assigneeId" IS NULL`);
  else equal("assigneeId", query.assignee);
  if (query.min !== undefined) {
    where.push(`(c."value" >= ? OR (c."value" IS NULL AND c."high" >= ?))`);
    params.push(query.min, query.min);
  }
  if (query.max !== undefined) {
    where.push(`(c."value" <= ? OR (c."value" IS NULL AND c."low" <= ?))`);
    params.push(query.max, query.max);
  }
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

/** The column each sort orders by (ties are broken by the id, in the same direction). */
export const SORT_KEYS: Record<Exclude<TClaimListQuery["sort"], "relevance">, string> = {
  updated: `c."updatedAt"`,
  created: `c."createdAt"`,
  status: `c."status"`,
  statement: `c."statement"`,
  speaker: `(SELECT s."name" FROM "Speaker" s WHERE s."id" = c."speakerId")`,
};
