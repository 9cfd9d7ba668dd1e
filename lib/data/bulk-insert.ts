/** Many rows in few statements (one JSON parameter unpacked by the database), and the write lock bulk writes take first. */
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { databaseEngine } from "@/lib/platform/database-engine";

/**
 * DateTime as the Prisma SQLite adapter stores it, so rows written here read back like Prisma's own. PostgreSQL
 * reads the same text into its zone-less timestamps (the offset is ignored; the database works in UTC).
 */
export const storedDateTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

type Value = string | number | null;

/** Rows per INSERT: bounds the size of the one JSON parameter. */
const ROWS_PER_STATEMENT = 2_000;

/**
 * Inserts rows into a table with an AUTOINCREMENT id (inside a transaction that holds the write lock,
 * see lockForWriting) and returns the new ids in row order. The rows travel as one JSON parameter that SQLite
 * unpacks itself (json_each): Prisma's createMany builds each row through its query compiler and even a
 * raw multi-row VALUES list maps every parameter in JavaScript, which for thousands of rows inside a
 * transaction holding the write lock is the difference between milliseconds and seconds.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: Value[][]): Promise<number[]> {
  return databaseEngine() === "postgres" ? insertRowsPostgres(tx, table, columns, rows) : insertRowsSqlite(tx, table, columns, rows);
}

async function insertRowsSqlite(tx: Tx, table: string, columns: readonly string[], rows: Value[][]): Promise<number[]> {
  const ids: number[] = [];
  const names = columns.map((c) => `"${c}"`).join(", ");
  const values = columns.map((_, i) => `value ->> ${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM json_each(?) ORDER BY key`;
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(at, at + ROWS_PER_STATEMENT);
    const inserted = await tx.$executeRawUnsafe(sql, JSON.stringify(chunk));
    // One statement under the write lock on an AUTOINCREMENT key: its rows get consecutive ids, ending
    // at the last one inserted (reading them back with RETURNING costs Prisma about 0.2 ms a row).
    const [{ last }] = await tx.$queryRawUnsafe<{ last: number | bigint }[]>(`SELECT last_insert_rowid() AS last`);
    if (inserted !== chunk.length) throw new Error(`Inserted ${inserted} of ${chunk.length} rows into ${table}.`);
    ids.push(...chunk.map((_, i) => Number(last) - chunk.length + 1 + i));
  }
  return ids;
}

/**
 * PostgreSQL: the rows travel as one JSON array of objects that json_populate_recordset turns into the table's own
 * column types; RETURNING gives the ids, in the order the rows were inserted (WITH ORDINALITY keeps the array's).
 */
async function insertRowsPostgres(tx: Tx, table: string, columns: readonly string[], rows: Value[][]): Promise<number[]> {
  const ids: number[] = [];
  const names = columns.map((c) => `"${c}"`).join(", ");
  const values = columns.map((c) => `r."${c}"`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM json_populate_recordset(NULL::"${table}", $1::json) WITH ORDINALITY AS r ORDER BY r.ordinality RETURNING "id"`;
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(at, at + ROWS_PER_STATEMENT);
    const objects = chunk.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
    const inserted = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(sql, JSON.stringify(objects));
    if (inserted.length !== chunk.length) throw new Error(`Inserted ${inserted.length} of ${chunk.length} rows into ${table}.`);
    ids.push(...inserted.map((r) => Number(r.id)));
  }
  return ids;
}

/** Any number, the same in every server: the key of the advisory lock bulk writers take on PostgreSQL. */
const BULK_WRITE_LOCK = 4_242_001;

/**
 * Takes the database's write lock at the start of a transaction (an UPDATE that changes nothing still
 * takes it, waiting up to busy_timeout). A transaction that reads first and writes later would fail at
 * once with SQLITE_BUSY if another connection committed in between; one that starts with the lock reads
 * what it then writes on.
 */
export async function lockForWriting(tx: Tx) {
  // PostgreSQL lets writers run side by side; an advisory lock held to the end of the transaction makes the bulk
  // writers (imports) that check-then-insert take turns, as SQLite's one write lock does.
  if (databaseEngine() === "postgres") await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${BULK_WRITE_LOCK})::text`);
  else await tx.$executeRawUnsafe(`UPDATE "Claim" SET "id" = "id" WHERE 0`);
}

/** The rows of `SELECT … WHERE <column> IN (values)` for a text column, the values passed as one JSON parameter. */
export async function selectWhereIn<T>(client: Pick<Tx, "$queryRawUnsafe">, select: string, column: string, values: string[]): Promise<T[]> {
  if (!values.length) return [];
  const list = databaseEngine() === "postgres" ? `SELECT json_array_elements_text($1::json)` : `SELECT value FROM json_each(?)`;
  return client.$queryRawUnsafe<T[]>(`${select} WHERE "${column}" IN (${list})`, JSON.stringify(values));
}
