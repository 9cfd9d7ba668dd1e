/**
 * The scale benchmark's raw driver: better-sqlite3 on a SQLite desk or one `pg` connection on a PostgreSQL one,
 * behind one small interface, and `query()`, which names a statement once with its SQLite and PostgreSQL forms.
 */
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseEngineOf, type DatabaseEngine } from "../../lib/platform/database-engine";

export type Row = Record<string, unknown>;

export interface RawDb {
  engine: DatabaseEngine;
  /** Runs `sql` (the engine's form). An array parameter is a list of ids or words: JSON text for SQLite's json_each, an array for PostgreSQL. */
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Reads the rows of `sql` in batches of `size` (SQLite iterates its statement; PostgreSQL FETCHes from a cursor). */
  batches(sql: string, size: number, each: (rows: Row[]) => void): Promise<void>;
  /** The same batches, each read when the consumer asks for it (the export race formats and writes one before reading the next). */
  iterate(sql: string, size: number): AsyncGenerator<Row[]>;
  close(): Promise<void>;
}

/** One statement in each engine's SQL. */
export interface TwinSql {
  sqlite: string;
  postgres: string;
}

/** `?` → `$1, $2, …` (the benchmark's statements hold no literal question mark). */
export const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/**
 * A named raw query: its SQLite form, and its PostgreSQL form when that differs by more than the placeholders
 * (without one, the SQLite text is used with `?` numbered). Returns the function that runs it on either engine.
 */
export function query(sqlite: string, postgres?: string) {
  const forms: TwinSql = { sqlite, postgres: postgres ?? numbered(sqlite) };
  const run = (db: RawDb, ...params: unknown[]) => db.all(forms[db.engine], params);
  return Object.assign(run, { forms });
}

function openSqlite(file: string): RawDb {
  const sqlite = new Database(file, { readonly: true });
  const bind = (params: unknown[]) => params.map((p) => (Array.isArray(p) ? JSON.stringify(p) : p));
  return {
    engine: "sqlite",
    async all(sql, params = []) {
      return sqlite.prepare(sql).all(...bind(params)) as Row[];
    },
    async batches(sql, size, each) {
      let batch: Row[] = [];
      for (const row of sqlite.prepare(sql).iterate() as Iterable<Row>) {
        batch.push(row);
        if (batch.length === size) {
          each(batch);
          batch = [];
        }
      }
      if (batch.length) each(batch);
    },
    async *iterate(sql, size) {
      let batch: Row[] = [];
      for (const row of sqlite.prepare(sql).iterate() as Iterable<Row>) {
        batch.push(row);
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    },
    async close() {
      sqlite.close();
    },
  };
}

async function openPostgres(url: string): Promise<RawDb> {
  // Timestamps are stored without a zone and hold UTC, as the app's connections read them.
  const client = new pg.Client({ connectionString: url, options: "-c timezone=UTC" });
  await client.connect();
  return {
    engine: "postgres",
    async all(sql, params = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async batches(sql, size, each) {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        await client.query(`DECLARE raw_batches NO SCROLL CURSOR FOR ${sql}`);
        for (;;) {
          const { rows } = await client.query(`FETCH ${size} FROM raw_batches`);
          if (rows.length) each(rows);
          if (rows.length < size) break;
        }
      } finally {
        await client.query("COMMIT");
      }
    },
    async *iterate(sql, size) {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        await client.query(`DECLARE raw_iteration NO SCROLL CURSOR FOR ${sql}`);
        for (;;) {
          const { rows } = await client.query(`FETCH ${size} FROM raw_iteration`);
          if (rows.length) yield rows as Row[];
          if (rows.length < size) break;
        }
      } finally {
        await client.query("COMMIT");
      }
    },
    async close() {
      await client.end();
    },
  };
}

/** The raw driver on DATABASE_URL-style `url`: `file:<path>` (opened read-only) or `postgresql://…`. */
export async function openRawDb(url: string): Promise<RawDb> {
  return databaseEngineOf(url) === "sqlite" ? openSqlite(path.resolve(url.slice("file:".length))) : openPostgres(url);
}
