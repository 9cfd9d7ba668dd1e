/**
 * `npm run test:multi`: two production Claimdesk servers on one database, driven at once. Runs on a fresh
 * SQLite file (WAL, both servers on the same file), and also on PostgreSQL when TEST_POSTGRES_URL names a
 * server where the role may create databases (`npm run test:multi:pg` starts a throwaway one). Each server
 * has its own data folder: they share only the database, the session secret and the public address, as
 * two machines behind one reverse proxy would.
 */
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, startAppServer, type AppServer } from "./testing/app-server";
import { engineOf, openSqlConnection } from "../lib/platform/sql-connection";
import { checkEditsRace, checkJobsOnce, checkLibraryLimit, checkSessionsShared, checkSignInLimit, checkUploadsShared, type Pair } from "./multi-server/checks";

/** The address both servers believe they are reached at, as behind one proxy. */
const PUBLIC_URL = "http://claimdesk.test";
const PASSWORD = "multi-server-demo-password";

async function freshPostgresDatabase(adminUrl: string) {
  const name = `claimdesk_multi_${crypto.randomBytes(4).toString("hex")}`;
  const admin = await openSqlConnection(adminUrl);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.close();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = await openSqlConnection(adminUrl);
      await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await again.close();
    },
  };
}

async function runOn(databaseUrl: string, label: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-multi-"));
  const shared = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    BETTER_AUTH_URL: PUBLIC_URL,
    DEMO_PASSWORD: PASSWORD,
    UPLOADS_STORE: "database",
    AUTH_RATE_LIMIT: "on",
    SIGN_IN_ACCOUNT_MAX_FAILURES: "4",
    SIGN_IN_ADDRESS_MAX_FAILURES: "1000",
  };
  const servers: AppServer[] = [];
  try {
    console.log(`\n${label}: starting server A (migrates, seeds, builds if the build is not current)…`);
    const portOf = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
    servers.push(await startAppServer({ script: "start", port: portOf("MULTI_PORT_A"), timeoutMs: 900_000, env: { ...shared, CLAIMDESK_DATA_DIR: path.join(work, "a") } }));
    const sql = await openSqlConnection(databaseUrl);
    try {
      const [{ users }] = await sql.query<{ users: number | string }>(`SELECT COUNT(*) AS users FROM "User"`);
      if (Number(users) === 0) {
        // npm start seeds SQLite only; a PostgreSQL desk is seeded on request.
        const seeded = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["seed/seed.ts"], { cwd: ROOT, env: { ...process.env, ...shared }, encoding: "utf8" });
        assert.equal(seeded.status, 0, `the seed failed:\n${seeded.stdout}${seeded.stderr}`);
      }
      console.log(`${label}: starting server B on the same database…`);
      servers.push(await startAppServer({ script: "serve", port: portOf("MULTI_PORT_B"), env: { ...shared, CLAIMDESK_DATA_DIR: path.join(work, "b") } }));
      const pair: Pair = { a: servers[0].url, b: servers[1].url, origin: PUBLIC_URL, password: PASSWORD, sql };
      for (const [name, check] of [
        ["a session made on one server works on the other, and ends on both", checkSessionsShared],
        ["50 concurrent edits of one claim version over both servers: one winner, 49 refusals", checkEditsRace],
        ["the sign-in limit counts failures on both servers together", checkSignInLimit],
        ["the auth library's limit (change password) counts on both servers together", checkLibraryLimit],
        ["background jobs started on both servers each run exactly once", checkJobsOnce],
        ["a document uploaded through one server downloads from the other", checkUploadsShared],
      ] as const) {
        const started = performance.now();
        const detail = await check(pair);
        console.log(`  ✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ""}`);
      }
    } finally {
      await sql.close();
    }
  } catch (error) {
    for (const [i, server] of servers.entries()) console.error(`\n--- server ${"AB"[i]} output ---\n${server.log().slice(-4000)}`);
    throw error;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-multi-db-"));
  try {
    await runOn(`file:${path.join(sqliteDir, "claims.db")}`, "SQLite");
  } finally {
    fs.rmSync(sqliteDir, { recursive: true, force: true });
  }
  const postgres = process.env.TEST_POSTGRES_URL;
  if (!postgres) {
    console.log("\nPostgreSQL: skipped (set TEST_POSTGRES_URL, or run `npm run test:multi:pg`).");
    return;
  }
  engineOf(postgres);
  const database = await freshPostgresDatabase(postgres);
  try {
    await runOn(database.url, "PostgreSQL");
  } finally {
    await database.drop();
  }
}

main().then(
  () => console.log("\nTwo servers on one database: all checks passed."),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
