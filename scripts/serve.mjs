#!/usr/bin/env node
/**
 * Serves the production build (`npm start` runs this after migrating and building). Next.js's own
 * `next start` cannot tell the TCP peer from what the client claims in `X-Forwarded-For`, so this small
 * server sits in front of its request handler and
 * - rewrites the forwarded headers from what TRUSTED_PROXIES allows (lib/web/forwarded-headers.mjs),
 * - answers CONNECT, TRACE and TRACK (which Next.js cannot even parse) with 405 in the API's error shape.
 * With WEB_CONCURRENCY=N (default 1) it forks N processes (node:cluster) that share the port; each has its own
 * database connection and job worker, which several servers on one database already do safely.
 */
import cluster from "node:cluster";
import http from "node:http";
import path from "node:path";
import next from "next";
import { normalizeForwardedHeaders, parseTrustedProxies } from "../lib/web/forwarded-headers.mjs";
import { allowedMethods } from "../lib/web/route-methods.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const UNPARSEABLE_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

const workers = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY ?? 1)) || 1);
if (workers > 1 && cluster.isPrimary) {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  // A process that dies is replaced (unless the server is stopping), so one crash does not halve the server.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`Claimdesk server process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another.`);
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      let left = Object.keys(cluster.workers ?? {}).length;
      if (left === 0) process.exit(0);
      cluster.on("exit", () => --left === 0 && process.exit(0));
    });
  }
} else {
  await serve();
}

/** One server process: Next.js behind the forwarded-header and method checks. */
async function serve() {
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
  server.listen(port, () => {
    // With several processes each says it is listening; the first one is enough.
    if (!cluster.isWorker || cluster.worker?.id === 1)
      console.log(`Claimdesk is listening on port ${port}${workers > 1 ? ` (${workers} processes)` : ""}${trusted.count ? ` (trusting forwarded headers from ${process.env.TRUSTED_PROXIES})` : ""}`);
  });

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}
