// Fails when the PostgreSQL migrations drift from the SQLite ones: the generated schema is stale, a SQLite
// migration has no PostgreSQL twin, or (with TEST_POSTGRES_URL) the PostgreSQL migrations do not build the schema.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migratedSchema, migrationDirs, PG_MIGRATIONS, readTwins, schemaDifference, SQLITE_MIGRATIONS, root } from "./pg-migrations.mjs";

const problems = [];
try {
  execFileSync(process.execPath, [path.join(root, "scripts/db-pg-schema.mjs"), "--check"], { stdio: "pipe" });
} catch (error) {
  problems.push(String(error.stderr).trim());
}

const twins = readTwins();
const pgDirs = new Set(migrationDirs(PG_MIGRATIONS));
for (const dir of migrationDirs(SQLITE_MIGRATIONS)) {
  if (!twins[dir]) problems.push(`The SQLite migration ${dir} has no PostgreSQL twin: run \`npm run db:pg-migration\`.`);
  else if (!pgDirs.has(twins[dir])) problems.push(`prisma/postgres/twins.json names ${twins[dir]} for ${dir}, but there is no such folder.`);
}
for (const dir of pgDirs) if (!fs.existsSync(path.join(PG_MIGRATIONS, dir, "migration.sql"))) problems.push(`${dir} has no migration.sql.`);

if (!problems.length && process.env.TEST_POSTGRES_URL) {
  const url = process.env.TEST_POSTGRES_URL;
  const difference = schemaDifference(await migratedSchema(url), url);
  if (difference)
    problems.push(`The PostgreSQL migrations applied to an empty database differ from prisma/postgres/schema.prisma; the missing step is:\n${difference}\n(run \`npm run db:pg-migration\`)`);
} else if (!process.env.TEST_POSTGRES_URL) console.log("TEST_POSTGRES_URL is not set: the migrations were not applied to a PostgreSQL database.");

if (problems.length) {
  console.error(problems.join("\n\n"));
  process.exit(1);
}
console.log("The PostgreSQL schema and migrations are in step with the SQLite ones.");
