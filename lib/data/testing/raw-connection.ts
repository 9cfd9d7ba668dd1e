/**
 * A second connection to the test file's database, outside Prisma, for the checks in harness.ts: better-sqlite3 on
 * SQLite, a pg client on PostgreSQL. SQL is written once with `?` placeholders and quoted identifiers.
 */
import Database from "better-sqlite3";
import pg from "pg";

export interface RawConnection {
  readonly engine: "sqlite" | "postgres";
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** Every table of the app (migration bookkeeping and SQLite's full-text shadow tables left out). */
  tables(): Promise<string[]>;
  close(): Promise<void>;
}

function sqliteConnection(file: string): RawConnection & { db: Database.Database } {
  const db = new Database(file);
  return {
    engine: "sqlite",
    db,
    async query<T>(sql: string, ...params: unknown[]) {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as T[];
      statement.run(...params);
      return [];
    },
    async exec(sql) {
      db.exec(sql);
    },
    async tables() {
      // Full-text indexes' shadow tables (some without rowid) are left out: their virtual table's rows are compared.
      return db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') AND name <> '_prisma_migrations' ORDER BY name`)
        .pluck()
        .all() as string[];
    },
    async close() {
      db.close();
    },
  };
}

/** `?` → `$1, $2, …` (the tests' SQL holds no `?` inside strings). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function postgresConnection(url: string): RawConnection {
  const client = new pg.Client({ connectionString: url });
  const ready = client.connect();
  return {
    engine: "postgres",
    async query<T>(sql: string, ...params: unknown[]) {
      await ready;
      return (await client.query(numbered(sql), params)).rows as T[];
    },
    async exec(sql) {
      await ready;
      await client.query(sql);
    },
    async tables() {
      await ready;
      const { rows } = await client.query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
      );
      return rows.map((r) => r.name as string);
    },
    async close() {
      await ready;
      await client.end();
    },
  };
}

export function openRawConnection(url: string): RawConnection {
  if (url.startsWith("file:")) return sqliteConnection(url.slice("file:".length));
  if (/^postgres(ql)?:\/\//.test(url)) return postgresConnection(url);
  throw new Error("The data-layer tests need setup-database.ts to set DATABASE_URL.");
}
