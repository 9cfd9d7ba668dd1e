/** The desk's history, read from the audit log. */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { AUDIT_ENTRY_INCLUDE, toAuditEntry, type AuditEntry } from "./audit";

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
  evidence: { entity: "evidence" },
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
  /** 1-based */
  page: number;
}

/** The desk's audit records, newest first, 50 to a page. */
export async function listActivity(
  actor: Actor,
  filter: ActivityFilter,
): Promise<{ entries: AuditEntry[]; total: number; page: number; pageCount: number }> {
  assertCan(actor, "read");
  const where: Prisma.AuditEventWhereInput = {
    actorId: filter.actorId,
    claimId: filter.claimId,
    ...(filter.kind ? KIND_WHERE[filter.kind] : {}),
  };
  const [total, rows] = await db.$transaction([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * ACTIVITY_PAGE_SIZE,
      take: ACTIVITY_PAGE_SIZE,
      include: AUDIT_ENTRY_INCLUDE,
    }),
  ]);
  return { entries: rows.map(toAuditEntry), total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE)) };
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
