import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/** Applies every migration in prisma/migrations, in order, to a new database file (as `migrate deploy` would). */
export function migrateDatabase(file: string): void {
  const db = new Database(file);
  try {
    const dirs = fs
      .readdirSync(MIGRATIONS)
      .filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory())
      .sort();
    for (const dir of dirs) db.exec(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
  } finally {
    db.close();
  }
}
