/**
 * Checks shared by the data-layer tests. They read the test database through a second connection
 * (better-sqlite3, outside Prisma), so what they see is what was committed.
 */
import type { HistoryRecord } from "@/lib/web/history-sentence";
import Database from "better-sqlite3";
import { afterAll, expect } from "vitest";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";

let connection: Database.Database | null = null;

/** A plain connection to this test file's database (set up by setup-database.ts). */
export function raw(): Database.Database {
  if (!connection) {
    const url = process.env.DATABASE_URL;
    if (!url?.startsWith("file:")) throw new Error("The data-layer tests need setup-database.ts to set DATABASE_URL.");
    connection = new Database(url.slice("file:".length));
  }
  return connection;
}

afterAll(() => {
  connection?.close();
  connection = null;
});

/** Every row of every table: two equal snapshots mean nothing at all was written in between. */
export function snapshot(): Record<string, unknown[]> {
  // Full-text indexes' shadow tables (some without rowid) are left out: their virtual table's rows are compared.
  const tables = raw()
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((table) => [table, raw().prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
}

export function countRows(table: string, where = "1 = 1", ...params: unknown[]): number {
  return raw().prepare(`SELECT COUNT(*) FROM "${table}" WHERE ${where}`).pluck().get(...params) as number;
}

/** An audit row as stored; `before` and `after` are parsed. */
export interface AuditRow extends HistoryRecord {
  id: number;
  actorId: string | null;
  reason: string | null;
}

function auditRowsAfter(id: number): AuditRow[] {
  const rows = raw().prepare(`SELECT * FROM "AuditEvent" WHERE id > ? ORDER BY id`).all(id) as (Omit<AuditRow, "before" | "after"> & { before: string | null; after: string | null })[];
  return rows.map((row) => ({ ...row, before: row.before ? JSON.parse(row.before) : null, after: row.after ? JSON.parse(row.after) : null }));
}

const lastAuditId = () => (raw().prepare(`SELECT COALESCE(MAX(id), 0) FROM "AuditEvent"`).pluck().get() as number);

async function outcome(run: () => Promise<unknown>): Promise<{ error: unknown } | { value: unknown }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

/**
 * Expects `run` to be refused with an AppError of `code` (or one of `code`, where the rules leave the kind
 * of refusal open) and to leave the database exactly as it was.
 */
export async function expectRefused(run: () => Promise<unknown>, code: AppErrorCode | AppErrorCode[]): Promise<AppError> {
  const before = snapshot();
  const result = await outcome(run);
  expect(result, `expected a "${code}" refusal`).toHaveProperty("error");
  const error = (result as { error: unknown }).error;
  expect(error).toBeInstanceOf(AppError);
  expect([code].flat()).toContain((error as AppError).code);
  expect(snapshot()).toEqual(before);
  return error as AppError;
}

/** Runs `run` while the database refuses every audit insert (a trigger aborts it). */
export async function withAuditRefused<T>(run: () => Promise<T>): Promise<T> {
  raw().exec(`CREATE TRIGGER "test_refuse_audit" BEFORE INSERT ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'audit refused by the test'); END`);
  try {
    return await run();
  } finally {
    raw().exec(`DROP TRIGGER "test_refuse_audit"`);
  }
}

/**
 * Expects `run` to write its change together with exactly the audit records `expected` describes (one
 * per record changed), in the same transaction. First `run` is made to fail at its audit insert (a
 * trigger refuses it): if the audit is written in the same transaction, the change is rolled back with
 * it and the database is as before. Then `run` runs for real and the new audit rows are compared.
 */
export async function expectAudited<T>(run: () => Promise<T>, expected: Partial<AuditRow> | Partial<AuditRow>[]): Promise<{ result: T; audits: AuditRow[] }> {
  const wanted = Array.isArray(expected) ? expected : [expected];
  const before = snapshot();
  const failed = await withAuditRefused(() => outcome(run));
  expect(failed, "the write went through although its audit record could not be written").toHaveProperty("error");
  expect(snapshot(), "a failed audit insert left part of the write behind: the audit is not in the write's transaction").toEqual(before);

  const since = lastAuditId();
  const result = await run();
  const audits = auditRowsAfter(since);
  expect(audits).toHaveLength(wanted.length);
  audits.forEach((audit, i) => expect(audit).toMatchObject(wanted[i]));
  return { result, audits };
}

/** Expects `run` to succeed without writing any audit record (reads, and writes that change nothing). */
export async function expectNoAudit<T>(run: () => Promise<T>): Promise<T> {
  const since = lastAuditId();
  const result = await run();
  expect(auditRowsAfter(since)).toEqual([]);
  return result;
}

/** Expects `run` to succeed and leave the database exactly as it was (reads, saves that change nothing). */
export async function expectNothingWritten<T>(run: () => Promise<T>): Promise<T> {
  const before = snapshot();
  const result = await run();
  expect(snapshot()).toEqual(before);
  return result;
}
