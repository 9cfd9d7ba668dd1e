/** For tests: a fresh database file with every migration applied, and a user per role to act as. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");

export function createTestDatabase(prefix = "claimdesk-test-") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const migration of fs.readdirSync(MIGRATIONS).filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory()).sort())
    sqlite.exec(fs.readFileSync(path.join(MIGRATIONS, migration, "migration.sql"), "utf8"));
  const insertUser = sqlite.prepare(`INSERT INTO "User" (id, name, email, role, updatedAt) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)`);
  for (const role of ["admin", "editor", "factchecker", "viewer"]) insertUser.run(`user-${role}`, `Test ${role}`, `${role}@test.invalid`, role);
  return {
    dir,
    file,
    url: `file:${file}`,
    sqlite,
    remove() {
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
