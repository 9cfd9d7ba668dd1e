/**
 * Checks shared by the data-layer tests. They read the test database through a second connection
 * (raw-connection.ts, outside Prisma), so what they see is what was committed. The same checks run on SQLite
 * and on PostgreSQL.
 */
import type { HistoryRecord } from "@/lib/web/history-sentence";
import type Database from "better-sqlite3";
import { afterAll, expect } from "vitest";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";
import { openRawConnection, type RawConnection } from "./raw-connection";

let connection: RawConnection | null = null;

/** The test file's database, through a plain connection (set up by setup-database.ts or setup-database-postgres.ts). */
export function rawConnection(): RawConnection {
  connection ??= openRawConnection(process.env.DATABASE_URL ?? "");
  return connection;
}

/** Whether this run is on PostgreSQL (the tests of SQLite's own machinery, FTS5 and query plans, skip then). */
export const onPostgres = () => /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

/** SQLite only: the plain better-sqlite3 connection, for tests of SQLite's own machinery. */
export function raw(): Database.Database {
  if (onPostgres()) throw new Error("raw() is the SQLite connection; use rawConnection() on either engine.");
  return (rawConnection() as unknown as { db: Database.Database }).db;
}

afterAll(async () => {
  await connection?.close();
  connection = null;
});

/** Rows of `sql` (`?` placeholders, quoted identifiers) on the test database. */
export const rawQuery = <T = Record<string, unknown>>(sql: string, ...params: unknown[]) => rawConnection().query<T>(sql, ...params);

const stableOrder = (rows: unknown[]) =>
  rows.map((row) => [JSON.stringify(row, (_, v) => (typeof v === "bigint" ? v.toString() : v)), row] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);

/** Every row of every table: two equal snapshots mean nothing at all was written in between. */
export async function snapshot(): Promise<Record<string, unknown[]>> {
  const tables = await rawConnection().tables();
  const entries: Record<string, unknown[]> = {};
  // One query at a time: the connection runs them in turn anyway.
  for (const table of tables) entries[table] = stableOrder(await rawQuery(`SELECT * FROM "${table}"`));
  return entries;
}

/** Rows of `table` matching `where` (quote camelCase columns: `"claimId" = ?`). */
export async function countRows(table: string, where = "1 = 1", ...params: unknown[]): Promise<number> {
  const [row] = await rawQuery<{ n: number | string | bigint }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`, ...params);
  return Number(row.n);
}

/** An audit row as stored; `before` and `after` are parsed. */
export interface AuditRow extends HistoryRecord {
  id: number;
  actorId: string | null;
  reason: string | null;
}

async function auditRowsAfter(id: number): Promise<AuditRow[]> {
  const rows = await rawQuery<Omit<AuditRow, "before" | "after"> & { before: string | null; after: string | null }>(`SELECT * FROM "AuditEvent" WHERE "id" > ? ORDER BY "id"`, id);
  return rows.map((row) => ({ ...row, before: row.before ? JSON.parse(row.before) : null, after: row.after ? JSON.parse(row.after) : null }));
}

const lastAuditId = async () => Number((await rawQuery<{ last: number }>(`SELECT COALESCE(MAX("id"), 0) AS last FROM "AuditEvent"`))[0].last);

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
  const before = await snapshot();
  const result = await outcome(run);
  expect(result, `expected a "${code}" refusal`).toHaveProperty("error");
  const error = (result as { error: unknown }).error;
  expect(error).toBeInstanceOf(AppError);
  expect([code].flat()).toContain((error as AppError).code);
  expect(await snapshot()).toEqual(before);
  return error as AppError;
}

/** Runs `run` while the database refuses every audit insert (a trigger aborts it). */
export async function withAuditRefused<T>(run: () => Promise<T>): Promise<T> {
  const raw = rawConnection();
  if (raw.engine === "postgres")
    await raw.exec(`CREATE FUNCTION "test_refuse_audit"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused by the test'; END $$;
      CREATE TRIGGER "test_refuse_audit" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "test_refuse_audit"()`);
  else await raw.exec(`CREATE TRIGGER "test_refuse_audit" BEFORE INSERT ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'audit refused by the test'); END`);
  try {
    return await run();
  } finally {
    await raw.exec(raw.engine === "postgres" ? `DROP TRIGGER "test_refuse_audit" ON "AuditEvent"; DROP FUNCTION "test_refuse_audit"()` : `DROP TRIGGER "test_refuse_audit"`);
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
  const before = await snapshot();
  const failed = await withAuditRefused(() => outcome(run));
  expect(failed, "the write went through although its audit record could not be written").toHaveProperty("error");
  expect(await snapshot(), "a failed audit insert left part of the write behind: the audit is not in the write's transaction").toEqual(before);

  const since = await lastAuditId();
  const result = await run();
  const audits = await auditRowsAfter(since);
  expect(audits).toHaveLength(wanted.length);
  audits.forEach((audit, i) => expect(audit).toMatchObject(wanted[i]));
  return { result, audits };
}

/** Expects `run` to succeed without writing any audit record (reads, and writes that change nothing). */
export async function expectNoAudit<T>(run: () => Promise<T>): Promise<T> {
  const since = await lastAuditId();
  const result = await run();
  expect(await auditRowsAfter(since)).toEqual([]);
  return result;
}

/** Expects `run` to succeed and leave the database exactly as it was (reads, saves that change nothing). */
export async function expectNothingWritten<T>(run: () => Promise<T>): Promise<T> {
  const before = await snapshot();
  const result = await run();
  expect(await snapshot()).toEqual(before);
  return result;
}
