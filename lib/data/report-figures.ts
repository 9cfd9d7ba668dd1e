/** The report's figures counted by the database: the summary and charts, and how many verdicts ClaimReview cannot export. */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import type { TReportFilter } from "@/lib/validation/filters";
import { summarizeCounts, TOP_SPEAKERS, type ReportSummary } from "@/lib/reports/report-summary";
import { assertCan } from "@/lib/access/authorize";
import { reportWhereSql } from "./reports";
import { dayOf } from "./sql-dialect";
import { Prisma } from "@/lib/generated/prisma/client";

const n = (value: number | bigint | null | undefined) => Number(value ?? 0);

/**
 * The report's summary and chart figures (bars in the order of `ratingOrder`, the scale's names), counted by the database (GROUP BY rating, speaker and day) so the
 * cost does not grow with what the claims hold, and nothing but the counts comes back.
 */
export async function getReportSummary(actor: Actor, filter: TReportFilter, ratingOrder: readonly string[] = []): Promise<ReportSummary> {
  assertCan(actor, "report.export");
  const where = reportWhereSql(filter);
  type Totals = { verdicts: bigint; articles: bigint; speakers: bigint; unattributed: bigint | null; withFigure: bigint | null };
  const [[totals], [corrections], byRating, bySpeaker, byDay, ratings] = await Promise.all([
    db.$queryRaw<Totals[]>`
      SELECT COUNT(*) AS verdicts, COUNT(DISTINCT c."articleId") AS articles, COUNT(DISTINCT c."speakerId") AS speakers,
             COUNT(*) FILTER (WHERE c."speakerId" IS NULL) AS unattributed,
             COUNT(*) FILTER (WHERE c."value" IS NOT NULL OR c."low" IS NOT NULL OR c."high" IS NOT NULL) AS "withFigure"
      FROM "Claim" c WHERE ${where}`,
    db.$queryRaw<{ count: bigint }[]>`SELECT COUNT(*) AS count FROM "Correction" k JOIN "Claim" c ON c."id" = k."claimId" WHERE ${where}`,
    db.$queryRaw<{ ratingId: number | null; count: bigint }[]>`SELECT c."ratingId" AS "ratingId", COUNT(*) AS count FROM "Claim" c WHERE ${where} GROUP BY c."ratingId"`,
    // A few more than shown, so ties at the edge are broken by name as the chart does.
    db.$queryRaw<{ name: string; count: bigint }[]>`
      SELECT s."name" AS name, t.count AS count FROM (
        SELECT c."speakerId" AS "speakerId", COUNT(*) AS count FROM "Claim" c WHERE ${where} AND c."speakerId" IS NOT NULL
        GROUP BY c."speakerId" ORDER BY count DESC LIMIT ${TOP_SPEAKERS * 2}
      ) t JOIN "Speaker" s ON s."id" = t."speakerId"`,
    db.$queryRaw<{ day: string; count: bigint }[]>`
      SELECT ${dayOf(Prisma.raw(`c."publishedAt"`))} AS day, COUNT(*) AS count FROM "Claim" c WHERE ${where} AND c."publishedAt" IS NOT NULL GROUP BY day`,
    db.ratingLabel.findMany({ select: { id: true, name: true, colour: true, reviewValue: true } }),
  ]);
  const ratingById = new Map(ratings.map((r) => [r.id, r]));
  return summarizeCounts(
    {
      verdicts: n(totals.verdicts),
      articles: n(totals.articles),
      speakers: n(totals.speakers),
      unattributed: n(totals.unattributed),
      withFigure: n(totals.withFigure),
      corrections: n(corrections.count),
      byRating: byRating.flatMap((row) => {
        const rating = row.ratingId === null ? undefined : ratingById.get(Number(row.ratingId));
        return rating ? [{ name: rating.name, colour: rating.colour, reviewValue: rating.reviewValue, count: n(row.count) }] : [];
      }),
      bySpeaker: bySpeaker.map((row) => ({ name: row.name, count: n(row.count) })),
      published: byDay.map((row) => ({ date: new Date(`${row.day}T00:00:00.000Z`), count: n(row.count) })),
    },
    ratingOrder,
  );
}

/**
 * How many of the selection's claims cannot be exported as ClaimReview, counted in the database so the export
 * can say it in a header before its first byte: without the organisation's name none can; otherwise those
 * without a statement or a rating (lib/reports/claim-review.ts validateClaimReview's problems).
 */
export async function countClaimReviewSkips(actor: Actor, filter: TReportFilter, organizationName: string): Promise<number> {
  assertCan(actor, "report.export");
  const where = reportWhereSql(filter);
  const [row] = organizationName.trim()
    ? await db.$queryRaw<{ count: bigint }[]>`
        SELECT COUNT(*) AS count FROM "Claim" c LEFT JOIN "RatingLabel" r ON r."id" = c."ratingId"
        WHERE ${where} AND (trim(c."statement") = '' OR r."id" IS NULL OR trim(r."name") = '')`
    : await db.$queryRaw<{ count: bigint }[]>`SELECT COUNT(*) AS count FROM "Claim" c WHERE ${where}`;
  return n(row.count);
}
