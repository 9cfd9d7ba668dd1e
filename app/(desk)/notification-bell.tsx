"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The event a page sends when it changed the person's read state: the bell asks for its count again. */
export const NOTIFICATIONS_CHANGED = "claimdesk:notifications-changed";

/** How often an open page asks for the unread count. */
const POLL_MS = 60_000;

const label = (count: number, capped: boolean) => (count === 0 ? "Notifications, none unread" : `Notifications, ${capped ? `more than ${count - 1}` : count} unread`);

/**
 * The bell in the header: a link to the notification list whose name says how many are unread. The
 * count comes with the page and is asked for again on every navigation, every minute, and when the page
 * marks notifications read.
 */
export function NotificationBell({ initial, cap, placement }: { initial: number; cap: number; placement: "bar" | "menu" }) {
  const pathname = usePathname();
  const [count, setCount] = useState(initial);
  // A server action that re-renders the layout (marking read) brings a new count: it wins over the last one fetched.
  const [given, setGiven] = useState(initial);
  if (given !== initial) {
    setGiven(initial);
    setCount(initial);
  }
  useEffect(() => {
    let cancelled = false;
    const refresh = () =>
      fetch("/notifications/count", { cache: "no-store" })
        .then((r) => (r.ok ? r.json() : null))
        .then((body: { unread?: number } | null) => {
          if (!cancelled && typeof body?.unread === "number") setCount(body.unread);
        })
        .catch(() => undefined);
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
    };
  }, [pathname]);
  const capped = count > cap;
  return (
    <Link href="/notifications" className={`bell bell-${placement}`} aria-label={label(count, capped)} aria-current={pathname === "/notifications" ? "page" : undefined}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count > 0 && <span className="bell-count" aria-hidden="true">{capped ? `${cap}+` : count}</span>}
    </Link>
  );
}
