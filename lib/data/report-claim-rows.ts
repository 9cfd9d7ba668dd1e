/**
 * The report's claims by id, with their rating, speaker, article, evidence (and its archive checks),
 * corrections and other appearances, in five SQL statements a batch (on either engine). Through Prisma's
 * nested select the same batch cost four times the raw driver's work, which made every export that much slower.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportClaim, ReportSnapshot } from "@/lib/reports/report-rows";

/** A published claim with what the report pages, the exports and the PDF show of it. */
export interface ReportClaimRecord extends Omit<ReportClaim, "rating" | "corrections" | "evidence"> {
  rating: { name: string; colour: string; reviewValue: number | null } | null;
  corrections: { note: string; createdAt: Date; previousRatingName: string | null; newRatingName: string | null; changes: string | null }[];
  evidence: (ReportClaim["evidence"][number] & { snapshots: ReportSnapshot[] })[];
  appearances: { article: { title: string; url: string | null } | null }[];
}

type Stored = Date | string;
/** SQLite gives dates as the stored ISO text, PostgreSQL as Dates. */
const toDate = (value: Stored | null) => (value === null ? null : value instanceof Date ? value : new Date(value));

interface ClaimFlat {
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
}

const num = (value: number | bigint | null) => (value === null ? null : Number(value));

function toRecord(row: ClaimFlat): ReportClaimRecord {
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
    corrections: [],
    article:
      row.articleId === null
        ? null
        : { id: Number(row.articleId), title: row.articleTitle!, outlet: row.outlet!, url: row.articleUrl, publishedAt: toDate(row.articlePublishedAt) },
    evidence: [],
    appearances: [],
  };
}

/** Appends each row to the list of the record it belongs to. */
function attach<R>(rows: R[], byId: Map<number, ReportClaimRecord>, owner: (row: R) => number, add: (record: ReportClaimRecord, row: R) => void) {
  for (const row of rows) {
    const record = byId.get(owner(row));
    if (record) add(record, row);
  }
}

/**
 * The published claims among `ids`, in the order of `ids` (a claim unpublished since its id was read is left
 * out rather than shown half-way). Lists keep Prisma's order: evidence and corrections by creation, archive
 * checks and appearances by id.
 */
export async function readReportClaims(ids: number[]): Promise<ReportClaimRecord[]> {
  if (ids.length === 0) return [];
  const idList = Prisma.join(ids);
  const claims = await db.$queryRaw<ClaimFlat[]>`
    SELECT c."id", c."statement", c."excerpt", c."attribution", c."qualifier", c."value", c."low", c."high", c."unit", c."asOf", c."status",
           c."explanation", c."publishedAt", r."name" AS "ratingName", r."colour" AS "ratingColour", r."reviewValue" AS "reviewValue",
           s."name" AS "speakerName", s."kind" AS "speakerKind", s."description" AS "speakerDescription",
           a."id" AS "articleId", a."title" AS "articleTitle", a."outlet" AS "outlet", a."url" AS "articleUrl", a."publishedAt" AS "articlePublishedAt"
    FROM "Claim" c
      LEFT JOIN "RatingLabel" r ON r."id" = c."ratingId"
      LEFT JOIN "Speaker" s ON s."id" = c."speakerId"
      LEFT JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."id" IN (${idList}) AND c."status" = 'published'`;
  if (claims.length === 0) return [];
  const byId = new Map(claims.map((row) => [Number(row.id), toRecord(row)]));
  const found = Prisma.join([...byId.keys()]);

  const [evidence, corrections, appearances] = await Promise.all([
    db.$queryRaw<{ id: number | bigint; claimId: number | bigint; kind: string; title: string; url: string | null; stance: string; notes: string | null }[]>`
      SELECT e."id", e."claimId" AS "claimId", e."kind", e."title", e."url", e."stance", e."notes" FROM "Evidence" e
      WHERE e."claimId" IN (${found}) ORDER BY e."createdAt", e."id"`,
    db.$queryRaw<{ claimId: number | bigint; note: string; createdAt: Stored; previousRatingName: string | null; newRatingName: string | null; changes: string | null }[]>`
      SELECT k."claimId" AS "claimId", k."note", k."createdAt" AS "createdAt", k."previousRatingName" AS "previousRatingName",
             k."newRatingName" AS "newRatingName", k."changes" FROM "Correction" k
      WHERE k."claimId" IN (${found}) ORDER BY k."createdAt", k."id"`,
    db.$queryRaw<{ sameAsId: number | bigint; title: string | null; url: string | null; hasArticle: number | bigint | boolean }[]>`
      SELECT m."sameAsId" AS "sameAsId", a."title", a."url", (a."id" IS NOT NULL) AS "hasArticle" FROM "Claim" m LEFT JOIN "Article" a ON a."id" = m."articleId"
      WHERE m."sameAsId" IN (${found}) ORDER BY m."id"`,
  ]);

  const evidenceById = new Map<number, ReportClaimRecord["evidence"][number]>();
  attach(evidence, byId, (row) => Number(row.claimId), (record, row) => {
    const item = { kind: row.kind, title: row.title, url: row.url, stance: row.stance, notes: row.notes, snapshots: [] as ReportSnapshot[] };
    evidenceById.set(Number(row.id), item);
    record.evidence.push(item);
  });
  attach(corrections, byId, (row) => Number(row.claimId), (record, row) =>
    record.corrections.push({ note: row.note, createdAt: toDate(row.createdAt)!, previousRatingName: row.previousRatingName, newRatingName: row.newRatingName, changes: row.changes }),
  );
  attach(appearances, byId, (row) => Number(row.sameAsId), (record, row) =>
    record.appearances.push({ article: Number(row.hasArticle) ? { title: row.title!, url: row.url } : null }),
  );

  // Archive checks exist for web sources only; most batches have few.
  if (evidenceById.size > 0) {
    const snapshots = await db.$queryRaw<(Omit<ReportSnapshot, "fetchedAt"> & { evidenceId: number | bigint; httpStatus: number | bigint | null; fetchedAt: Stored })[]>`
      SELECT w."evidenceId" AS "evidenceId", w."url", w."finalUrl" AS "finalUrl", w."outcome", w."httpStatus" AS "httpStatus", w."contentHash" AS "contentHash",
             w."error", w."fetchedAt" AS "fetchedAt", w."text" FROM "WebSnapshot" w
      WHERE w."evidenceId" IN (${Prisma.join([...evidenceById.keys()])}) ORDER BY w."id"`;
    for (const row of snapshots) {
      evidenceById.get(Number(row.evidenceId))?.snapshots.push({
        url: row.url, finalUrl: row.finalUrl, outcome: row.outcome, httpStatus: num(row.httpStatus), contentHash: row.contentHash,
        error: row.error, fetchedAt: toDate(row.fetchedAt)!, text: row.text,
      });
    }
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
