import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { canHoldWriteToken, listApiTokens } from "@/lib/data/tokens";
import { formatDateTime } from "@/lib/web/format";
import { NewTokenForm, RevokeTokenForm } from "./token-forms";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requireActor();
  const tokens = await listApiTokens(actor);
  return (
    <>
      <h1>API tokens</h1>
      <p className="muted">
        Personal tokens let programs use the <Link href="/api-docs">Claimdesk API</Link> as you: send{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. A read token may only read; a write token may do what your role allows.
      </p>
      <section className="panel">
        <NewTokenForm canWrite={canHoldWriteToken(actor)} />
      </section>
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p className="empty">No tokens yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Token</th>
              <th scope="col">Scope</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td data-label="Name">{t.name}</td>
                <td data-label="Token"><code>{t.prefix}…</code></td>
                <td data-label="Scope">{t.scope}</td>
                <td data-label="Created" className="small">{formatDateTime(t.createdAt)}</td>
                <td data-label="Last used" className="small">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : <span className="muted">Never</span>}</td>
                <td data-label="Status">{t.revokedAt ? <span className="muted">Revoked {formatDateTime(t.revokedAt)}</span> : <RevokeTokenForm tokenId={t.id} name={t.name} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
