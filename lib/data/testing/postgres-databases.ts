/** Throwaway PostgreSQL databases for the data-layer tests: a template built from the migrations, and copies of it. */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/postgres/migrations");

/** `serverUrl` with another database name. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export const newDatabaseName = (label: string) => `claimdesk_${label}_${crypto.randomBytes(6).toString("hex")}`;

/** A new database with every migration of prisma/postgres/migrations applied, in order (as `migrate deploy` would). */
export async function createMigratedDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  await onServer(databaseUrl(serverUrl, name), async (client) => {
    const dirs = fs.readdirSync(MIGRATIONS).filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory()).sort();
    for (const dir of dirs) await client.query(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
  });
}

/** A copy of `template` (nobody may be connected to it meanwhile): much cheaper than migrating again. */
export async function copyDatabase(serverUrl: string, template: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
