/** The one Prisma client of the app (SQLite through better-sqlite3) and its transaction type. */
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { CONNECTION_PRAGMAS, BUSY_TIMEOUT_MS } from "./sqlite-pragmas";

export const DEFAULT_DATABASE_URL = "file:./data/claims.db";

/**
 * The adapter opens its better-sqlite3 connection lazily and has no pragma option, so the pragmas run on
 * the connection as soon as it is made, before Prisma sends it any query.
 */
class PragmaAdapterFactory extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    beginImmediately(adapter);
    return adapter;
  }
}

/**
 * Interactive transactions start with BEGIN IMMEDIATE instead of the adapter's deferred BEGIN. A deferred
 * transaction reads first; if another connection (a job worker thread archiving a web source or importing)
 * commits before its first write, SQLite refuses that write at once with SQLITE_BUSY_SNAPSHOT, without
 * waiting (busy_timeout does not apply), and the person's save fails. Taking the write lock at BEGIN makes the
 * transaction wait its turn (up to busy_timeout) instead. Readers outside transactions are not affected (WAL).
 */
function beginImmediately(adapter: object) {
  const client = (adapter as { client?: { prepare: (sql: string) => unknown } }).client;
  if (!client) throw new Error("The SQLite adapter's connection was not found: check beginImmediately against the adapter's version.");
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

/** A Prisma client on its own connection (the server has one; each job worker thread opens its own). */
export function createDbClient(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) {
  return new PrismaClient({ adapter: new PragmaAdapterFactory({ url, timeout: BUSY_TIMEOUT_MS }) });
}

const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

/** One Prisma client per server process (kept across hot reloads in development). */
export const db = globalForDb.claimdeskDb ?? createDbClient();
if (process.env.NODE_ENV !== "production") globalForDb.claimdeskDb = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
