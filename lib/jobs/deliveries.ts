/**
 * The delivery jobs of notifications: a webhook POST, a mail sent at once, a day's digest. A failure is
 * tried again later (exponential backoff, a bounded number of attempts); each webhook attempt is logged.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { publicBaseUrl } from "@/lib/platform/base-url";
import { failJob, finishJob, retryJobLater, type DeliveryJobKind } from "@/lib/data/jobs";
import { recordWebhookDelivery, webhookForDelivery } from "@/lib/data/webhooks";
import { digestsDue, markNotificationsMailed, notificationToMail } from "@/lib/data/notification-delivery";
import { retryBaseMs, retryDelayMs } from "@/lib/notify/retry";
import { webhookBody, type WebhookEvent } from "@/lib/notify/webhook-body";
import { postWebhook } from "@/lib/notify/post-webhook";
import { mailSettings } from "@/lib/notify/mail-settings";
import { digestMail, notificationMail } from "@/lib/notify/mail-text";
import { sendMail } from "@/lib/notify/send-mail";
import type { Job } from "@/lib/generated/prisma/client";

type Held = Pick<Job, "id" | "attempts" | "input">;

/** Succeeded, or given up after the last attempt, or queued again after its backoff. */
async function finish(job: Held, workerId: string, result: unknown) {
  await finishJob(db, job, workerId, { result, done: 1, total: 1 });
}

async function retryOrFail(job: Held, workerId: string, message: string, now = Date.now()) {
  const delay = retryDelayMs(job.attempts, retryBaseMs());
  if (delay === null) await failJob(db, job, workerId, `Gave up after ${job.attempts} attempts: ${message}`);
  else await retryJobLater(db, job, workerId, new Date(now + delay), message);
}

async function deliverWebhook(job: Held, workerId: string) {
  const { webhookId, payload } = JSON.parse(job.input) as { webhookId: number; payload: WebhookEvent };
  const webhook = await webhookForDelivery(db, webhookId);
  if (!webhook) return finish(job, workerId, { skipped: "The webhook was removed or paused." });
  const timestamp = Math.floor(Date.now() / 1000);
  const body = webhookBody(webhook.format, payload, timestamp);
  const outcome = await postWebhook(webhook.url, body, { secret: webhook.secret, event: payload.event, timestamp });
  await recordWebhookDelivery(db, {
    webhookId,
    jobId: job.id,
    event: payload.event,
    claimId: payload.claim.id,
    attempt: job.attempts,
    statusCode: outcome.statusCode,
    error: outcome.error,
    durationMs: outcome.durationMs,
  });
  if (outcome.ok) await finish(job, workerId, { statusCode: outcome.statusCode });
  else if (outcome.permanent) await failJob(db, job, workerId, outcome.error ?? "The delivery was refused.");
  else await retryOrFail(job, workerId, outcome.error ?? "The delivery failed.");
}

async function mailNotification(job: Held, workerId: string) {
  const settings = mailSettings();
  const { notificationId } = JSON.parse(job.input) as { notificationId: number };
  const due = settings ? await notificationToMail(db, notificationId) : null;
  if (!settings || !due) return finish(job, workerId, { skipped: "Nothing to send." });
  await sendMail(settings, due.to, notificationMail(due.notification, publicBaseUrl()));
  await markNotificationsMailed(db, [notificationId]);
  await finish(job, workerId, { sent: 1 });
}

/** One mail per person who chose the digest; those sent are marked, so a retry sends only the rest. */
async function mailDigests(job: Held, workerId: string) {
  const settings = mailSettings();
  if (!settings) return finish(job, workerId, { skipped: "No SMTP server is configured." });
  const { at } = JSON.parse(job.input) as { at: string };
  let sent = 0;
  for (const digest of await digestsDue(db, new Date(at))) {
    await sendMail(settings, digest.to, digestMail(digest.notifications, publicBaseUrl()));
    await markNotificationsMailed(db, digest.ids);
    sent++;
  }
  await finish(job, workerId, { sent });
}

const DELIVERIES: Record<DeliveryJobKind, (job: Held, workerId: string) => Promise<void>> = {
  "webhook-delivery": deliverWebhook,
  "notification-email": mailNotification,
  "notification-digest": mailDigests,
};

export async function runDeliveryJob(job: Job, workerId: string) {
  try {
    await DELIVERIES[job.kind as DeliveryJobKind](job, workerId);
  } catch (error) {
    console.error(`Delivery job ${job.id} (${job.kind}) failed:`, error);
    await retryOrFail(job, workerId, error instanceof Error ? error.message : "The delivery failed.");
  }
}
