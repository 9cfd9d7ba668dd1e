/** Many rows in few statements (one JSON parameter unpacked by SQLite), and the write lock bulk writes take first. */
import "server-only";
import type { Tx } from "@/lib/platform/db";

/** DateTime as the Prisma SQLite adapter stores it, so rows written here read back like Prisma's own. */
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
 * Takes the database's write lock at the start of a transaction (an UPDATE that changes nothing still
 * takes it, waiting up to busy_timeout). A transaction that reads first and writes later would fail at
 * once with SQLITE_BUSY if another connection committed in between; one that starts with the lock reads
 * what it then writes on.
 */
export async function lockForWriting(tx: Tx) {
  await tx.$executeRawUnsafe(`UPDATE "Claim" SET "id" = "id" WHERE 0`);
}

/** The rows of `SELECT … WHERE <column> IN (values)`, the values passed as one JSON parameter. */
export async function selectWhereIn<T>(client: Pick<Tx, "$queryRawUnsafe">, select: string, column: string, values: Value[]): Promise<T[]> {
  if (!values.length) return [];
  return client.$queryRawUnsafe<T[]>(`${select} WHERE "${column}" IN (SELECT value FROM json_each(?))`, JSON.stringify(values));
}
