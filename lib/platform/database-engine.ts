/** Which database engine a DATABASE_URL names: `file:…` is SQLite (the default), `postgres(ql)://…` is PostgreSQL. */

export type DatabaseEngine = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./data/claims.db";

export function databaseEngineOf(url: string): DatabaseEngine {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`DATABASE_URL must be file:<path> (SQLite) or postgresql://… (PostgreSQL); it is "${url.split(":")[0]}:…".`);
}

/** The engine of this process's database (read when asked: the data-layer tests point DATABASE_URL at theirs first). */
export const databaseEngine = (): DatabaseEngine => databaseEngineOf(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
