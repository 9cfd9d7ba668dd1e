/**
 * The desk copy over the seeded demo desk (plus what the seed lacks: a session, a job, a stored file, a claim
 * repeating another, a throttle counter): SQLite → SQLite always, and SQLite → PostgreSQL → SQLite when
 * TEST_POSTGRES_URL names a server where the role may create databases. Every table's rows are compared.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDesk } from "./desk-copy";
import { openSqlConnection } from "./sql-connection";
import { dumpDesk, emptySqliteDesk, migratedPostgresDesk, postgresAvailable, seededSqliteDesk } from "./test-desks";

const source = seededSqliteDesk("claimdesk-copy-source-");
const cleanups: (() => Promise<void> | void)[] = [() => source.remove()];
const dump = dumpDesk;

function freshSqlite() {
  const database = emptySqliteDesk("claimdesk-copy-target-");
  cleanups.push(() => database.remove());
  return database;
}

const fileBytes = crypto.randomBytes(3000);
const fileHash = crypto.createHash("sha256").update(fileBytes).digest("hex");

beforeAll(() => {
  const db = source.sqlite;
  const userId = db.prepare(`SELECT id FROM "User" ORDER BY email LIMIT 1`).pluck().get() as string;
  const [first, second] = db.prepare(`SELECT id FROM "Claim" ORDER BY id LIMIT 2`).pluck().all() as number[];
  // A claim pointing at a later one, so the copy cannot rely on id order within a table.
  db.prepare(`UPDATE "Claim" SET "sameAsId" = ? WHERE id = ?`).run(second, first);
  db.prepare(`INSERT INTO "Session" (id, expiresAt, token, createdAt, updatedAt, userId) VALUES ('s1', '2030-01-01T00:00:00.000+00:00', 'tok', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)`).run(userId);
  db.prepare(`INSERT INTO "Job" (kind, status, input, createdById, updatedAt, attempts, claimedBy) VALUES ('claims-csv-import', 'succeeded', '{}', ?, CURRENT_TIMESTAMP, 1, 'host:1:1')`).run(userId);
  db.prepare(`INSERT INTO "UploadedFile" (hash, extension, size, bytes) VALUES (?, 'pdf', ?, ?)`).run(fileHash, fileBytes.byteLength, fileBytes);
  db.prepare(`INSERT INTO "SignInThrottle" (key, failures, windowStart) VALUES ('address:10.0.0.1', 3, ?)`).run(Date.now());
  db.prepare(`UPDATE "Setting" SET value = 'false' WHERE key = 'twoPersonRule'`).run();
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("copyDesk", () => {
  it("copies every row of every table, ids and files included, SQLite to SQLite", async () => {
    const target = freshSqlite();
    const lines: string[] = [];
    const report = await copyDesk(source.url, target.url, { batchSize: 7, log: (line) => lines.push(line) });
    const [before, after] = [await dump(source.url), await dump(target.url)];
    expect(after).toEqual(before);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["User", "Account", "Session", "Claim", "AuditEvent", "Job", "UploadedFile", "RatingLabel"]));
    expect(before.AuditEvent.length).toBeGreaterThan(0);
    expect(report.tables.find((t) => t.table === "Claim")!.rows).toBe(before.Claim.length);
    expect(lines.some((line) => /^AuditEvent\s+\d+ rows$/.test(line))).toBe(true);
    // The search index is rebuilt by the target's triggers, and new ids continue after the copied ones.
    const claimCount = target.sqlite.prepare(`SELECT COUNT(*) FROM claim_fts`).pluck().get();
    expect(claimCount).toBe(before.Claim.length);
    const next = target.sqlite.prepare(`INSERT INTO "Comment" (claimId, body, authorId) SELECT id, 'after the copy', (SELECT id FROM "User" LIMIT 1) FROM "Claim" LIMIT 1 RETURNING id`).pluck().get() as number;
    expect(next).toBeGreaterThan(Math.max(0, ...(before.Comment as { id: number }[]).map((c) => c.id)));
  });

  it("refuses a target that already holds a desk, or is not migrated, and changes nothing", async () => {
    const target = freshSqlite();
    await copyDesk(source.url, target.url);
    const before = await dump(target.url);
    await expect(copyDesk(source.url, target.url)).rejects.toThrow(/already holds a desk \(rows in .*User/);
    expect(await dump(target.url)).toEqual(before);
    const blank = path.join(target.dir, "blank.db");
    fs.writeFileSync(blank, "");
    await expect(copyDesk(source.url, `file:${blank}`)).rejects.toThrow(/migrate it first/);
    await expect(copyDesk(source.url, source.url)).rejects.toThrow(/same database/);
  });

  it("rolls the whole copy back when a row cannot be written", async () => {
    const target = freshSqlite();
    // A trigger that refuses one audit row stands in for any failure halfway through.
    target.sqlite.exec(`CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvent" WHEN NEW.id = (SELECT MAX(id) FROM "AuditEvent") + 1 AND NEW.id > 3 BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const empty = await dump(target.url);
    await expect(copyDesk(source.url, target.url)).rejects.toThrow(/refused/);
    expect(await dump(target.url)).toEqual(empty);
  });

  it("stores a folder store's files in the target's UploadedFile table, checking each against its hash", async () => {
    const folder = fs.mkdtempSync(path.join(source.dir, "uploads-"));
    const text = Buffer.from("Notes from a call with the ministry.\n");
    const textHash = crypto.createHash("sha256").update(text).digest("hex");
    fs.writeFileSync(path.join(folder, `${textHash}.txt`), text);
    fs.writeFileSync(path.join(folder, `.${textHash}.partial.tmp`), "half written");
    const target = freshSqlite();
    const report = await copyDesk(source.url, target.url, { filesFrom: folder });
    expect(report.filesImported).toBe(1);
    expect(target.sqlite.prepare(`SELECT bytes FROM "UploadedFile" WHERE hash = ?`).pluck().get(textHash)).toEqual(text);
    fs.writeFileSync(path.join(folder, `${"0".repeat(64)}.txt`), "not what the name says");
    await expect(copyDesk(source.url, freshSqlite().url, { filesFrom: folder })).rejects.toThrow(/does not match its hash/);
  });
});

describe.skipIf(!postgresAvailable)("copyDesk through PostgreSQL", () => {
  it("copies the desk SQLite → PostgreSQL → SQLite and loses nothing", async () => {
    const postgres = await migratedPostgresDesk();
    cleanups.push(() => postgres.drop());
    const pgUrl = postgres.url;
    await copyDesk(source.url, pgUrl, { batchSize: 50 });
    const back = freshSqlite();
    await copyDesk(pgUrl, back.url, { batchSize: 50 });
    const [before, middle, after] = [await dump(source.url), await dump(pgUrl), await dump(back.url)];
    expect(middle).toEqual(before);
    expect(after).toEqual(before);
    expect((after.UploadedFile as { bytes: Buffer }[])[0].bytes).toEqual(fileBytes);
    // PostgreSQL's sequences continue after the copied ids.
    const check = await openSqlConnection(pgUrl);
    const [{ id }] = await check.query<{ id: number }>(`INSERT INTO "Speaker" ("name", "normalizedName", "kind", "updatedAt") VALUES ('New', 'new', 'person', now()) RETURNING "id"`);
    await check.close();
    expect(id).toBeGreaterThan(Math.max(...(before.Speaker as { id: number }[]).map((s) => s.id)));
  }, 120_000);
});
