import Link from "next/link";
import { connection } from "next/server";

/**
 * The page for an address that leads nowhere. Rendered per request rather than prerendered, so its
 * scripts carry the request's Content-Security-Policy nonce like every other page's.
 */
export default async function NotFound() {
  await connection();
  return (
    <main style={{ maxWidth: 560, marginTop: "8vh" }}>
      <div className="panel">
        <h1>Page not found</h1>
        <p>There is nothing at this address. It may have been mistyped, or what was here was deleted.</p>
        <p>
          <Link href="/">Go to the dashboard</Link>
        </p>
      </div>
    </main>
  );
}
