/**
 * A Prisma client for DATABASE_URL's engine: SQLite through better-sqlite3 (the client generated from
 * prisma/schema.prisma) or PostgreSQL through pg (the client generated from prisma/postgres/schema.prisma, the
 * same models). Both have the same API; the app is typed with the SQLite one, and the few SQL statements that
 * differ live in lib/data (sql-dialect.ts, search-postgres.ts, and the functions that name the engine).
 * Not server-only: the seed and the scripts open their clients here too.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { CONNECTION_PRAGMAS, BUSY_TIMEOUT_MS } from "./sqlite-pragmas";
import { databaseEngineOf, DEFAULT_DATABASE_URL } from "./database-engine";

/**
 * The adapter opens its better-sqlite3 connection lazily and has no pragma option, so the pragmas run on
 * the connection as soon as it is made, before Prisma sends it any query.
 *
 * Its transactions begin DEFERRED: one that reads and then writes fails at once with SQLITE_BUSY (no waiting)
 * when another connection (another app server on the same file, or the job worker) committed in between. They
 * begin IMMEDIATE here instead, taking the write lock first and waiting for it up to busy_timeout, so concurrent
 * transactions take turns like they do within one process (the adapter runs one at a time per connection).
 */
class PragmaAdapterFactory extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    const connection = (adapter as unknown as { client: { prepare(sql: string): unknown } }).client;
    const prepare = connection.prepare.bind(connection);
    connection.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}

/** Connections per PostgreSQL client (each server process and each job worker thread has one client). */
const POSTGRES_POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE) || 10;

/** A Prisma client on its own connection (the server has one; each job worker thread opens its own). */
export function createDbClient(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): PrismaClient {
  if (databaseEngineOf(url) === "postgres") {
    // Timestamps are stored without a zone: the session works in UTC whatever the server's default.
    const adapter = new PrismaPg({ connectionString: url, max: POSTGRES_POOL_SIZE, options: "-c timezone=UTC" });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PragmaAdapterFactory({ url, timeout: BUSY_TIMEOUT_MS }) });
}

