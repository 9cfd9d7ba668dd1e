/**
 * What a webhook receives: the event as JSON, or as a Slack-compatible message, and its signature.
 * The signature is HMAC-SHA256 of the raw body with the webhook's secret; the body carries the same
 * timestamp as the header, so a receiver that checks it also knows the time was not altered.
 */
import crypto from "node:crypto";
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from "./events";

export const WEBHOOK_FORMATS = ["json", "slack"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export const SIGNATURE_HEADER = "X-Claimdesk-Signature";
export const TIMESTAMP_HEADER = "X-Claimdesk-Timestamp";
export const EVENT_HEADER = "X-Claimdesk-Event";

/** The event as it is queued: everything the body needs, fixed when the event happened. */
export interface WebhookEvent {
  /** the event kind, as in the notification list */
  event: NotificationKind;
  occurredAt: string;
  claim: { id: number; statement: string; status: string; url: string };
  actor: { name: string } | null;
  /** the people it reached in the app */
  recipients: { name: string }[];
}

/** The body sent for one attempt: `timestamp` is the attempt's time (seconds since the epoch). */
export function webhookBody(format: WebhookFormat, event: WebhookEvent, timestamp: number): string {
  if (format === "slack") return JSON.stringify({ text: slackText(event) });
  return JSON.stringify({ ...event, timestamp });
}

const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One line of Slack mrkdwn: who did what to which claim, linked. */
export function slackText(event: WebhookEvent): string {
  const who = event.actor ? slackEscape(event.actor.name) : "Someone";
  const to = event.recipients.length ? ` (for ${event.recipients.map((r) => slackEscape(r.name)).join(", ")})` : "";
  const statement = event.claim.statement.length > 200 ? `${event.claim.statement.slice(0, 199)}…` : event.claim.statement;
  return `*${NOTIFICATION_KIND_LABELS[event.event]}*${to}: ${who} — <${event.claim.url}|claim #${event.claim.id}> “${slackEscape(statement)}”`;
}

/** `sha256=<hex>`: HMAC-SHA256 of the raw body with the secret. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/** Whether a signature header matches the body (constant-time): what a receiver does. */
export function verifyWebhookSignature(secret: string, body: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** The secret as lists show it: only its last four characters. */
export function maskSecret(secret: string): string {
  return `••••${secret.slice(-4)}`;
}
