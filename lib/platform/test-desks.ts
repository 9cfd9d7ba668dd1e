/**
 * For tests of the tools that work on whole desks (copy, backup): the seeded demo desk in a throwaway SQLite
 * file, a freshly migrated PostgreSQL database when one is available, and a dump of every row for comparing.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "./test-database";
import { commonValue } from "./desk-copy";
import { readDeskSchema } from "./desk-schema";
import { openSqlConnection } from "./sql-connection";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** A migrated SQLite database holding no desk (createTestDatabase's users removed). */
export function emptySqliteDesk(prefix = "claimdesk-desk-") {
  const database = createTestDatabase(prefix);
  database.sqlite.exec(`DELETE FROM "User"`);
  return database;
}

/** The demo desk as `npm run db:seed` makes it. */
export function seededSqliteDesk(prefix = "claimdesk-seeded-") {
  const database = emptySqliteDesk(prefix);
  const seeded = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["seed/seed.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url, DEMO_PASSWORD: "seeded-desk-password" },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`The seed failed: ${seeded.stderr}`);
  return database;
}

/** Every row of every table, ordered, as plain values: equal dumps mean an identical desk, whatever the engines. */
export async function dumpDesk(url: string) {
  const sql = await openSqlConnection(url);
  try {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const table of await readDeskSchema(sql)) {
      const order = (table.primaryKey.length ? table.primaryKey : table.columns.map((c) => c.name)).map((c) => `"${c}"`).join(", ");
      const rows = await sql.query<Record<string, unknown>>(`SELECT * FROM "${table.name}" ORDER BY ${order}`);
      out[table.name] = rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, commonValue(row[c.name], c.type)])));
    }
    return out;
  } finally {
    await sql.close();
  }
}

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;
export const POSTGRES_MIGRATIONS = process.env.POSTGRES_MIGRATIONS_DIR ?? path.join(ROOT, "prisma", "postgres", "migrations");
/** PostgreSQL tests run when a server is given (TEST_POSTGRES_URL, a role that may create databases) and its migrations exist. */
export const postgresAvailable = Boolean(TEST_POSTGRES_URL && fs.existsSync(POSTGRES_MIGRATIONS));

/** A new database on the TEST_POSTGRES_URL server with every PostgreSQL migration applied; drop() removes it. */
export async function migratedPostgresDesk() {
  const name = `claimdesk_test_${crypto.randomBytes(4).toString("hex")}`;
  const admin = await openSqlConnection(TEST_POSTGRES_URL!);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.close();
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${name}`;
  const sql = await openSqlConnection(url.toString());
  try {
    for (const dir of fs.readdirSync(POSTGRES_MIGRATIONS).filter((d) => fs.existsSync(path.join(POSTGRES_MIGRATIONS, d, "migration.sql"))).sort())
      await sql.query(fs.readFileSync(path.join(POSTGRES_MIGRATIONS, dir, "migration.sql"), "utf8"));
  } finally {
    await sql.close();
  }
  return {
    url: url.toString(),
    async drop() {
      const again = await openSqlConnection(TEST_POSTGRES_URL!);
      try {
        // WITH (FORCE) ends the connections still open on the database, but a role that is not a superuser may not end
        // a server process of another role, such as an autovacuum worker the server has just started on the new
        // tables (insufficient_privilege, 42501). Such a worker is done within moments: the drop is tried again.
        for (let attempt = 1; ; attempt++) {
          try {
            await again.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            break;
          } catch (e) {
            if ((e as { code?: string }).code !== "42501" || attempt >= 40) throw e;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      } finally {
        await again.close();
      }
    },
  };
}
