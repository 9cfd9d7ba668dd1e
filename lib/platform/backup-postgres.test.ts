/**
 * Backup and restore of a PostgreSQL desk with pg_dump/pg_restore. Runs when TEST_POSTGRES_URL names a server
 * (and the PostgreSQL migrations exist); the desk is the seeded demo desk copied in with the desk copy.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDesk } from "./desk-copy";
import { createPostgresBackup, restorePostgresBackup, verifyPostgresBackup } from "./backup-postgres";
import { openSqlConnection } from "./sql-connection";
import { dumpDesk, migratedPostgresDesk, postgresAvailable, seededSqliteDesk } from "./test-desks";

describe.skipIf(!postgresAvailable)("PostgreSQL backups", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let url = "";
  let work = "";
  let uploads = "";
  const fileBytes = crypto.randomBytes(2048);
  const fileName = `${crypto.createHash("sha256").update(fileBytes).digest("hex")}.pdf`;

  beforeAll(async () => {
    const seeded = seededSqliteDesk();
    cleanups.push(() => seeded.remove());
    const postgres = await migratedPostgresDesk();
    cleanups.push(() => postgres.drop());
    await copyDesk(seeded.url, postgres.url);
    url = postgres.url;
    work = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-pg-backup-"));
    cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
    uploads = path.join(work, "uploads");
    fs.mkdirSync(uploads);
    fs.writeFileSync(path.join(uploads, fileName), fileBytes);
  }, 120_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("dumps the desk and its files, and restores exactly that desk over later changes", async () => {
    const before = await dumpDesk(url);
    const { folder, manifest } = await createPostgresBackup(url, uploads, path.join(work, "backups"), new Date("2026-12-01T02:30:00Z"));
    expect(manifest).toMatchObject({ engine: "postgresql", database: { file: "claims.dump", counts: { Claim: before.Claim.length, AuditEvent: before.AuditEvent.length } } });
    expect(manifest.uploads.map((u) => u.name)).toEqual([fileName]);
    expect(fs.statSync(path.join(folder, "claims.dump")).mode & 0o777).toBe(0o600);

    // Later work that the restore must undo: a new speaker, a deleted claim's comments, a lost file.
    const sql = await openSqlConnection(url);
    await sql.query(`INSERT INTO "Speaker" ("name", "normalizedName", "kind", "updatedAt") VALUES ('After the backup', 'after the backup', 'person', now())`);
    await sql.query(`DELETE FROM "AuditEvent" WHERE "id" = (SELECT MIN("id") FROM "AuditEvent")`);
    await sql.close();
    fs.rmSync(path.join(uploads, fileName));
    expect(await dumpDesk(url)).not.toEqual(before);

    const { keptDump, keptAs } = await restorePostgresBackup(folder, url, uploads, new Date("2026-12-01T09:00:00Z"));
    expect(await dumpDesk(url)).toEqual(before);
    expect(fs.readFileSync(path.join(uploads, fileName))).toEqual(fileBytes);
    expect(fs.existsSync(keptDump)).toBe(true);
    expect(fs.existsSync(`${uploads}.${keptAs}`)).toBe(true);
    // The restored sequences continue after the restored ids.
    const again = await openSqlConnection(url);
    const [{ id }] = await again.query<{ id: number }>(`INSERT INTO "Speaker" ("name", "normalizedName", "kind", "updatedAt") VALUES ('Next', 'next', 'person', now()) RETURNING "id"`);
    await again.close();
    expect(id).toBeGreaterThan(Math.max(...before.Speaker.map((s) => s.id as number)));
  }, 120_000);

  it("refuses to restore while something else is connected, or from a damaged backup, and changes nothing", async () => {
    const { folder } = await createPostgresBackup(url, uploads, path.join(work, "backups"), new Date("2026-12-02T02:30:00Z"));
    const before = await dumpDesk(url);
    const app = await openSqlConnection(url);
    try {
      await expect(restorePostgresBackup(folder, url, uploads)).rejects.toThrow(/1 other connection\(s\).*stop every Claimdesk server/);
    } finally {
      await app.close();
    }
    const dump = path.join(folder, "claims.dump");
    fs.appendFileSync(dump, "x");
    expect(() => verifyPostgresBackup(folder)).toThrow(/does not match its manifest/);
    await expect(restorePostgresBackup(folder, url, uploads)).rejects.toThrow(/does not match its manifest/);
    expect(await dumpDesk(url)).toEqual(before);
  }, 60_000);

  it("says how to get pg_dump when it cannot be found", async () => {
    process.env.PG_BIN_DIR = path.join(work, "no-such-folder");
    try {
      await expect(createPostgresBackup(url, uploads, path.join(work, "backups"))).rejects.toThrow(/pg_dump was not found in PG_BIN_DIR .*postgresql-client/);
      expect(fs.readdirSync(path.join(work, "backups")).filter((f) => f.endsWith(".partial"))).toEqual([]);
    } finally {
      delete process.env.PG_BIN_DIR;
    }
  });
});
