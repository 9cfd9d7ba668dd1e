#!/usr/bin/env node
/**
 * Serves the production build (`npm start` runs this after migrating and building). Next.js's own
 * `next start` cannot tell the TCP peer from what the client claims in `X-Forwarded-For`, so this small
 * server sits in front of its request handler and
 * - rewrites the forwarded headers from what TRUSTED_PROXIES allows (lib/web/forwarded-headers.mjs),
 * - answers CONNECT, TRACE and TRACK (which Next.js cannot even parse) with 405 in the API's error shape.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { normalizeForwardedHeaders, parseTrustedProxies } from "../lib/web/forwarded-headers.mjs";
import { allowedMethods } from "../lib/web/route-methods.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const UNPARSEABLE_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

const app = next({ dev: false, dir: root, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  normalizeForwardedHeaders(trusted, request);
  if (UNPARSEABLE_METHODS.has(request.method ?? "")) {
    const allow = (allowedMethods(new URL(request.url ?? "/", "http://localhost").pathname) ?? ["GET", "HEAD"]).join(", ");
    const body = { error: { code: "method_not_allowed", message: `${request.method} is not supported. Use ${allow}.`, fields: {} } };
    response.writeHead(405, { "Content-Type": "application/json", Allow: allow, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    response.end(JSON.stringify(body));
    return;
  }
  handle(request, response);
});
// Idle connections are kept longer than clients and proxies usually keep theirs, so a reused connection is
// not closed by the server just as a request arrives on it (seen as ECONNRESET by the client).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => console.log(`Claimdesk is listening on port ${port}${trusted.count ? ` (trusting forwarded headers from ${process.env.TRUSTED_PROXIES})` : ""}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
