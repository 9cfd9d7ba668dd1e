#!/usr/bin/env node
/**
 * Runs the Playwright suite against a production build on a throwaway database.
 * Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- e2e/claims.spec.ts`).
 * With E2E_ENGINE=postgres (and TEST_POSTGRES_URL, see scripts/with-postgres.mjs) the database is a throwaway
 * PostgreSQL one, migrated and seeded first (the server does not seed PostgreSQL by itself).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}.\n` +
      "Install Debian's Chromium with:\n  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "or point CHROMIUM_PATH at a Chromium binary.",
  );
  process.exit(1);
}

const root = path.resolve(import.meta.dirname, "..");
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-e2e-"));
const postgres = process.env.E2E_ENGINE === "postgres";
if (postgres && !process.env.TEST_POSTGRES_URL) {
  console.error("E2E_ENGINE=postgres needs TEST_POSTGRES_URL (npm run test:pg starts a throwaway PostgreSQL server).");
  process.exit(1);
}
const pgName = `claimdesk_e2e_${crypto.randomBytes(6).toString("hex")}`;
const pgUrl = () => {
  const url = new URL(process.env.TEST_POSTGRES_URL);
  url.pathname = `/${pgName}`;
  return url.toString();
};
async function onPgServer(sql) {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

const env = {
  ...process.env,
  DATABASE_URL: postgres ? pgUrl() : `file:${path.join(workDir, "e2e.db")}`,
  CLAIMDESK_DATA_DIR: workDir,
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  DEMO_PASSWORD: process.env.DEMO_PASSWORD ?? "e2e-demo-password",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_RATE_LIMIT: "off",
};

function runOrExit(args) {
  const step = spawnSync(args[0], args.slice(1), { cwd: root, stdio: "inherit", env });
  if (step.status !== 0) process.exit(step.status ?? 1);
}
if (postgres) {
  await onPgServer(`CREATE DATABASE "${pgName}"`);
  runOrExit([path.join(root, "node_modules", ".bin", "prisma"), "migrate", "deploy", "--config", "prisma.postgres.config.ts"]);
  runOrExit([path.join(root, "node_modules", ".bin", "tsx"), "seed/seed.ts"]);
}

const result = spawnSync(path.join(root, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env,
});
fs.rmSync(workDir, { recursive: true, force: true });
if (postgres) await onPgServer(`DROP DATABASE IF EXISTS "${pgName}" WITH (FORCE)`);
process.exit(result.status ?? 1);
