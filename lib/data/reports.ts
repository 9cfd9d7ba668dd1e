import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/session";
import { FINAL_STATUSES } from "@/lib/domain/status";
import type { TReportFilter } from "@/lib/validation/filters";
import { assertCan } from "./authorize";

const DAY_MS = 24 * 60 * 60 * 1000;

function reportWhere(filter: TReportFilter): Prisma.ClaimWhereInput {
  return {
    status: { in: [...FINAL_STATUSES] },
    articleId: filter.article,
    statusChangedAt: {
      gte: filter.from,
      // `to` is a calendar day: include the whole of it
      lt: filter.to ? new Date(filter.to.getTime() + DAY_MS) : undefined,
    },
  };
}

/** Claims with a final status, with what a report shows of each, ordered by article then position. */
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
      statusNote: true,
      statusChangedAt: true,
      speaker: { select: { name: true, kind: true, description: true } },
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
