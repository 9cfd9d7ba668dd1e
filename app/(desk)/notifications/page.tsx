import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { listNotifications } from "@/lib/data/notifications";
import { notificationSentence } from "@/lib/notify/events";
import { formatDateTime } from "@/lib/web/format";
import { MarkAllReadForm, MarkReadForm } from "./notification-forms";

export const metadata: Metadata = { title: "Notifications" };

const pageOf = (value: string | string[] | undefined) => {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 && n < 10_000 ? n : 1;
};

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = await searchParams;
  const unreadOnly = query.show === "unread";
  const { items, page, hasNext } = await listNotifications(actor, { page: pageOf(query.page), unreadOnly });
  const href = (p: number) => `/notifications?${new URLSearchParams({ ...(unreadOnly ? { show: "unread" } : {}), page: String(p) })}`;
  return (
    <>
      <div className="page-head">
        <h1>Notifications</h1>
        <div className="actions">
          <MarkAllReadForm />
          <Link href="/notifications/settings">Email settings</Link>
        </div>
      </div>
      <nav aria-label="Show" className="actions" style={{ marginBottom: "0.75rem" }}>
        <Link href="/notifications" aria-current={unreadOnly ? undefined : "page"}>All</Link>
        <Link href="/notifications?show=unread" aria-current={unreadOnly ? "page" : undefined}>Unread only</Link>
      </nav>
      {items.length === 0 ? (
        <p className="empty">{unreadOnly ? "Nothing unread." : "No notifications yet. You are told here when a claim is assigned or returned to you, awaits your approval, is published or corrected, or when someone mentions you."}</p>
      ) : (
        <ol className="notifications" aria-label="Your notifications">
          {items.map((n) => {
            const sentence = notificationSentence(n.kind, n.actorName, n.claimId);
            return (
              <li key={n.id} className={n.readAt ? "read" : "unread"}>
                <div>
                  {!n.readAt && <span className="badge status-in_review">Unread</span>}{" "}
                  <Link href={`/claims/${n.claimId}`}>{sentence}</Link>
                  <p className="muted small" style={{ margin: "0.2rem 0" }}>
                    “{n.statement.length > 160 ? `${n.statement.slice(0, 159)}…` : n.statement}” · <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                  </p>
                </div>
                {!n.readAt && <MarkReadForm notificationId={n.id} what={sentence} />}
              </li>
            );
          })}
        </ol>
      )}
      {(page > 1 || hasNext) && (
        <nav className="pagination" aria-label="Pages">
          {page > 1 && <Link href={href(page - 1)}>← Newer</Link>}
          {hasNext && <Link href={href(page + 1)}>Older →</Link>}
        </nav>
      )}
    </>
  );
}
