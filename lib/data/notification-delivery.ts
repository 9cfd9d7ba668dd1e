/**
 * Notifications beyond the app: queues each event's mails (per each person's preference) and webhook
 * deliveries in the event's transaction, and gives the job worker what it needs to send them.
 */
import "server-only";
import { db, type Db, type Tx } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { publicBaseUrl } from "@/lib/platform/base-url";
import { isNotificationKind, type NotificationEvent } from "@/lib/notify/events";
import { digestHour, isEmailPreference, mailSettings, nextDigestAt, type EmailPreference } from "@/lib/notify/mail-settings";
import type { MailNotification } from "@/lib/notify/mail-text";
import type { WebhookEvent } from "@/lib/notify/webhook-body";
import { queueDeliveryJob } from "./jobs";
import { recordAudit } from "./audit";

/** Everyone without a stored preference gets each notification by mail at once (when mail is set up). */
export const DEFAULT_EMAIL_PREFERENCE: EmailPreference = "immediately";

/** The mail jobs of each new notification, and one webhook delivery job per subscribed webhook. */
export async function queueNotificationDeliveries(tx: Tx, event: NotificationEvent, notifications: { id: number; recipientId: string }[], at: Date) {
  if (mailSettings()) {
    const stored = await tx.notificationPreference.findMany({ where: { userId: { in: notifications.map((n) => n.recipientId) } } });
    for (const n of notifications) {
      const preference = stored.find((p) => p.userId === n.recipientId)?.email ?? DEFAULT_EMAIL_PREFERENCE;
      if (preference === "immediately") await queueDeliveryJob(tx, "notification-email", { notificationId: n.id }, { createdById: event.actorId });
      if (preference === "digest") {
        const digest = nextDigestAt(at, digestHour());
        await queueDeliveryJob(tx, "notification-digest", { at: digest.at.toISOString() }, { createdById: event.actorId, runAfter: digest.at, dedupeKey: `digest:${digest.day}` });
      }
    }
  }
  const webhooks = (await tx.webhook.findMany({ where: { active: true }, select: { id: true, events: true } })).filter((w) =>
    (JSON.parse(w.events) as string[]).includes(event.kind),
  );
  if (!webhooks.length) return;
  const payload = await webhookEvent(tx, event, at);
  for (const webhook of webhooks) await queueDeliveryJob(tx, "webhook-delivery", { webhookId: webhook.id, payload }, { createdById: event.actorId });
}

/** The event as webhooks receive it, fixed now: later edits to the claim do not change what is sent. */
async function webhookEvent(tx: Tx, event: NotificationEvent, at: Date): Promise<WebhookEvent> {
  const [claim, actor, recipients] = await Promise.all([
    tx.claim.findUniqueOrThrow({ where: { id: event.claimId }, select: { id: true, statement: true, status: true } }),
    tx.user.findUnique({ where: { id: event.actorId }, select: { name: true } }),
    tx.user.findMany({ where: { id: { in: event.recipientIds } }, select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    event: event.kind,
    occurredAt: at.toISOString(),
    claim: { ...claim, url: `${publicBaseUrl()}/claims/${claim.id}` },
    actor: actor ? { name: actor.name } : null,
    recipients,
  };
}

/** The actor's own mail preference. */
export async function getEmailPreference(actor: Actor): Promise<EmailPreference> {
  assertCan(actor, "read");
  const row = await db.notificationPreference.findUnique({ where: { userId: actor.id } });
  return row && isEmailPreference(row.email) ? row.email : DEFAULT_EMAIL_PREFERENCE;
}

/** Sets the actor's own mail preference, with its audit record; returns whether it changed. */
export async function setEmailPreference(actor: Actor, email: EmailPreference): Promise<boolean> {
  assertCan(actor, "read");
  return db.$transaction(async (tx) => {
    const before = (await tx.notificationPreference.findUnique({ where: { userId: actor.id } }))?.email ?? DEFAULT_EMAIL_PREFERENCE;
    if (before === email) return false;
    await tx.notificationPreference.upsert({ where: { userId: actor.id }, create: { userId: actor.id, email }, update: { email } });
    await recordAudit(tx, { actor, entity: "notification_preference", entityId: actor.id, action: "update", before: { email: before }, after: { email } });
    return true;
  });
}

const MAIL_SELECT = {
  id: true,
  kind: true,
  claimId: true,
  createdAt: true,
  emailedAt: true,
  claim: { select: { statement: true } },
  actor: { select: { name: true } },
  recipient: { select: { email: true, active: true } },
} as const;

type MailRow = { kind: string; claimId: number; createdAt: Date; claim: { statement: string }; actor: { name: string } | null };
const toMail = (r: MailRow): MailNotification[] =>
  isNotificationKind(r.kind) ? [{ kind: r.kind, claimId: r.claimId, statement: r.claim.statement, actorName: r.actor?.name ?? null, createdAt: r.createdAt }] : [];

/**
 * A notification to mail at once, with its recipient's address; null when there is nothing to send (it
 * went out already, the person was deactivated, or they chose another way since).
 */
export async function notificationToMail(client: Db, id: number) {
  const row = await client.notification.findUnique({ where: { id }, select: { ...MAIL_SELECT, recipientId: true } });
  if (!row || row.emailedAt || !row.recipient.active) return null;
  const preference = (await client.notificationPreference.findUnique({ where: { userId: row.recipientId } }))?.email ?? DEFAULT_EMAIL_PREFERENCE;
  if (preference !== "immediately") return null;
  const [mail] = toMail(row);
  return mail ? { to: row.recipient.email, notification: mail } : null;
}

/** The day's digests: per person who chose one, their notifications of the 24 hours before `at` not yet mailed. */
export async function digestsDue(client: Db, at: Date) {
  const people = await client.notificationPreference.findMany({ where: { email: "digest", user: { active: true } }, select: { userId: true, user: { select: { email: true } } } });
  const since = new Date(at.getTime() - 24 * 60 * 60_000);
  const digests = [];
  for (const person of people) {
    const rows = await client.notification.findMany({
      where: { recipientId: person.userId, emailedAt: null, createdAt: { gt: since, lte: at } },
      orderBy: { id: "asc" },
      take: 500,
      select: MAIL_SELECT,
    });
    if (rows.length) digests.push({ to: person.user.email, ids: rows.map((r) => r.id), notifications: rows.flatMap(toMail) });
  }
  return digests;
}

/** Marks notifications as mailed, so no later mail or digest sends them again. */
export async function markNotificationsMailed(client: Db, ids: number[], at = new Date()) {
  await client.notification.updateMany({ where: { id: { in: ids }, emailedAt: null }, data: { emailedAt: at } });
}
