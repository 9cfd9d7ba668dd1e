/** The verified-claims report's data: its selection as SQL, keyset pages and batches of published claims, corrections, filter options. */
import "server-only";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/session";
import type { TReportFilter } from "@/lib/validation/filters";
import type { FilterDescription } from "@/lib/reports/report-summary";
import type { ReportCorrection } from "@/lib/reports/report-groups";
import { assertCan } from "@/lib/access/authorize";
import { storedDateTime } from "./bulk-insert";
import { orElse } from "./sql-dialect";
import { listAssignees } from "./assignments";
import { listRatingChoices } from "./ratings";
import { readKeyedReportClaims, readReportClaims, type ReportClaimRecord } from "./report-claim-rows";

const DAY_MS = 24 * 60 * 60 * 1000;
export const REPORT_PAGE_SIZE = 50;
export const EXPORT_BATCH_SIZE = 500;

/**
 * The report's selection as SQL on `"Claim" c`. The report pages, exports and figures all read through it, so
 * they agree; dates compare as the Prisma adapter stores them (ISO text in UTC).
 */
export function reportWhereSql(filter: TReportFilter): Prisma.Sql {
  const parts = [Prisma.sql`c."status" = 'published'`];
  if (filter.article) parts.push(Prisma.sql`c."articleId" = ${filter.article}`);
  if (filter.speaker) parts.push(Prisma.sql`c."speakerId" = ${filter.speaker}`);
  if (filter.rating) parts.push(Prisma.sql`c."ratingId" = ${filter.rating}`);
  if (filter.assignee === "none") parts.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filter.assignee) parts.push(Prisma.sql`c."assigneeId" = ${filter.assignee}`);
  if (filter.from) parts.push(Prisma.sql`c."publishedAt" >= ${storedDateTime(filter.from)}`);
  // `to` is a calendar day: include the whole of it
  if (filter.to) parts.push(Prisma.sql`c."publishedAt" < ${storedDateTime(new Date(filter.to.getTime() + DAY_MS))}`);
  return Prisma.join(parts, " AND ");
}

/**
 * Where a claim stands in the report's order: by article (claims without one last), position in the article
 * (claims without one first), then id. The expressions are those of the index Claim_report_order_idx, so
 * paging through the order is a range read of that index however deep the page.
 */
const articleKey = () => orElse(Prisma.raw(`c."articleId"`), 9007199254740991);
const startKey = () => orElse(Prisma.raw(`c."start"`), -1);
const orderKey = () => Prisma.sql`${articleKey()}, ${startKey()}, c."id"`;
const orderDesc = () => Prisma.sql`${articleKey()} DESC, ${startKey()} DESC, c."id" DESC`;

/** A place in the report's order: the key of the claim last shown. Written in URLs as "article.start.id". */
export interface ReportCursor {
  article: number;
  start: number;
  id: number;
}

export const formatReportCursor = (cursor: ReportCursor) => `${cursor.article}.${cursor.start}.${cursor.id}`;

export function parseReportCursor(text: string | null | undefined): ReportCursor | undefined {
  const match = /^(\d{1,16})\.(-1|\d{1,10})\.(\d{1,10})$/.exec(text ?? "");
  return match ? { article: Number(match[1]), start: Number(match[2]), id: Number(match[3]) } : undefined;
}

/**
 * The claims after (or before) `key` in the report's order, written so the order's index seeks to it: SQLite does
 * not seek on a row-value comparison of expressions, and read the index from its start for every page (an
 * export of 250,000 claims read 60 million index entries to find its 500 batches).
 */
const afterKey = (key: ReportCursor) =>
  Prisma.sql`${articleKey()} >= ${key.article} AND (${articleKey()} > ${key.article} OR (${startKey()}, c."id") > (${key.start}, ${key.id}))`;
const beforeKey = (key: ReportCursor) =>
  Prisma.sql`${articleKey()} <= ${key.article} AND (${articleKey()} < ${key.article} OR (${startKey()}, c."id") < (${key.start}, ${key.id}))`;

type KeyRow = { id: number | bigint; article: number | bigint; start: number | bigint };
const toCursor = (row: KeyRow): ReportCursor => ({ article: Number(row.article), start: Number(row.start), id: Number(row.id) });

/** The keys of up to `limit` claims after (or before) a cursor, in the report's order. */
async function reportKeys(filter: TReportFilter, limit: number, from: { after?: ReportCursor; before?: ReportCursor } = {}) {
  const where = reportWhereSql(filter);
  const select = Prisma.sql`SELECT c."id" AS id, ${articleKey()} AS article, ${startKey()} AS start FROM "Claim" c`;
  const [ascending, descending] = [orderKey(), orderDesc()];
  if (from.before) {
    const rows = await db.$queryRaw<KeyRow[]>`${select} WHERE ${where} AND ${beforeKey(from.before)} ORDER BY ${descending} LIMIT ${limit}`;
    return rows.reverse().map(toCursor);
  }
  const after = from.after;
  const rows = after
    ? await db.$queryRaw<KeyRow[]>`${select} WHERE ${where} AND ${afterKey(after)} ORDER BY ${ascending} LIMIT ${limit}`
    : await db.$queryRaw<KeyRow[]>`${select} WHERE ${where} ORDER BY ${ascending} LIMIT ${limit}`;
  return rows.map(toCursor);
}

/** The claims with these ids, with what a report shows of each, in the order of the ids. */
const loadReportClaims = (keys: ReportCursor[]) => readReportClaims(keys.map((k) => k.id));

export type VerifiedClaim = ReportClaimRecord;

/**
 * One page of the report's claims: the first, the one after `after`, or the one before `before`. `next` and
 * `previous` are the cursors of the neighbouring pages, null at either end.
 */
export async function listReportClaims(
  actor: Actor,
  filter: TReportFilter,
  page: { after?: ReportCursor; before?: ReportCursor; limit?: number } = {},
) {
  assertCan(actor, "report.export");
  const limit = page.limit ?? REPORT_PAGE_SIZE;
  // One more than asked: whether it exists says if there is another page in that direction.
  const keys = await reportKeys(filter, limit + 1, page);
  const backwards = Boolean(page.before);
  const more = keys.length > limit;
  const shown = backwards ? keys.slice(keys.length - Math.min(limit, keys.length)) : keys.slice(0, limit);
  const claims = await loadReportClaims(shown);
  const hasPrevious = backwards ? more : Boolean(page.after);
  const hasNext = backwards ? true : more;
  return {
    claims,
    previous: hasPrevious && shown.length ? formatReportCursor(shown[0]) : null,
    next: hasNext && shown.length ? formatReportCursor(shown[shown.length - 1]) : null,
  };
}

/**
 * The report's claims, a batch at a time, for exports and the PDF of any size in bounded memory. Each batch
 * is one statement that starts where the last one ended (a range read of the order's index), so the first
 * batch is read at once and the last costs what the first did. Batches are read when the consumer asks for them.
 */
export async function* verifiedClaimBatches(actor: Actor, filter: TReportFilter, batchSize = EXPORT_BATCH_SIZE) {
  assertCan(actor, "report.export");
  const where = reportWhereSql(filter);
  const key = Prisma.sql`${articleKey()} AS "keyArticle", ${startKey()} AS "keyStart"`;
  const ascending = orderKey();
  let after: ReportCursor | undefined;
  for (;;) {
    const from = after ? Prisma.sql`AND ${afterKey(after)}` : Prisma.empty;
    const rows = await readKeyedReportClaims(key, Prisma.sql`WHERE ${where} ${from} ORDER BY ${ascending} LIMIT ${batchSize}`);
    if (rows.length === 0) return;
    yield rows.map((row) => row.claim);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].key;
  }
}

export type { ReportCorrection };

/** Corrections to the verdicts in the report's selection, newest first, a batch at a time (the PDF's last section). */
export async function* reportCorrectionBatches(actor: Actor, filter: TReportFilter, batchSize = EXPORT_BATCH_SIZE) {
  assertCan(actor, "report.export");
  let before: { createdAt: string | Date; id: number } | undefined;
  for (;;) {
    // SQLite gives the stored ISO text, PostgreSQL a Date; either goes back into the next batch's condition.
    const rows = await db.$queryRaw<(Omit<ReportCorrection, "createdAt"> & { createdAt: string | Date })[]>`
      SELECT k."id" AS id, k."claimId" AS "claimId", c."statement" AS statement, k."note" AS note, k."createdAt" AS "createdAt",
             k."previousRatingName" AS "previousRatingName", k."newRatingName" AS "newRatingName", k."changes" AS changes
      FROM "Correction" k JOIN "Claim" c ON c."id" = k."claimId"
      WHERE ${reportWhereSql(filter)} ${before ? Prisma.sql`AND (k."createdAt", k."id") < (${before.createdAt}, ${before.id})` : Prisma.empty}
      ORDER BY k."createdAt" DESC, k."id" DESC LIMIT ${batchSize}`;
    if (rows.length === 0) return;
    yield rows.map((r) => ({ ...r, id: Number(r.id), claimId: Number(r.claimId), createdAt: new Date(r.createdAt) }));
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    before = { createdAt: last.createdAt, id: Number(last.id) };
  }
}

/** The first corrections in the selection (newest first) and how many there are, for the report page. */
export async function listReportCorrections(actor: Actor, filter: TReportFilter, limit = REPORT_PAGE_SIZE) {
  const first = await reportCorrectionBatches(actor, filter, limit).next();
  return first.done ? [] : first.value;
}

/**
 * What the report's filters offer and show: the whole rating scale (retired labels too), the assignees, and
 * the chosen article and speaker by name (those two are picked by typing, never listed whole).
 */
export async function getReportFilterOptions(actor: Actor, filter: Pick<TReportFilter, "article" | "speaker"> = {}) {
  assertCan(actor, "report.export");
  const [ratings, assignees, article, speaker] = await Promise.all([
    listRatingChoices(actor, { includeRetired: true }),
    listAssignees(actor),
    filter.article ? db.article.findUnique({ where: { id: filter.article }, select: { id: true, title: true } }) : null,
    filter.speaker ? db.speaker.findUnique({ where: { id: filter.speaker }, select: { id: true, name: true } }) : null,
  ]);
  return {
    ratings,
    assignees,
    article: article ? { id: article.id, label: article.title } : null,
    speaker: speaker ? { id: speaker.id, label: speaker.name } : null,
  };
}

export type ReportFilterOptions = Awaited<ReturnType<typeof getReportFilterOptions>>;

/** The filter with names instead of ids, for saying what the report shows. */
export function nameReportFilter(filter: TReportFilter, options: ReportFilterOptions): FilterDescription {
  const assignee = filter.assignee === "none" ? "nobody" : options.assignees.find((a) => a.id === filter.assignee)?.name;
  const named = (id: number | undefined, option: { id: number; label: string } | null) => (id ? (option?.id === id ? option.label : `#${id}`) : undefined);
  return {
    from: filter.from,
    to: filter.to,
    article: named(filter.article, options.article),
    speaker: named(filter.speaker, options.speaker),
    rating: filter.rating ? (options.ratings.find((r) => r.id === filter.rating)?.name ?? `#${filter.rating}`) : undefined,
    assignee: filter.assignee ? (assignee ?? "an unknown user") : undefined,
  };
}
