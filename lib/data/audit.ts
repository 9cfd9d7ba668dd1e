/** Writes the audit record of a change, inside the change's own transaction. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";

export type AuditEntity = "article" | "claim" | "speaker" | "evidence" | "user" | "comment" | "rating" | "settings" | "token" | "external_fact_check";
export type AuditAction = "create" | "update" | "delete" | "status";

/** Appends one audit record inside the caller's transaction, so it stands or falls with the change. */
export async function recordAudit(
  tx: Tx,
  event: {
    actor: Actor;
    entity: AuditEntity;
    entityId: string | number;
    claimId?: number | null;
    action: AuditAction;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    reason?: string | null;
  },
) {
  await tx.auditEvent.create({
    data: {
      actorId: event.actor.id,
      entity: event.entity,
      entityId: String(event.entityId),
      claimId: event.claimId ?? null,
      action: event.action,
      before: event.before ? JSON.stringify(event.before) : null,
      after: event.after ? JSON.stringify(event.after) : null,
      reason: event.reason ?? null,
    },
  });
}

export interface AuditEntry {
  id: number;
  entity: string;
  entityId: string;
  claimId: number | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  createdAt: Date;
  actorName: string | null;
}

const parse = (json: string | null) => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

/** What to `include` when reading audit rows that become `AuditEntry`s via `toAuditEntry`. */
export const AUDIT_ENTRY_INCLUDE = { actor: { select: { name: true } } } as const;

export function toAuditEntry(row: {
  id: number;
  entity: string;
  entityId: string;
  claimId: number | null;
  action: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  createdAt: Date;
  actor: { name: string } | null;
}): AuditEntry {
  const { actor, ...rest } = row;
  return { ...rest, before: parse(row.before), after: parse(row.after), actorName: actor?.name ?? null };
}

/** Every change to a claim and its evidence, oldest first. */
export async function getClaimHistory(actor: Actor, claimId: number): Promise<AuditEntry[]> {
  assertCan(actor, "read");
  const rows = await db.auditEvent.findMany({
    where: { claimId },
    orderBy: { id: "asc" },
    include: AUDIT_ENTRY_INCLUDE,
  });
  return rows.map(toAuditEntry);
}

export async function getRecentActivity(actor: Actor, take = 15): Promise<AuditEntry[]> {
  assertCan(actor, "read");
  const rows = await db.auditEvent.findMany({
    orderBy: { id: "desc" },
    take,
    include: AUDIT_ENTRY_INCLUDE,
  });
  return rows.map(toAuditEntry);
}
