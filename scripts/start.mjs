#!/usr/bin/env node
/**
 * `npm start`: prepares and serves Claimdesk on a local SQLite database, or on PostgreSQL.
 * 1. applies migrations to DATABASE_URL (default file:./data/claims.db; a postgresql:// URL gets prisma/postgres/migrations),
 * 2. seeds the demo desk when a SQLite database has no users (a PostgreSQL one only with `npm run db:seed`),
 * 3. builds when there is no build of the current sources,
 * 4. serves on PORT (default 3000) with scripts/serve.mjs (its heap sized by SERVER_HEAP_MB and SERVER_SEMI_SPACE_MB), with its pid
 *    in <data dir>/server.pid while it runs.
 */
import { spawnSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { serverNodeOptions } from "./server-node-options.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
process.env.DATABASE_URL ??= "file:./data/claims.db";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const dataDir = process.env.CLAIMDESK_DATA_DIR ?? "data";
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const nodeOptions = (() => {
  try {
    return serverNodeOptions(process.env);
  } catch (error) {
    console.error(`\nClaimdesk could not start: ${error.message}`);
    process.exit(1);
  }
})();

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\nClaimdesk could not start: \`${path.basename(command)} ${args.join(" ")}\` failed.`);
    process.exit(result.status ?? 1);
  }
}

const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL);

function databasePath(url) {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a SQLite file: URL, got ${url}`);
  return path.resolve(root, url.slice("file:".length));
}

function ensureSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
    console.log(`Generated a session secret in ${file} (set AUTH_SECRET to use your own).`);
  }
}

/** A fingerprint of everything the build depends on, so an unchanged checkout is not rebuilt. */
function sourceFingerprint() {
  const hash = crypto.createHash("sha256");
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) {
        if (child === "node_modules" || child === "generated" || child.startsWith(".")) continue;
        visit(path.join(entry, child));
      }
    } else {
      hash.update(entry).update(fs.readFileSync(entry));
    }
  };
  for (const entry of ["app", "lib", "prisma/schema.prisma", "prisma/postgres/schema.prisma", "proxy.ts", "next.config.js", "tsconfig.json", "package-lock.json"]) visit(entry);
  return hash.digest("hex");
}

// Data files are the owner's only: folders 0700, files 0600 (SQLite gives its -wal and -shm the database's mode).
process.umask(0o077);
fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
if (!postgres) fs.mkdirSync(path.dirname(databasePath(process.env.DATABASE_URL)), { recursive: true, mode: 0o700 });
ensureSecret();

const pidFile = path.join(dataDir, "server.pid");
const runningPid = (() => {
  try {
    const pid = Number(fs.readFileSync(pidFile, "utf8"));
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
})();
if (runningPid && runningPid !== process.pid) {
  console.error(`Claimdesk already runs on ${dataDir} (pid ${runningPid}, ${pidFile}).`);
  process.exit(1);
}

if (postgres) {
  run(bin("prisma"), ["migrate", "deploy", "--config", "prisma.postgres.config.ts"]);
  // A shared database is not filled with demo data unasked.
  // Each driver is loaded only for its engine: this process stays up (and resident) as long as the server.
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(`SELECT COUNT(*)::int AS n FROM "User"`);
  await client.end();
  if (rows[0].n === 0) console.log("The database has no users yet: `npm run db:seed` adds the demo desk and its four users.");
} else {
  run(bin("prisma"), ["migrate", "deploy"]);
  const dbFile = databasePath(process.env.DATABASE_URL);
  fs.chmodSync(dbFile, 0o600);
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(dbFile);
  // The same pragmas as the app's connections (lib/platform/sqlite-pragmas.ts says why); WAL is stored in
  // the file, the others hold for this connection only.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const users = sqlite.prepare("SELECT COUNT(*) AS n FROM User").get().n;
  sqlite.close();
  if (users === 0) run(bin("tsx"), ["seed/seed.ts"]);
}

const distDir = process.env.NEXT_DIST_DIR || ".next";
const stampFile = path.join(distDir, "claimdesk-source.sha256");
const fingerprint = sourceFingerprint();
const current = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint;
if (!current) {
  console.log("Building Claimdesk…");
  run(bin("next"), ["build"]);
  fs.writeFileSync(stampFile, fingerprint);
}

console.log(`Claimdesk is starting on http://localhost:${port}`);
// scripts/serve.mjs rather than `next start`: it decides which forwarded headers to believe (TRUSTED_PROXIES).
const server = spawn(process.execPath, [...nodeOptions, path.join(root, "scripts", "serve.mjs")], { stdio: "inherit", env: { ...process.env, PORT: port, NODE_ENV: "production" } });
// `npm run restore` refuses while this file names a live process.
fs.writeFileSync(pidFile, String(process.pid), { mode: 0o600 });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => {
  fs.rmSync(pidFile, { force: true });
  process.exit(code ?? 0);
});
