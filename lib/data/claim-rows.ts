/**
 * The claim list's rows in one SQL statement with its joins. Through Prisma the same page is five queries,
 * each compiled per request; the claim list is the desk's busiest page, so its rows are read here directly.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { whereOf } from "./claim-filter-sql";

/** A row of the claim list: what listClaims returns for each claim. */
export interface ClaimRow {
  id: number;
  statement: string;
  status: string;
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  updatedAt: Date;
  dueAt: Date | null;
  speaker: { id: number; name: string } | null;
  article: { id: number; title: string } | null;
  assignee: { id: string; name: string } | null;
  rating: { name: string; colour: string } | null;
}

interface FlatRow extends Omit<ClaimRow, "speaker" | "article" | "assignee" | "rating"> {
  speakerId: number | null;
  speakerName: string | null;
  articleId: number | null;
  articleTitle: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  ratingName: string | null;
  ratingColour: string | null;
}

const SELECT_ROWS = Prisma.sql`SELECT c."id", c."statement", c."status", c."qualifier", c."value", c."low", c."high", c."unit", c."updatedAt", c."dueAt",
  s."id" AS "speakerId", s."name" AS "speakerName", a."id" AS "articleId", a."title" AS "articleTitle",
  u."id" AS "assigneeId", u."name" AS "assigneeName", r."name" AS "ratingName", r."colour" AS "ratingColour"
FROM "Claim" c
  LEFT JOIN "Speaker" s ON s."id" = c."speakerId"
  LEFT JOIN "Article" a ON a."id" = c."articleId"
  LEFT JOIN "User" u ON u."id" = c."assigneeId"
  LEFT JOIN "RatingLabel" r ON r."id" = c."ratingId"`;

const toDate = (value: Date | string | null) => (value === null ? null : value instanceof Date ? value : new Date(value));

function toClaimRow(row: FlatRow): ClaimRow {
  return {
    id: Number(row.id),
    statement: row.statement,
    status: row.status,
    qualifier: row.qualifier,
    value: row.value,
    low: row.low,
    high: row.high,
    unit: row.unit,
    updatedAt: toDate(row.updatedAt)!,
    dueAt: toDate(row.dueAt),
    speaker: row.speakerId === null ? null : { id: Number(row.speakerId), name: row.speakerName! },
    article: row.articleId === null ? null : { id: Number(row.articleId), title: row.articleTitle! },
    assignee: row.assigneeId === null ? null : { id: row.assigneeId, name: row.assigneeName! },
    rating: row.ratingName === null ? null : { name: row.ratingName, colour: row.ratingColour! },
  };
}

/** The rows matching `where` (conditions on the claim `c`), in `order`, `limit` of them after `offset`. */
export async function readClaimRows(where: Prisma.Sql[], order: Prisma.Sql, limit: number, offset: number): Promise<ClaimRow[]> {
  // The page's ids first, from the claims alone: the joins then run for its rows only, not for every row skipped.
  const rows = await db.$queryRaw<FlatRow[]>`${SELECT_ROWS}
    WHERE c."id" IN (SELECT c."id" FROM "Claim" c ${whereOf(where)} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
    ORDER BY ${order}`;
  return rows.map(toClaimRow);
}

/** The rows of these claims, in the order of `ids` (a claim deleted meanwhile is left out). */
export async function readClaimRowsByIds(ids: number[]): Promise<ClaimRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<FlatRow[]>`${SELECT_ROWS} WHERE c."id" IN (${Prisma.join(ids)})`;
  const byId = new Map(rows.map((row) => [Number(row.id), toClaimRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** How many claims match `where`, counted up to `cap + 1` only (a larger count costs more than the page). */
export async function countClaimsUpTo(where: Prisma.Sql[], cap: number): Promise<number> {
  const rows = await db.$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS total FROM (SELECT 1 FROM "Claim" c ${whereOf(where)} LIMIT ${cap + 1}) AS capped`;
  return Number(rows[0].total);
}
