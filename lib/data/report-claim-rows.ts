/**
 * The report's claims with their rating, speaker, article, evidence (and its archive checks), corrections and
 * other appearances, in one SQL statement on either engine: the lists come as JSON arrays built by the
 * database. By ids (a page of the report), or a batch at a time in the report's order (exports and the PDF).
 * Through Prisma's nested select a batch cost four times the raw driver's work, and with a statement per list
 * still twice: compiling each statement and decoding each row cost more than the database's reading.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseEngine } from "@/lib/platform/database-engine";
import type { ReportClaim, ReportSnapshot } from "@/lib/reports/report-rows";

/** A published claim with what the report pages, the exports and the PDF show of it. */
export interface ReportClaimRecord extends Omit<ReportClaim, "rating" | "corrections" | "evidence"> {
  rating: { name: string; colour: string; reviewValue: number | null } | null;
  corrections: { note: string; createdAt: Date; previousRatingName: string | null; newRatingName: string | null; changes: string | null }[];
  evidence: (ReportClaim["evidence"][number] & { snapshots: ReportSnapshot[] })[];
  appearances: { article: { title: string; url: string | null } | null }[];
}

const CLAIM_COLUMNS = `c."id", c."statement", c."excerpt", c."attribution", c."qualifier", c."value", c."low", c."high", c."unit", c."asOf", c."status",
  c."explanation", c."publishedAt", r."name" AS "ratingName", r."colour" AS "ratingColour", r."reviewValue" AS "reviewValue",
  s."name" AS "speakerName", s."kind" AS "speakerKind", s."description" AS "speakerDescription",
  a."id" AS "articleId", a."title" AS "articleTitle", a."outlet" AS "outlet", a."url" AS "articleUrl", a."publishedAt" AS "articlePublishedAt"`;
const CLAIM_FROM = `"Claim" c LEFT JOIN "RatingLabel" r ON r."id" = c."ratingId" LEFT JOIN "Speaker" s ON s."id" = c."speakerId" LEFT JOIN "Article" a ON a."id" = c."articleId"`;

/**
 * The lists of claim `c` as JSON arrays, each in the order Prisma read them (evidence and corrections by
 * creation, archive checks and appearances by id). SQLite aggregates an ordered subquery (and json() keeps a
 * nested array an array); PostgreSQL orders inside json_agg.
 */
const LISTS = {
  sqlite: `
  (SELECT json_group_array(json_object('kind', e."kind", 'title', e."title", 'url', e."url", 'stance', e."stance", 'notes', e."notes", 'snapshots', json(
      (SELECT json_group_array(json_object('url', w."url", 'finalUrl', w."finalUrl", 'outcome', w."outcome", 'httpStatus', w."httpStatus",
              'contentHash', w."contentHash", 'error', w."error", 'fetchedAt', w."fetchedAt", 'text', w."text"))
       FROM (SELECT * FROM "WebSnapshot" w WHERE w."evidenceId" = e."id" ORDER BY w."id") w))))
   FROM (SELECT * FROM "Evidence" e WHERE e."claimId" = c."id" ORDER BY e."createdAt", e."id") e) AS "evidence",
  (SELECT json_group_array(json_object('note', k."note", 'createdAt', k."createdAt", 'previousRatingName', k."previousRatingName",
          'newRatingName', k."newRatingName", 'changes', k."changes"))
   FROM (SELECT * FROM "Correction" k WHERE k."claimId" = c."id" ORDER BY k."createdAt", k."id") k) AS "corrections",
  (SELECT json_group_array(json_object('articleId', m."articleId", 'title', m."title", 'url', m."url"))
   FROM (SELECT m."articleId", x."title", x."url" FROM "Claim" m LEFT JOIN "Article" x ON x."id" = m."articleId" WHERE m."sameAsId" = c."id" ORDER BY m."id") m) AS "appearances"`,
  postgres: `
  (SELECT coalesce(json_agg(json_build_object('kind', e."kind", 'title', e."title", 'url', e."url", 'stance', e."stance", 'notes', e."notes", 'snapshots',
      (SELECT coalesce(json_agg(json_build_object('url', w."url", 'finalUrl', w."finalUrl", 'outcome', w."outcome", 'httpStatus', w."httpStatus",
              'contentHash', w."contentHash", 'error', w."error", 'fetchedAt', w."fetchedAt", 'text', w."text") ORDER BY w."id"), '[]')
       FROM "WebSnapshot" w WHERE w."evidenceId" = e."id")) ORDER BY e."createdAt", e."id"), '[]')
   FROM "Evidence" e WHERE e."claimId" = c."id") AS "evidence",
  (SELECT coalesce(json_agg(json_build_object('note', k."note", 'createdAt', k."createdAt", 'previousRatingName', k."previousRatingName",
          'newRatingName', k."newRatingName", 'changes', k."changes") ORDER BY k."createdAt", k."id"), '[]')
   FROM "Correction" k WHERE k."claimId" = c."id") AS "corrections",
  (SELECT coalesce(json_agg(json_build_object('articleId', m."articleId", 'title', x."title", 'url', x."url") ORDER BY m."id"), '[]')
   FROM "Claim" m LEFT JOIN "Article" x ON x."id" = m."articleId" WHERE m."sameAsId" = c."id") AS "appearances"`,
};

/** `SELECT <a claim with its lists> [, extra columns] FROM "Claim" c …`, for a WHERE clause on `c` to follow. */
const selectReportClaims = (extra?: Prisma.Sql) =>
  Prisma.sql`SELECT ${Prisma.raw(CLAIM_COLUMNS)}, ${extra ? Prisma.sql`${extra}, ` : Prisma.empty}${Prisma.raw(LISTS[databaseEngine()])} FROM ${Prisma.raw(CLAIM_FROM)}`;

export type Stored = Date | string;
/**
 * A stored date as a Date: SQLite gives the ISO text it stored; PostgreSQL a Date, or inside JSON an ISO text
 * without a zone (its timestamps hold UTC).
 */
export function toDate(value: Stored | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(ZONED.test(value) ? value : `${value}Z`);
}
const ZONED = /(?:[zZ]|[+-]\d\d:?\d\d)$/;

/** A JSON array column: text on SQLite, already parsed on PostgreSQL. */
export const jsonList = <T>(value: unknown): T[] => (typeof value === "string" ? (JSON.parse(value) as T[]) : ((value as T[] | null) ?? []));

interface ClaimRow {
  id: number | bigint;
  statement: string;
  excerpt: string | null;
  attribution: string;
  qualifier: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  asOf: Stored | null;
  status: string;
  explanation: string | null;
  publishedAt: Stored | null;
  ratingName: string | null;
  ratingColour: string | null;
  reviewValue: number | bigint | null;
  speakerName: string | null;
  speakerKind: string | null;
  speakerDescription: string | null;
  articleId: number | bigint | null;
  articleTitle: string | null;
  outlet: string | null;
  articleUrl: string | null;
  articlePublishedAt: Stored | null;
  evidence: unknown;
  corrections: unknown;
  appearances: unknown;
}

type EvidenceJson = Omit<ReportClaimRecord["evidence"][number], "snapshots"> & { snapshots: (Omit<ReportSnapshot, "fetchedAt"> & { fetchedAt: string })[] };
type CorrectionJson = Omit<ReportClaimRecord["corrections"][number], "createdAt"> & { createdAt: string };

const num = (value: number | bigint | null) => (value === null ? null : Number(value));

function toRecord(row: ClaimRow): ReportClaimRecord {
  return {
    id: Number(row.id),
    statement: row.statement,
    excerpt: row.excerpt,
    attribution: row.attribution,
    qualifier: row.qualifier,
    value: row.value,
    low: row.low,
    high: row.high,
    unit: row.unit,
    asOf: toDate(row.asOf),
    status: row.status,
    explanation: row.explanation,
    publishedAt: toDate(row.publishedAt),
    rating: row.ratingName === null ? null : { name: row.ratingName, colour: row.ratingColour!, reviewValue: num(row.reviewValue) },
    speaker: row.speakerName === null ? null : { name: row.speakerName, kind: row.speakerKind!, description: row.speakerDescription },
    corrections: jsonList<CorrectionJson>(row.corrections).map((k) => ({
      note: k.note, createdAt: toDate(k.createdAt)!, previousRatingName: k.previousRatingName, newRatingName: k.newRatingName, changes: k.changes,
    })),
    article:
      row.articleId === null
        ? null
        : { id: Number(row.articleId), title: row.articleTitle!, outlet: row.outlet!, url: row.articleUrl, publishedAt: toDate(row.articlePublishedAt) },
    evidence: jsonList<EvidenceJson>(row.evidence).map((e) => ({
      kind: e.kind, title: e.title, url: e.url, stance: e.stance, notes: e.notes,
      snapshots: e.snapshots.map((w) => ({
        url: w.url, finalUrl: w.finalUrl, outcome: w.outcome, httpStatus: w.httpStatus, contentHash: w.contentHash, error: w.error,
        fetchedAt: toDate(w.fetchedAt)!, text: w.text,
      })),
    })),
    appearances: jsonList<{ articleId: number | null; title: string | null; url: string | null }>(row.appearances).map((m) => ({
      article: m.articleId === null ? null : { title: m.title!, url: m.url },
    })),
  };
}

/**
 * The published claims among `ids`, in the order of `ids` (a claim unpublished since its id was read is left
 * out rather than shown half-way).
 */
export async function readReportClaims(ids: number[]): Promise<ReportClaimRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<ClaimRow[]>`${selectReportClaims()} WHERE c."id" IN (${Prisma.join(ids)}) AND c."status" = 'published'`;
  const byId = new Map(rows.map((row) => [Number(row.id), toRecord(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The claims a query picks, with the key of an order: `key` selects two columns named "keyArticle" and
 * "keyStart", `rest` is the WHERE (published claims only), ORDER BY and LIMIT that follow the FROM. One
 * statement reads a whole batch of an export, where the key says where the next batch starts.
 */
export async function readKeyedReportClaims(key: Prisma.Sql, rest: Prisma.Sql) {
  const rows = await db.$queryRaw<(ClaimRow & { keyArticle: number | bigint; keyStart: number | bigint })[]>`${selectReportClaims(key)} ${rest}`;
  return rows.map((row) => ({ claim: toRecord(row), key: { article: Number(row.keyArticle), start: Number(row.keyStart), id: Number(row.id) } }));
}
