/**
 * The raw driver's side of the export race: every published claim of the report read by one statement per
 * engine (its evidence with their archive checks, its corrections and its other appearances aggregated as JSON
 * by the database), in the report's order, a batch at a time, and written to a file by the same formatting
 * functions the server uses (lib/reports/export-stream.ts). The file is the server's download byte for byte
 * (scripts/bench/raw-export.test.ts checks it), so the ratio measures what the app's data layer and HTTP
 * stack add, nothing else.
 */
import fs from "node:fs";
import type { RawDb, Row } from "./raw-db";
import { query } from "./raw-db";
import { claimReviewChunks, csvChunks, jsonChunks } from "../../lib/reports/export-stream";
import type { ClaimReviewSource, ReviewOrganization } from "../../lib/reports/claim-review";
import type { ReportClaim } from "../../lib/reports/report-rows";

const CLAIM_COLUMNS = `c.id, c.statement, c.excerpt, c.attribution, c.qualifier, c.value, c.low, c.high, c.unit, c."asOf", c.status, c.explanation,
  c."publishedAt", r.name AS "ratingName", r."reviewValue", s.name AS "speakerName", s.kind AS "speakerKind", s.description AS "speakerDescription",
  a.id AS "articleId", a.title AS "articleTitle", a.outlet, a.url AS "articleUrl", a."publishedAt" AS "articlePublishedAt"`;
const CLAIM_FROM = `FROM "Claim" c LEFT JOIN "RatingLabel" r ON r.id = c."ratingId" LEFT JOIN "Speaker" s ON s.id = c."speakerId" LEFT JOIN "Article" a ON a.id = c."articleId"
  WHERE c.status = 'published'`;

/** The report's claims with everything an export writes of them; each list in the order the app reads it. */
export const reportExportRows = query(
  `SELECT ${CLAIM_COLUMNS},
  (SELECT json_group_array(json_object('kind', e.kind, 'title', e.title, 'url', e.url, 'stance', e.stance, 'notes', e.notes, 'snapshots', json(
      (SELECT json_group_array(json_object('url', w.url, 'finalUrl', w."finalUrl", 'outcome', w.outcome, 'httpStatus', w."httpStatus",
              'contentHash', w."contentHash", 'error', w.error, 'fetchedAt', w."fetchedAt", 'text', w.text))
       FROM (SELECT * FROM "WebSnapshot" w WHERE w."evidenceId" = e.id ORDER BY w.id) w))))
   FROM (SELECT * FROM "Evidence" e WHERE e."claimId" = c.id ORDER BY e."createdAt", e.id) e) AS evidence,
  (SELECT json_group_array(json_object('note', k.note, 'createdAt', k."createdAt", 'previousRatingName', k."previousRatingName",
          'newRatingName', k."newRatingName", 'changes', k.changes))
   FROM (SELECT * FROM "Correction" k WHERE k."claimId" = c.id ORDER BY k."createdAt", k.id) k) AS corrections,
  (SELECT json_group_array(json_object('articleId', m."articleId", 'title', m.title, 'url', m.url))
   FROM (SELECT m."articleId", x.title, x.url FROM "Claim" m LEFT JOIN "Article" x ON x.id = m."articleId" WHERE m."sameAsId" = c.id ORDER BY m.id) m) AS appearances
  ${CLAIM_FROM} ORDER BY ifnull(c."articleId", 9007199254740991), ifnull(c.start, -1), c.id`,
  `SELECT ${CLAIM_COLUMNS},
  (SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'title', e.title, 'url', e.url, 'stance', e.stance, 'notes', e.notes, 'snapshots',
      (SELECT coalesce(json_agg(json_build_object('url', w.url, 'finalUrl', w."finalUrl", 'outcome', w.outcome, 'httpStatus', w."httpStatus",
              'contentHash', w."contentHash", 'error', w.error, 'fetchedAt', w."fetchedAt", 'text', w.text) ORDER BY w.id), '[]')
       FROM "WebSnapshot" w WHERE w."evidenceId" = e.id)) ORDER BY e."createdAt", e.id), '[]')
   FROM "Evidence" e WHERE e."claimId" = c.id) AS evidence,
  (SELECT coalesce(json_agg(json_build_object('note', k.note, 'createdAt', k."createdAt", 'previousRatingName', k."previousRatingName",
          'newRatingName', k."newRatingName", 'changes', k.changes) ORDER BY k."createdAt", k.id), '[]')
   FROM "Correction" k WHERE k."claimId" = c.id) AS corrections,
  (SELECT coalesce(json_agg(json_build_object('articleId', m."articleId", 'title', x.title, 'url', x.url) ORDER BY m.id), '[]')
   FROM "Claim" m LEFT JOIN "Article" x ON x.id = m."articleId" WHERE m."sameAsId" = c.id) AS appearances
  ${CLAIM_FROM} ORDER BY coalesce(c."articleId", 9007199254740991), coalesce(c.start, -1), c.id`,
);

/** SQLite gives stored ISO text; PostgreSQL a Date, or inside JSON an ISO text without a zone (UTC). */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
}
const list = <T>(value: unknown): T[] => (typeof value === "string" ? JSON.parse(value) : (value as T[] | null)) ?? [];
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

type RawEvidence = ReportClaim["evidence"][number] & { snapshots: (Omit<NonNullable<ReportClaim["evidence"][number]["snapshots"]>[number], "fetchedAt"> & { fetchedAt: unknown })[] };
type RawCorrection = { note: string; createdAt: unknown; previousRatingName: string | null; newRatingName: string | null; changes: string | null };

/** One row of `reportExportRows` as the app's data layer gives the claim to the exports (same keys, same order). */
export function toExportClaim(row: Row): ReportClaim & Pick<ClaimReviewSource, "appearances"> {
  return {
    id: Number(row.id),
    statement: row.statement as string,
    excerpt: row.excerpt as string | null,
    attribution: row.attribution as string,
    qualifier: row.qualifier as string | null,
    value: num(row.value),
    low: num(row.low),
    high: num(row.high),
    unit: row.unit as string | null,
    asOf: toDate(row.asOf),
    status: row.status as string,
    explanation: row.explanation as string | null,
    publishedAt: toDate(row.publishedAt),
    rating: row.ratingName === null ? null : { name: row.ratingName as string, reviewValue: num(row.reviewValue) },
    speaker: row.speakerName === null ? null : { name: row.speakerName as string, kind: row.speakerKind as string, description: row.speakerDescription as string | null },
    corrections: list<RawCorrection>(row.corrections).map((k) => ({ ...k, createdAt: toDate(k.createdAt)! })),
    article:
      row.articleId === null
        ? null
        : { id: Number(row.articleId), title: row.articleTitle as string, outlet: row.outlet as string, url: row.articleUrl as string | null, publishedAt: toDate(row.articlePublishedAt) },
    evidence: list<RawEvidence>(row.evidence).map((e) => ({
      kind: e.kind, title: e.title, url: e.url, stance: e.stance, notes: e.notes,
      snapshots: e.snapshots.map((w) => ({ ...w, httpStatus: num(w.httpStatus), fetchedAt: toDate(w.fetchedAt)! })),
    })),
    appearances: list<{ articleId: unknown; title: string | null; url: string | null }>(row.appearances).map((m) =>
      ({ article: m.articleId === null ? null : { title: m.title!, url: m.url } })),
  };
}

/** The report's claims, `size` at a time, read in one pass by the raw driver. */
export async function* rawReportBatches(db: RawDb, size: number): AsyncGenerator<ReturnType<typeof toExportClaim>[]> {
  for await (const rows of db.iterate(reportExportRows.forms[db.engine], size)) yield rows.map(toExportClaim);
}

/** The organisation named in the desk's settings (the ClaimReview author), as the server reads it. */
export async function rawOrganization(db: RawDb): Promise<ReviewOrganization> {
  const rows = await db.all(`SELECT key, value FROM "Setting" WHERE key IN ('organizationName', 'organizationUrl')`);
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(String(r.value)) as string]));
  return { name: stored.organizationName ?? "", url: stored.organizationUrl ?? "" };
}

export type ExportFormat = "csv" | "json" | "claimreview";

/** Writes the export of `format` to `file` with the raw driver's batches: the bytes and claims written, and when the first write ended. */
export async function writeRawExport(db: RawDb, format: ExportFormat, file: string, options: { baseUrl: string; size?: number }) {
  const org = format === "claimreview" ? await rawOrganization(db) : null;
  let rows = 0;
  async function* counted() {
    for await (const batch of rawReportBatches(db, options.size ?? 500)) {
      rows += batch.length;
      yield batch;
    }
  }
  const chunks = format === "csv" ? csvChunks(counted()) : format === "json" ? jsonChunks(counted()) : claimReviewChunks(counted(), org!, options.baseUrl);
  const fd = fs.openSync(file, "w");
  let bytes = 0;
  let firstWrite = NaN;
  try {
    for await (const chunk of chunks) {
      bytes += fs.writeSync(fd, chunk);
      if (Number.isNaN(firstWrite)) firstWrite = performance.now();
    }
  } finally {
    fs.closeSync(fd);
  }
  return { bytes, rows, firstWrite };
}
