/**
 * In-app notifications: written inside the transaction of the change that causes them (workflow moves,
 * assignments, comments), then listed, counted and marked read per person.
 */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { isNotificationKind, type NotificationEvent, type NotificationKind } from "@/lib/notify/events";
import { queueNotificationDeliveries } from "./notification-delivery";

/** People who may approve a proposed verdict: active editors and admins. */
export async function approverIds(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { active: true, role: { in: ["editor", "admin"] } }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

/**
 * Writes one notification per recipient (never the actor; inactive people are skipped) and queues its
 * mails and webhook deliveries, all in the caller's transaction: if the change rolls back, nobody is told.
 */
export async function recordNotifications(tx: Tx, event: NotificationEvent | null): Promise<number> {
  if (!event) return 0;
  const wanted = event.recipientIds.filter((id) => id !== event.actorId);
  if (!wanted.length) return 0;
  const active = await tx.user.findMany({ where: { id: { in: wanted }, active: true }, select: { id: true } });
  const recipientIds = wanted.filter((id) => active.some((u) => u.id === id));
  const createdAt = new Date();
  const notifications = [];
  for (const recipientId of recipientIds)
    notifications.push(
      await tx.notification.create({
        data: { recipientId, kind: event.kind, claimId: event.claimId, actorId: event.actorId, commentId: event.commentId ?? null, createdAt },
        select: { id: true, recipientId: true },
      }),
    );
  await queueNotificationDeliveries(tx, { ...event, recipientIds }, notifications, createdAt);
  return notifications.length;
}

export const NOTIFICATION_PAGE_SIZE = 30;
/** The bell counts up to this many; beyond it shows "99+". */
export const UNREAD_COUNT_CAP = 99;

export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  claimId: number;
  statement: string;
  actorName: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The actor's own notifications, newest first, a page at a time (1-based). */
export async function listNotifications(actor: Actor, options: { page?: number; unreadOnly?: boolean } = {}) {
  assertCan(actor, "read");
  const page = Math.max(1, options.page ?? 1);
  const where = { recipientId: actor.id, ...(options.unreadOnly ? { readAt: null } : {}) };
  const rows = await db.notification.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * NOTIFICATION_PAGE_SIZE,
    take: NOTIFICATION_PAGE_SIZE + 1,
    select: { id: true, kind: true, claimId: true, createdAt: true, readAt: true, claim: { select: { statement: true } }, actor: { select: { name: true } } },
  });
  const items: NotificationItem[] = rows.slice(0, NOTIFICATION_PAGE_SIZE).flatMap((r) =>
    isNotificationKind(r.kind)
      ? [{ id: r.id, kind: r.kind, claimId: r.claimId, statement: r.claim.statement, actorName: r.actor?.name ?? null, createdAt: r.createdAt, readAt: r.readAt }]
      : [],
  );
  return { items, page, hasNext: rows.length > NOTIFICATION_PAGE_SIZE };
}

/** How many of the actor's notifications are unread, counted up to UNREAD_COUNT_CAP + 1. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  assertCan(actor, "read");
  // Every page's header asks, and every open page each minute: one plain statement (through the ORM's query
  // builder it cost ten times the SQL).
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (
      SELECT 1 FROM "Notification" WHERE "recipientId" = ${actor.id} AND "readAt" IS NULL LIMIT ${UNREAD_COUNT_CAP + 1}
    ) AS "unread"`;
  return Number(rows[0].n);
}

/** Marks one of the actor's notifications read; someone else's is simply not found. */
export async function markNotificationRead(actor: Actor, id: number) {
  assertCan(actor, "read");
  const { count } = await db.notification.updateMany({ where: { id, recipientId: actor.id, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && !(await db.notification.findFirst({ where: { id, recipientId: actor.id }, select: { id: true } }))) throw notFound("That notification");
}

/** Marks all the actor's notifications read (or those about one claim, when they open it); returns how many. */
export async function markNotificationsRead(actor: Actor, options: { claimId?: number } = {}): Promise<number> {
  assertCan(actor, "read");
  const { count } = await db.notification.updateMany({
    where: { recipientId: actor.id, readAt: null, ...(options.claimId ? { claimId: options.claimId } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
