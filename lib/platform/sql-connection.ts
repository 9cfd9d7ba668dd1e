/**
 * A plain SQL connection to either engine, chosen by the URL (`file:…` SQLite, `postgresql://…` PostgreSQL),
 * for the tools that work below the app's Prisma client: copying a desk between databases and the
 * multi-server test's checks. Statements use `?` placeholders on both engines.
 */
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseEngineOf, type DatabaseEngine } from "./database-engine";

export type Engine = DatabaseEngine;
/** Which engine a DATABASE_URL names; anything else is refused with the forms that are understood. */
export const engineOf = databaseEngineOf;

export interface SqlConnection {
  engine: Engine;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** runs `work` in one transaction: committed when it returns, rolled back when it throws */
  transaction<T>(work: () => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  close(): Promise<void>;
}

/** `?` → `$1, $2, …` (the statements here never hold a literal question mark). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** PostgreSQL's `timestamp` (without zone) holds UTC in Claimdesk: read it as UTC whatever the machine's zone. */
const utcTimestamps = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 1114 ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

export async function openSqlConnection(url: string): Promise<SqlConnection> {
  const engine = engineOf(url);
  if (engine === "sqlite") {
    const sqlite = new Database(path.resolve(url.slice("file:".length)), { fileMustExist: true });
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    return {
      engine,
      async query<T>(sql: string, params: unknown[] = []) {
        const statement = sqlite.prepare(sql);
        return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
      },
      async transaction(work, options) {
        // IMMEDIATE takes the write lock at once (no upgrade that could fail halfway); a read-only one reads one snapshot.
        sqlite.exec(options?.readOnly ? "BEGIN" : "BEGIN IMMEDIATE");
        try {
          const result = await work();
          sqlite.exec("COMMIT");
          return result;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
          throw error;
        }
      },
      async close() {
        sqlite.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url, types: utcTimestamps });
  await client.connect();
  await client.query("SET TIME ZONE 'UTC'");
  return {
    engine,
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(numbered(sql), params)).rows as T[];
    },
    async transaction(work, options) {
      await client.query(options?.readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
      try {
        const result = await work();
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}
