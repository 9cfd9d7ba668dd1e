/** The verified-claims report's data: published claims by filter, in batches for exports, and filter options. */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/session";
import type { TReportFilter } from "@/lib/validation/filters";
import type { FilterDescription } from "@/lib/reports/report-summary";
import { assertCan } from "@/lib/access/authorize";
import { listArticleOptions } from "./articles";
import { CLAIM_FIGURE_SELECT } from "./claim-select";
import { listAssignees } from "./assignments";
import { listRatings } from "./ratings";
import { listSpeakerOptions } from "./speakers";

const DAY_MS = 24 * 60 * 60 * 1000;

function reportWhere(filter: TReportFilter): Prisma.ClaimWhereInput {
  return {
    status: "published",
    articleId: filter.article,
    speakerId: filter.speaker,
    ratingId: filter.rating,
    assigneeId: filter.assignee === "none" ? null : filter.assignee,
    publishedAt: {
      gte: filter.from,
      // `to` is a calendar day: include the whole of it
      lt: filter.to ? new Date(filter.to.getTime() + DAY_MS) : undefined,
    },
  };
}

const REPORT_ORDER: Prisma.ClaimOrderByWithRelationInput[] = [{ articleId: "asc" }, { start: "asc" }, { id: "asc" }];

const REPORT_SELECT = {
  id: true,
  statement: true,
  excerpt: true,
  attribution: true,
  ...CLAIM_FIGURE_SELECT,
  asOf: true,
  status: true,
  explanation: true,
  publishedAt: true,
  rating: { select: { name: true, colour: true, reviewValue: true } },
  speaker: { select: { name: true, kind: true, description: true } },
  corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true, previousRatingName: true, newRatingName: true, changes: true } },
  article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
  evidence: { orderBy: { createdAt: "asc" }, select: { kind: true, title: true, url: true, stance: true, notes: true } },
  appearances: { orderBy: { id: "asc" }, select: { article: { select: { title: true, url: true } } } },
} satisfies Prisma.ClaimSelect;

/** Claims with a published verdict, with what a report shows of each, ordered by article then position. */
export async function getVerifiedClaims(actor: Actor, filter: TReportFilter) {
  assertCan(actor, "report.export");
  return db.claim.findMany({ where: reportWhere(filter), orderBy: REPORT_ORDER, select: REPORT_SELECT });
}

export const EXPORT_BATCH_SIZE = 500;

/**
 * The same claims as getVerifiedClaims, a batch at a time, for exports of any size in bounded memory. The
 * ordered ids are read first (a few bytes a claim), then each batch by id, so the cost stays linear where
 * OFFSET paging would rescan the table for every batch. Batches are read when the consumer asks for them.
 */
export async function* verifiedClaimBatches(actor: Actor, filter: TReportFilter, batchSize = EXPORT_BATCH_SIZE) {
  assertCan(actor, "report.export");
  const ids = (await db.claim.findMany({ where: reportWhere(filter), orderBy: REPORT_ORDER, select: { id: true } })).map((c) => c.id);
  for (let from = 0; from < ids.length; from += batchSize) {
    const slice = ids.slice(from, from + batchSize);
    const rows = await db.claim.findMany({ where: { id: { in: slice }, ...reportWhere(filter) }, select: REPORT_SELECT });
    const byId = new Map(rows.map((row) => [row.id, row]));
    // A claim unpublished between the two reads is left out rather than exported half-way.
    const batch = slice.flatMap((id) => byId.get(id) ?? []);
    if (batch.length > 0) yield batch;
  }
}

export type VerifiedClaim = Awaited<ReturnType<typeof getVerifiedClaims>>[number];

/** What the report's filters offer: articles, speakers, the whole rating scale (retired labels too) and assignees. */
export async function getReportFilterOptions(actor: Actor) {
  assertCan(actor, "report.export");
  const [articles, speakers, ratings, assignees] = await Promise.all([
    listArticleOptions(actor),
    listSpeakerOptions(actor),
    listRatings(actor, { includeRetired: true }),
    listAssignees(actor),
  ]);
  return { articles, speakers, ratings, assignees };
}

export type ReportFilterOptions = Awaited<ReturnType<typeof getReportFilterOptions>>;

/** The filter with names instead of ids, for saying what the report shows. */
export function nameReportFilter(filter: TReportFilter, options: ReportFilterOptions): FilterDescription {
  const assignee = filter.assignee === "none" ? "nobody" : options.assignees.find((a) => a.id === filter.assignee)?.name;
  return {
    from: filter.from,
    to: filter.to,
    article: filter.article ? (options.articles.find((a) => a.id === filter.article)?.title ?? `#${filter.article}`) : undefined,
    speaker: filter.speaker ? (options.speakers.find((s) => s.id === filter.speaker)?.name ?? `#${filter.speaker}`) : undefined,
    rating: filter.rating ? (options.ratings.find((r) => r.id === filter.rating)?.name ?? `#${filter.rating}`) : undefined,
    assignee: filter.assignee ? (assignee ?? "an unknown user") : undefined,
  };
}
