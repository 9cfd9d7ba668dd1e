import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { requirePageAccess } from "@/app/(desk)/require-page-access";
import { listWebhookDeliveries, listWebhooks } from "@/lib/data/webhooks";
import { NOTIFICATION_KIND_LABELS, isNotificationKind } from "@/lib/notify/events";
import { formatDateTime } from "@/lib/web/format";
import { DeleteWebhookForm, NewWebhookForm, WebhookActiveForm } from "./webhook-forms";

export const metadata: Metadata = { title: "Webhooks" };

const eventLabel = (kind: string) => (isNotificationKind(kind) ? NOTIFICATION_KIND_LABELS[kind] : kind);

export default async function WebhooksPage() {
  const actor = await requireActor();
  requirePageAccess(actor, "/settings/webhooks");
  const [webhooks, deliveries] = await Promise.all([listWebhooks(actor), listWebhookDeliveries(actor)]);
  return (
    <>
      <h1>Webhooks</h1>
      <p><Link href="/settings">← Settings</Link></p>
      <p className="muted">
        Claimdesk POSTs each chosen event to the webhook&apos;s address as it happens, signed with the secret
        (<code>X-Claimdesk-Signature: sha256=…</code>, the HMAC-SHA256 of the raw body; <code>X-Claimdesk-Timestamp</code> repeats the
        body&apos;s <code>timestamp</code>). A delivery that fails is tried again after 30 s, 1, 2, 4 and 8 minutes, six attempts in all.
      </p>
      <section className="panel">
        <NewWebhookForm />
      </section>
      <h2>Webhooks</h2>
      {webhooks.length === 0 ? (
        <p className="empty">No webhooks yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">URL</th>
              <th scope="col">Events</th>
              <th scope="col">Format</th>
              <th scope="col">Secret</th>
              <th scope="col">State</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {webhooks.map((w) => (
              <tr key={w.id}>
                <td data-label="URL" style={{ overflowWrap: "anywhere" }}>{w.url}</td>
                <td data-label="Events" className="small">{w.events.map(eventLabel).join(", ")}</td>
                <td data-label="Format">{w.format === "slack" ? "Slack" : "JSON"}</td>
                <td data-label="Secret"><code>{w.secretHint}</code></td>
                <td data-label="State">{w.active ? "Active" : "Paused"}</td>
                <td data-label="Change">
                  <div className="actions">
                    <WebhookActiveForm webhookId={w.id} active={w.active} url={w.url} />
                    <DeleteWebhookForm webhookId={w.id} url={w.url} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="deliveries-title">Delivery log</h2>
      <p className="muted small">The latest {deliveries.length === 1 ? "attempt" : "attempts"}, newest first.</p>
      {deliveries.length === 0 ? (
        <p className="empty">Nothing delivered yet.</p>
      ) : (
        <table aria-labelledby="deliveries-title">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Webhook</th>
              <th scope="col">Event</th>
              <th scope="col">Claim</th>
              <th scope="col">Attempt</th>
              <th scope="col">Status</th>
              <th scope="col">Error</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id}>
                <td data-label="Time" className="small">{formatDateTime(d.createdAt)}</td>
                <td data-label="Webhook" className="small" style={{ overflowWrap: "anywhere" }}>{d.webhook.url}</td>
                <td data-label="Event">{eventLabel(d.event)}</td>
                <td data-label="Claim">{d.claimId ? <Link href={`/claims/${d.claimId}`}>#{d.claimId}</Link> : "—"}</td>
                <td data-label="Attempt">{d.attempt}</td>
                <td data-label="Status">{d.statusCode ?? "no answer"}</td>
                <td data-label="Error" className="small">{d.error ?? <span className="muted">—</span>} <span className="muted">({d.durationMs} ms)</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
