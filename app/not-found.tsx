import type { Metadata } from "next";
import { connection } from "next/server";
import { StatusPage } from "@/app/_components/status-page";
import { MissingRecord } from "@/app/_components/missing-record";

export const metadata: Metadata = { title: "Not found" };

/**
 * Any address the app does not know, outside the signed-in desk. Rendered per request rather than
 * prerendered, so its scripts carry the request's Content-Security-Policy nonce like every other page's.
 */
export default async function NotFound() {
  await connection();
  return (
    <main className="status-main">
      <p className="status-brand">Claimdesk</p>
      <StatusPage code="404" title="Page not found" links={[{ href: "/", label: "Go to the dashboard" }, { href: "/login", label: "Sign in" }]}>
        <MissingRecord />
      </StatusPage>
    </main>
  );
}
