/** The desk's history, read from the audit log. */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { AUDIT_ENTRY_INCLUDE, toAuditEntry } from "./audit";
import { LIST_COUNT_CAP } from "./articles";

export const ACTIVITY_PAGE_SIZE = 50;

/** The families of audit records the feed filters by, in the order the filter offers them. */
export const ACTIVITY_KINDS = [
  "claim_created",
  "claim_edited",
  "claim_deleted",
  "workflow",
  "evidence",
  "comment",
  "article",
  "speaker",
  "user",
  "rating",
  "settings",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  claim_created: "Claim created",
  claim_edited: "Claim edited",
  claim_deleted: "Claim deleted",
  workflow: "Workflow change",
  evidence: "Evidence",
  comment: "Comment",
  article: "Article",
  speaker: "Speaker",
  user: "User",
  rating: "Rating scale",
  settings: "Settings",
};

const KIND_WHERE: Record<ActivityKind, Prisma.AuditEventWhereInput> = {
  claim_created: { entity: "claim", action: "create" },
  // Every other change to a claim's own fields (edits, assignments); workflow moves are their own kind.
  claim_edited: { entity: "claim", action: { notIn: ["create", "delete", "status"] } },
  claim_deleted: { entity: "claim", action: "delete" },
  workflow: { action: "status" },
  // Evidence and the archive checks of web sources.
  evidence: { entity: { in: ["evidence", "web_snapshot"] } },
  comment: { entity: "comment" },
  article: { entity: "article" },
  speaker: { entity: "speaker" },
  user: { entity: "user" },
  rating: { entity: "rating" },
  settings: { entity: "settings" },
};

export interface ActivityFilter {
  actorId?: string;
  claimId?: number;
  kind?: ActivityKind;
  /** the id of the last (oldest) record already shown: the next page holds older ones */
  after?: number;
  /** the id of the first (newest) record shown: the page before holds newer ones */
  before?: number;
}

/**
 * The desk's audit records, newest first, 50 to a page. Pages are addressed by the record they start from
 * (ids grow with time), so an old page costs what the first does; the total is counted up to the list cap.
 */
export async function listActivity(actor: Actor, filter: ActivityFilter) {
  assertCan(actor, "read");
  const where: Prisma.AuditEventWhereInput = {
    actorId: filter.actorId,
    claimId: filter.claimId,
    ...(filter.kind ? KIND_WHERE[filter.kind] : {}),
  };
  const newer = filter.before !== undefined && filter.after === undefined;
  const [total, rows] = await db.$transaction([
    db.auditEvent.count({ where, take: LIST_COUNT_CAP + 1 }),
    db.auditEvent.findMany({
      where: { AND: [where, { id: newer ? { gt: filter.before } : filter.after !== undefined ? { lt: filter.after } : {} }] },
      orderBy: { id: newer ? "asc" : "desc" },
      take: ACTIVITY_PAGE_SIZE + 1,
      include: AUDIT_ENTRY_INCLUDE,
    }),
  ]);
  const more = rows.length > ACTIVITY_PAGE_SIZE;
  const page = newer ? rows.slice(0, ACTIVITY_PAGE_SIZE).reverse() : rows.slice(0, ACTIVITY_PAGE_SIZE);
  return {
    entries: page.map(toAuditEntry),
    total: Math.min(total, LIST_COUNT_CAP),
    totalCapped: total > LIST_COUNT_CAP,
    older: (newer || more) && page.length ? page[page.length - 1].id : null,
    newer: (newer ? more : filter.after !== undefined) && page.length ? page[0].id : null,
  };
}

/** The people who appear in the history, for the feed's person filter. */
export async function listActivityActors(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "read");
  return db.user.findMany({
    where: { auditEvents: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
