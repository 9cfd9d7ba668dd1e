#!/usr/bin/env node
/**
 * `npm start`: prepares and serves Claimdesk on a local SQLite database.
 * 1. applies migrations to DATABASE_URL (default file:./data/claims.db),
 * 2. seeds the demo desk when the database has no users,
 * 3. builds when there is no build of the current sources,
 * 4. serves on PORT (default 3000) with scripts/serve.mjs.
 */
import { spawnSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
process.env.DATABASE_URL ??= "file:./data/claims.db";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
const dataDir = process.env.CLAIMDESK_DATA_DIR ?? "data";
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\nClaimdesk could not start: \`${path.basename(command)} ${args.join(" ")}\` failed.`);
    process.exit(result.status ?? 1);
  }
}

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
  for (const entry of ["app", "lib", "prisma/schema.prisma", "proxy.ts", "next.config.js", "tsconfig.json", "package-lock.json"]) visit(entry);
  return hash.digest("hex");
}

fs.mkdirSync(dataDir, { recursive: true });
fs.mkdirSync(path.dirname(databasePath(process.env.DATABASE_URL)), { recursive: true });
ensureSecret();

run(bin("prisma"), ["migrate", "deploy"]);
const sqlite = new Database(databasePath(process.env.DATABASE_URL));
sqlite.pragma("journal_mode = WAL");
const users = sqlite.prepare("SELECT COUNT(*) AS n FROM User").get().n;
sqlite.close();
if (users === 0) run(bin("tsx"), ["seed/seed.ts"]);

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
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { stdio: "inherit", env: { ...process.env, PORT: port, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
