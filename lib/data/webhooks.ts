/** Outgoing webhooks (admins): add, pause, remove, the delivery log; and what the delivery job reads and records. */
import "server-only";
import { db, type Db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { isNotificationKind, type NotificationKind } from "@/lib/notify/events";
import { maskSecret, type WebhookFormat } from "@/lib/notify/webhook-body";
import type { TWebhookCreate } from "@/lib/validation/notifications";
import { recordAudit } from "./audit";

/** A webhook as settings show it: the secret only by its last characters. */
export interface WebhookView {
  id: number;
  url: string;
  events: NotificationKind[];
  format: WebhookFormat;
  active: boolean;
  secretHint: string;
  createdAt: Date;
}

const eventsOf = (json: string): NotificationKind[] => (JSON.parse(json) as unknown[]).filter(isNotificationKind);

function toView(w: { id: number; url: string; events: string; format: string; active: boolean; secret: string; createdAt: Date }): WebhookView {
  return { id: w.id, url: w.url, events: eventsOf(w.events), format: w.format === "slack" ? "slack" : "json", active: w.active, secretHint: maskSecret(w.secret), createdAt: w.createdAt };
}

export async function listWebhooks(actor: Actor): Promise<WebhookView[]> {
  assertCan(actor, "settings.manage");
  return (await db.webhook.findMany({ orderBy: { id: "asc" } })).map(toView);
}

export async function createWebhook(actor: Actor, input: TWebhookCreate): Promise<WebhookView> {
  assertCan(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    const webhook = await tx.webhook.create({
      data: { url: input.url, events: JSON.stringify(input.events), secret: input.secret, format: input.format, createdById: actor.id },
    });
    // The secret is never written to the history.
    await recordAudit(tx, { actor, entity: "webhook", entityId: webhook.id, action: "create", after: { url: webhook.url, events: input.events, format: webhook.format } });
    return toView(webhook);
  });
}

/** Pauses or resumes a webhook: a paused one gets no new deliveries. */
export async function setWebhookActive(actor: Actor, id: number, active: boolean): Promise<WebhookView> {
  assertCan(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id } });
    if (!before) throw notFound("That webhook");
    const after = await tx.webhook.update({ where: { id }, data: { active } });
    if (before.active !== active)
      await recordAudit(tx, { actor, entity: "webhook", entityId: id, action: "update", before: { url: before.url, active: before.active }, after: { url: after.url, active } });
    return toView(after);
  });
}

/** Removes a webhook with its log; deliveries still queued for it are dropped when they come up. */
export async function deleteWebhook(actor: Actor, id: number) {
  assertCan(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id } });
    if (!before) throw notFound("That webhook");
    await tx.webhook.delete({ where: { id } });
    await recordAudit(tx, { actor, entity: "webhook", entityId: id, action: "delete", before: { url: before.url, events: eventsOf(before.events) } });
    return toView(before);
  });
}

export const DELIVERY_LOG_SIZE = 50;

/** The latest delivery attempts, newest first, of every webhook or one. */
export async function listWebhookDeliveries(actor: Actor, options: { webhookId?: number } = {}) {
  assertCan(actor, "settings.manage");
  return db.webhookDelivery.findMany({
    where: options.webhookId ? { webhookId: options.webhookId } : {},
    orderBy: { id: "desc" },
    take: DELIVERY_LOG_SIZE,
    select: { id: true, webhookId: true, event: true, claimId: true, attempt: true, statusCode: true, error: true, durationMs: true, createdAt: true, webhook: { select: { url: true } } },
  });
}

/** For the delivery job: the webhook with its secret, or null when it was removed or paused since. */
export async function webhookForDelivery(client: Db, id: number) {
  const webhook = await client.webhook.findUnique({ where: { id } });
  return webhook?.active ? { id: webhook.id, url: webhook.url, secret: webhook.secret, format: (webhook.format === "slack" ? "slack" : "json") as WebhookFormat } : null;
}

/** One line of the delivery log. */
export async function recordWebhookDelivery(
  client: Db,
  row: { webhookId: number; jobId: number; event: string; claimId: number | null; attempt: number; statusCode: number | null; error: string | null; durationMs: number },
) {
  await client.webhookDelivery.create({ data: row });
}
