import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/session";
import type { TReportFilter } from "@/lib/validation/filters";
import { assertCan } from "./authorize";

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

/** Claims with a published verdict, with what a report shows of each, ordered by article then position. */
export async function getVerifiedClaims(actor: Actor, filter: TReportFilter) {
  assertCan(actor, "report.export");
  return db.claim.findMany({
    where: reportWhere(filter),
    orderBy: [{ articleId: "asc" }, { start: "asc" }, { id: "asc" }],
    select: {
      id: true,
      statement: true,
      excerpt: true,
      attribution: true,
      qualifier: true,
      value: true,
      low: true,
      high: true,
      unit: true,
      asOf: true,
      status: true,
      explanation: true,
      publishedAt: true,
      rating: { select: { name: true, colour: true, reviewValue: true } },
      speaker: { select: { name: true, kind: true, description: true } },
      corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true, previousRatingName: true, newRatingName: true } },
      article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: { kind: true, title: true, url: true, stance: true, notes: true } },
    },
  });
}

export type VerifiedClaim = Awaited<ReturnType<typeof getVerifiedClaims>>[number];

/** The report's claims grouped by article; claims without an article come last. */
export function groupByArticle(claims: VerifiedClaim[]) {
  const groups = new Map<string, { article: VerifiedClaim["article"]; claims: VerifiedClaim[] }>();
  for (const claim of claims) {
    const key = claim.article ? String(claim.article.id) : "none";
    if (!groups.has(key)) groups.set(key, { article: claim.article, claims: [] });
    groups.get(key)!.claims.push(claim);
  }
  return [...groups.values()].sort((a, b) => (a.article ? 0 : 1) - (b.article ? 0 : 1));
}

/** Corrections to published verdicts in the report's selection, newest first: the report's "Corrections" section. */
export function correctionsOf(claims: VerifiedClaim[]) {
  return claims
    .flatMap((claim) => claim.corrections.map((correction) => ({ ...correction, claimId: claim.id, statement: claim.statement })))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}
