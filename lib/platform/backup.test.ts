import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "./test-database";
import { createBackup, restoreBackup, serverPidFile, verifyBackup, type DataPaths } from "./backup";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const countsOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  const counts = Object.fromEntries(["User", "Article", "Claim", "AuditEvent"].map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  db.close();
  return counts;
};

/** A copy of a database file together with a WAL, as SQLite would open it. */
function naiveCopy(file: string, wal: Buffer) {
  const copy = `${file}.copy-${crypto.randomBytes(3).toString("hex")}`;
  fs.copyFileSync(file, copy);
  fs.writeFileSync(`${copy}-wal`, wal);
  return copy;
}

/** A data folder with a database whose latest writes are still only in its WAL, and two uploads. */
function liveDesk() {
  const database = createTestDatabase("claimdesk-backup-");
  cleanups.push(database.remove);
  const uploadsDir = path.join(database.dir, "uploads");
  fs.mkdirSync(uploadsDir);
  fs.writeFileSync(path.join(uploadsDir, `${"a".repeat(64)}.pdf`), "%PDF-1.4 evidence");
  fs.writeFileSync(path.join(uploadsDir, `${"b".repeat(64)}.txt`), crypto.randomBytes(5000));
  fs.writeFileSync(path.join(uploadsDir, ".partial-upload.tmp"), "in progress");
  const app = database.sqlite; // stands for the running app's connection, open throughout
  app.pragma("wal_autocheckpoint = 0");
  app.pragma("wal_checkpoint(TRUNCATE)");
  app.prepare(`INSERT INTO "Article" (title, outlet, body, createdById, updatedAt) VALUES ('A', 'O', 'Body', 'user-admin', CURRENT_TIMESTAMP)`).run();
  const insertClaim = app.prepare(`INSERT INTO "Claim" (statement, createdById, updatedById, updatedAt) VALUES (?, 'user-admin', 'user-admin', CURRENT_TIMESTAMP)`);
  app.transaction(() => {
    for (let i = 0; i < 300; i++) insertClaim.run(`Claim ${i}`);
  })();
  const paths: DataPaths = { databaseFile: database.file, uploadsDir, dataDir: database.dir };
  return { database, paths };
}

describe("backup and restore", () => {
  it("back up a live database, WAL included, and restore it elsewhere with the same rows and files", async () => {
    const { database, paths } = liveDesk();
    expect(fs.statSync(`${database.file}-wal`).size).toBeGreaterThan(0);
    // Copying the file alone would lose what is still in the WAL: that is what the backup must not do.
    const naive = path.join(database.dir, "naive.db");
    fs.copyFileSync(database.file, naive);
    expect(countsOf(naive).Claim).toBe(0);

    const backupsDir = path.join(database.dir, "backups");
    const { folder, manifest } = await createBackup(paths, backupsDir, new Date("2026-11-30T14:02:00.123Z"));
    expect(path.basename(folder)).toBe("claimdesk-2026-11-30T140200Z");
    expect(manifest.database.counts).toMatchObject({ User: 4, Article: 1, Claim: 300 });
    expect(manifest.uploads.map((u) => u.name)).toEqual([`${"a".repeat(64)}.pdf`, `${"b".repeat(64)}.txt`]);
    for (const file of [path.join(folder, "claims.db"), path.join(folder, "manifest.json"), ...manifest.uploads.map((u) => path.join(folder, "uploads", u.name))])
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);

    const target = createTestDatabase("claimdesk-restore-");
    cleanups.push(target.remove);
    target.sqlite.close();
    const fresh: DataPaths = { databaseFile: path.join(target.dir, "restored", "claims.db"), uploadsDir: path.join(target.dir, "uploads"), dataDir: target.dir };
    restoreBackup(folder, fresh);
    expect(countsOf(fresh.databaseFile)).toEqual(countsOf(database.file));
    for (const upload of manifest.uploads) expect(sha256(path.join(fresh.uploadsDir, upload.name))).toBe(sha256(path.join(paths.uploadsDir, upload.name)));
    expect(fs.readdirSync(fresh.uploadsDir)).toHaveLength(2);
    expect(fs.statSync(fresh.databaseFile).mode & 0o777).toBe(0o600);
  });

  it("restore over existing data keeps the old files aside and does not replay the old WAL", async () => {
    const { database, paths } = liveDesk();
    const { folder } = await createBackup(paths, path.join(database.dir, "backups"));
    database.sqlite.prepare(`DELETE FROM "Claim"`).run(); // later damage, in the WAL only
    // The state a crashed server leaves: the database file and a WAL holding its last writes.
    const crashed = { db: fs.readFileSync(database.file), wal: fs.readFileSync(`${database.file}-wal`) };
    database.sqlite.close();
    fs.writeFileSync(database.file, crashed.db);
    fs.writeFileSync(`${database.file}-wal`, crashed.wal);
    expect(countsOf(naiveCopy(database.file, crashed.wal)).Claim).toBe(0);
    restoreBackup(folder, paths);
    expect(countsOf(paths.databaseFile).Claim).toBe(300);
    expect(fs.readdirSync(database.dir).some((f) => /^test\.db\.before-restore-.*-wal$/.test(f))).toBe(true);
  });

  it("refuse while the server runs, and refuse a damaged backup, changing nothing", async () => {
    const { database, paths } = liveDesk();
    const { folder } = await createBackup(paths, path.join(database.dir, "backups"));
    fs.writeFileSync(serverPidFile(paths.dataDir), String(process.pid));
    expect(() => restoreBackup(folder, paths)).toThrow(/Claimdesk is running \(pid \d+/);
    fs.writeFileSync(serverPidFile(paths.dataDir), "999999999"); // a stale file from a crashed server
    const dbFile = path.join(folder, "claims.db");
    const bytes = fs.readFileSync(dbFile);
    bytes[bytes.length - 100] ^= 0xff;
    fs.writeFileSync(dbFile, bytes);
    const before = sha256(paths.databaseFile);
    expect(() => verifyBackup(folder)).toThrow(/does not match its manifest/);
    expect(() => restoreBackup(folder, paths)).toThrow(/does not match its manifest/);
    expect(sha256(paths.databaseFile)).toBe(before);
  });
});
