/** Writes the audit record of a change, inside the change's own transaction. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { insertRows, storedDateTime } from "./bulk-insert";
import type { HistoryNames, HistoryRecord } from "@/lib/web/history-sentence";
import { toDate, type Stored } from "./report-claim-rows";

export type AuditEntity =
  | "article"
  | "claim"
  | "suggestion"
  | "speaker"
  | "evidence"
  | "user"
  | "comment"
  | "rating"
  | "settings"
  | "token"
  | "external_fact_check"
  | "tracker"
  | "web_snapshot"
  | "webhook"
  | "notification_preference";
export type AuditAction = "create" | "update" | "delete" | "status";

export interface AuditRecord {
  actor: Actor;
  entity: AuditEntity;
  entityId: string | number;
  claimId?: number | null;
  action: AuditAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

const auditRow = (event: AuditRecord) => ({
  actorId: event.actor.id,
  entity: event.entity,
  entityId: String(event.entityId),
  claimId: event.claimId ?? null,
  action: event.action,
  before: event.before ? JSON.stringify(event.before) : null,
  after: event.after ? JSON.stringify(event.after) : null,
  reason: event.reason ?? null,
});

/** Appends one audit record inside the caller's transaction, so it stands or falls with the change. */
export async function recordAudit(tx: Tx, event: AuditRecord) {
  await tx.auditEvent.create({ data: auditRow(event) });
}

const AUDIT_COLUMNS = ["actorId", "entity", "entityId", "claimId", "action", "before", "after", "reason", "createdAt"] as const;

/** Many audit records in a few statements, for bulk changes (an import), inside the caller's transaction. */
export async function recordAudits(tx: Tx, events: AuditRecord[]) {
  const now = storedDateTime(new Date());
  const rows = events.map((e) => ({ ...auditRow(e), createdAt: now }));
  await insertRows(tx, "AuditEvent", AUDIT_COLUMNS, rows.map((r) => AUDIT_COLUMNS.map((c) => r[c])));
}

/** An audit row as the history shows it: what changed (a HistoryRecord), by whom, when and why. */
export interface AuditEntry extends HistoryRecord {
  id: number;
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

/** The desk's latest changes, newest first (the dashboard asks on every view: one plain statement with the names). */
export async function getRecentActivity(actor: Actor, take = 15): Promise<AuditEntry[]> {
  assertCan(actor, "read");
  const rows = await db.$queryRaw<(Omit<AuditEntry, "id" | "claimId" | "before" | "after" | "createdAt"> & { id: Integer; claimId: Integer | null; before: string | null; after: string | null; createdAt: Stored })[]>`
    SELECT e."id", e."actorId", e."entity", e."entityId", e."claimId", e."action", e."before", e."after", e."reason", e."createdAt", u."name" AS "actorName"
    FROM (SELECT * FROM "AuditEvent" ORDER BY "id" DESC LIMIT ${take}) e LEFT JOIN "User" u ON u."id" = e."actorId" ORDER BY e."id" DESC`;
  return rows.map(auditEntryFromSql);
}

/**
 * An audit row read by plain SQL, as the history shows it: ids may come as bigints, the date as the engine stores
 * it, before and after as JSON text, the actor's name beside them (the dashboard's list, the claim page's history).
 */
export function auditEntryFromSql(row: Record<string, unknown>): AuditEntry & { actorId: string | null } {
  return {
    id: Number(row.id),
    actorId: (row.actorId ?? null) as string | null,
    entity: row.entity as string,
    entityId: row.entityId as string,
    claimId: row.claimId == null ? null : Number(row.claimId),
    action: row.action as string,
    before: parse((row.before ?? null) as string | null),
    after: parse((row.after ?? null) as string | null),
    reason: (row.reason ?? null) as string | null,
    createdAt: toDate(row.createdAt as Stored)!,
    actorName: (row.actorName ?? null) as string | null,
  };
}

type Integer = number | bigint;

/** The names of the speakers and articles that claim edits refer to by id, so the history can say them. */
export async function loadHistoryNames(actor: Actor, entries: AuditEntry[]): Promise<HistoryNames> {
  assertCan(actor, "read");
  const ids = (field: string) => {
    const out = new Set<number>();
    for (const e of entries) {
      if (e.entity !== "claim") continue;
      for (const side of [e.before, e.after]) {
        const v = side?.[field];
        if (typeof v === "number") out.add(v);
      }
    }
    return [...out];
  };
  const [speakers, articles] = await Promise.all([
    db.speaker.findMany({ where: { id: { in: ids("speakerId") } }, select: { id: true, name: true } }),
    db.article.findMany({ where: { id: { in: ids("articleId") } }, select: { id: true, title: true } }),
  ]);
  return {
    speakers: Object.fromEntries(speakers.map((s) => [String(s.id), s.name])),
    articles: Object.fromEntries(articles.map((a) => [String(a.id), a.title])),
  };
}
