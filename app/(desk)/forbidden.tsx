import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { ROLE_LABELS } from "@/lib/access/roles";
import { StatusPage } from "@/app/_components/status-page";
import { RefusalReason } from "./refusal-reason";

export const metadata: Metadata = { title: "Not available to your role" };

/** Shown with status 403 when someone opens a page their role does not allow (see restricted-pages.ts). */
export default async function Forbidden() {
  const actor = await requireActor();
  return (
    <StatusPage code="403" title="Not available to your role" links={[{ href: "/", label: "Dashboard" }, { href: "/claims", label: "All claims" }]}>
      <RefusalReason />
      <p className="muted">
        You are signed in as {actor.name}, with the {ROLE_LABELS[actor.role].toLowerCase()} role. An admin can change your role in Users.
      </p>
    </StatusPage>
  );
}
