// `npm run db:pg-migration [-- <sqlite-migration-folder>]`: writes the PostgreSQL twin of the newest SQLite migration
// (or the one named). Regenerates prisma/postgres/schema.prisma, builds a scratch database from the PostgreSQL
// migrations, and saves what Prisma says is missing as prisma/postgres/migrations/<name>/migration.sql. Needs a
// PostgreSQL server: TEST_POSTGRES_URL, or a throwaway one started for the run (scripts/with-postgres.mjs).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migratedSchema, migrationDirs, PG_MIGRATIONS, readTwins, root, schemaDifference, SQLITE_MIGRATIONS, TWINS_FILE } from "./pg-migrations.mjs";

if (!process.env.TEST_POSTGRES_URL) {
  try {
    execFileSync(process.execPath, [path.join(root, "scripts/with-postgres.mjs"), process.execPath, ...process.argv.slice(1)], { stdio: "inherit" });
    process.exit(0);
  } catch (error) {
    process.exit(error.status ?? 1);
  }
}

execFileSync(process.execPath, [path.join(root, "scripts/db-pg-schema.mjs")], { stdio: "inherit" });
const twins = readTwins();
const sqliteDirs = migrationDirs(SQLITE_MIGRATIONS);
const wanted = process.argv[2] ?? sqliteDirs.filter((d) => !twins[d]).at(-1);
if (!wanted) {
  console.log("Every SQLite migration has its PostgreSQL twin.");
  process.exit(0);
}
if (!sqliteDirs.includes(wanted)) throw new Error(`No SQLite migration named ${wanted} in prisma/migrations.`);

const url = process.env.TEST_POSTGRES_URL;
const difference = schemaDifference(await migratedSchema(url), url);
// A twin sorts after every PostgreSQL migration already there, whatever the SQLite one's timestamp.
const newest = migrationDirs(PG_MIGRATIONS).at(-1) ?? "0";
const name = wanted > newest ? wanted : `${String(BigInt(newest.split("_")[0]) + 1n)}_${wanted.split("_").slice(1).join("_")}`;
const sqliteSql = fs.readFileSync(path.join(SQLITE_MIGRATIONS, wanted, "migration.sql"), "utf8");
const header = `-- PostgreSQL twin of prisma/migrations/${wanted} (npm run db:pg-migration).\n`;
fs.mkdirSync(path.join(PG_MIGRATIONS, name), { recursive: true });
fs.writeFileSync(path.join(PG_MIGRATIONS, name, "migration.sql"), `${header}${difference || "-- The schema did not change."}\n`);
fs.writeFileSync(TWINS_FILE, `${JSON.stringify({ ...twins, [wanted]: name }, null, 2)}\n`);
console.log(`Wrote prisma/postgres/migrations/${name}/migration.sql${difference ? "" : " (no schema change)"} and recorded it in prisma/postgres/twins.json.`);

// Rows, triggers and hand-written SQL are not in Prisma's schema: the twin needs their PostgreSQL form by hand.
const handWritten = sqliteSql.split("\n").filter((line) => /^\s*(INSERT|UPDATE|DELETE|CREATE TRIGGER|CREATE VIRTUAL|CREATE (UNIQUE )?INDEX .*(COLLATE|\w\())/i.test(line) && !/INSERT INTO "new_/.test(line));
if (handWritten.length)
  console.log(`\nThe SQLite migration also has SQL Prisma does not model; add its PostgreSQL form to the twin by hand:\n${handWritten.map((l) => `  ${l.trim()}`).join("\n")}`);
