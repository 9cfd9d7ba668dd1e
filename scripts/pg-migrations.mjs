// Shared by db:pg-check and db:pg-migration: the PostgreSQL migrations, their SQLite twins, and what a database
// built from them looks like to Prisma.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const root = path.resolve(import.meta.dirname, "..");
export const SQLITE_MIGRATIONS = path.join(root, "prisma/migrations");
export const PG_MIGRATIONS = path.join(root, "prisma/postgres/migrations");
export const PG_SCHEMA_FILE = path.join(root, "prisma/postgres/schema.prisma");
/** Which PostgreSQL migration carries each SQLite migration (the baseline carries all of the first ones). */
export const TWINS_FILE = path.join(root, "prisma/postgres/twins.json");

export const migrationDirs = (folder) => fs.readdirSync(folder).filter((d) => fs.statSync(path.join(folder, d)).isDirectory()).sort();
export const readTwins = () => JSON.parse(fs.readFileSync(TWINS_FILE, "utf8"));

/** Runs the Prisma CLI on PostgreSQL (prisma.postgres.config.ts) against `url`; returns its standard output. */
export function prismaPg(args, url) {
  return execFileSync(path.join(root, "node_modules/.bin/prisma"), [...args, "--config", "prisma.postgres.config.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A database created on the server of `serverUrl` for `run`, dropped afterwards. */
export async function withScratchDatabase(serverUrl, run) {
  const name = `claimdesk_scratch_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

/**
 * The Prisma schema of a database built by applying every PostgreSQL migration (`migrate deploy`, then `db pull`):
 * Prisma's view of what the migrations make. Expression indexes and the search functions are not part of it.
 */
export async function migratedSchema(serverUrl) {
  return withScratchDatabase(serverUrl, (url) => {
    prismaPg(["migrate", "deploy"], url);
    const printed = prismaPg(["db", "pull", "--print"], url);
    const at = printed.indexOf("generator client");
    if (at < 0) throw new Error(`prisma db pull printed no schema:\n${printed}`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-pulled-")), "schema.prisma");
    fs.writeFileSync(file, printed.slice(at));
    return file;
  });
}

/** The SQL that takes a database from `fromSchemaFile` to prisma/postgres/schema.prisma ("" when nothing). */
export function schemaDifference(fromSchemaFile, serverUrl) {
  const script = prismaPg(["migrate", "diff", "--from-schema-datamodel", fromSchemaFile, "--to-schema-datamodel", PG_SCHEMA_FILE, "--script"], serverUrl);
  return /^\s*-- This is an empty migration\.\s*$/.test(script) ? "" : script.trim();
}
