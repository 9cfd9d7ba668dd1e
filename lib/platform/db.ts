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
    return adapter;
  }
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
