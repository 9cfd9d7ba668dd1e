import Link from "next/link";
import { requireActor } from "@/lib/platform/session";
import { can, ROLE_LABELS } from "@/lib/access/roles";
import { signOut } from "@/app/(auth)/login/actions";
import { NavLinks } from "./nav-links";
import { DeskMenu } from "./desk-menu";
import { NotificationBell } from "./notification-bell";
import { countUnreadNotifications, UNREAD_COUNT_CAP } from "@/lib/data/notifications";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const unread = await countUnreadNotifications(actor);
  const links = [
    { href: "/", label: "Dashboard" },
    ...(can(actor.role, "claim.edit") ? [{ href: "/queue", label: "My queue" }] : []),
    { href: "/articles", label: "Articles" },
    ...(can(actor.role, "claim.create") ? [{ href: "/imports", label: "Import" }] : []),
    { href: "/claims", label: "Claims" },
    { href: "/speakers", label: "Speakers" },
    { href: "/trackers", label: "Trackers" },
    { href: "/reports", label: "Reports" },
    { href: "/activity", label: "Activity" },
    ...(can(actor.role, "settings.manage") ? [{ href: "/settings", label: "Settings" }] : []),
    ...(can(actor.role, "user.manage") ? [{ href: "/admin/users", label: "Users" }] : []),
  ];
  return (
    <>
      <a href="#content" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          Claimdesk
        </Link>
        {/* Two places, one shown at a time (CSS): beside the menu button on a narrow screen, with the user's links on a wide one. */}
        <NotificationBell initial={unread} cap={UNREAD_COUNT_CAP} placement="bar" />
        <DeskMenu>
          <NavLinks links={links} />
          <div className="who">
            <NotificationBell initial={unread} cap={UNREAD_COUNT_CAP} placement="menu" />
            <span>
              {actor.name} <span className="role">({ROLE_LABELS[actor.role]})</span>
            </span>
            <Link href="/settings/tokens" className="quiet">API tokens</Link>
            <form action={signOut}>
              <button type="submit">Sign out</button>
            </form>
          </div>
        </DeskMenu>
      </header>
      <main id="content">{children}</main>
    </>
  );
}
