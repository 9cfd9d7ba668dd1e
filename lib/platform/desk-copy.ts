/**
 * Copies a whole desk from one database to another, on either engine (`npm run db:copy`): every table with its
 * ids (users and sessions, claims, history, jobs, stored files…), parents before children, in batches, in one
 * transaction on the target, then checks the row counts. The target must be migrated and hold no desk yet.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { openSqlConnection, type Engine, type SqlConnection } from "./sql-connection";
import { parentsFirst, readDeskSchema, type ColumnType, type TableInfo } from "./desk-schema";

/** Tables the migrations themselves fill (the default rating scale and settings): replaced by the source's rows. */
export const MIGRATION_ROWS = new Set(["RatingLabel", "Setting"]);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A stored value as plain JavaScript, whichever engine it came from. */
export function commonValue(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "datetime":
      if (value instanceof Date) return value;
      if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
      // SQLite holds Prisma's ISO form, or CURRENT_TIMESTAMP's "YYYY-MM-DD HH:MM:SS" (UTC).
      return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(String(value)) ? `${String(value).replace(" ", "T")}Z` : String(value));
    case "boolean":
      return value === true || value === 1 || value === 1n || value === "1" || value === "true" || value === "t";
    case "int":
    case "float":
      return Number(value);
    case "bigint": {
      const big = BigInt(value as string | number | bigint);
      return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(big) : big;
    }
    case "bytes":
      return Buffer.from(value as Uint8Array);
    case "text":
      return String(value);
  }
}

/** A plain value as the target engine stores it (SQLite: Prisma's forms; PostgreSQL: UTC timestamps). */
export function engineValue(value: unknown, type: ColumnType, engine: Engine): unknown {
  if (value === null) return null;
  if (type === "datetime") return engine === "sqlite" ? (value as Date).toISOString().replace("Z", "+00:00") : (value as Date).toISOString().replace("Z", "");
  if (type === "boolean") return engine === "sqlite" ? (value ? 1 : 0) : value;
  if (type === "bigint") return engine === "sqlite" ? value : String(value);
  return value;
}

async function countRows(sql: SqlConnection, table: string): Promise<number> {
  const [{ n }] = await sql.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`);
  return Number(n);
}

function sameSchema(from: TableInfo[], to: TableInfo[]): string | null {
  const shape = (tables: TableInfo[]) => new Map(tables.map((t) => [t.name, t.columns.map((c) => c.name).sort().join(",")]));
  const [a, b] = [shape(from), shape(to)];
  const differ = [...new Set([...a.keys(), ...b.keys()])].filter((t) => a.get(t) !== b.get(t)).sort();
  return differ.length ? differ.join(", ") : null;
}

export interface CopyOptions {
  /** rows read and inserted at a time (at most; fewer for wide tables) */
  batchSize?: number;
  /** a folder-store uploads folder whose files go into the target's UploadedFile table */
  filesFrom?: string;
  log?: (line: string) => void;
}

export interface CopyReport {
  tables: { table: string; rows: number }[];
  filesImported: number;
}

async function copyTable(source: SqlConnection, target: SqlConnection, table: TableInfo, batchSize: number) {
  const selfColumns = new Set(table.references.filter((r) => r.table === table.name).map((r) => r.column));
  const columns = table.columns;
  const order = (table.primaryKey.length ? table.primaryKey : columns.map((c) => c.name)).map(quote).join(", ");
  // Both engines allow at least 32,766 parameters a statement.
  const perInsert = Math.max(1, Math.min(batchSize, Math.floor(30_000 / columns.length)));
  const later: { key: unknown[]; column: string; value: unknown }[] = [];
  for (let offset = 0; ; offset += batchSize) {
    const rows = await source.query<Record<string, unknown>>(
      `SELECT ${columns.map((c) => quote(c.name)).join(", ")} FROM ${quote(table.name)} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [batchSize, offset],
    );
    for (let start = 0; start < rows.length; start += perInsert) {
      const chunk = rows.slice(start, start + perInsert);
      const values: unknown[] = [];
      for (const row of chunk) {
        for (const column of columns) {
          const value = commonValue(row[column.name], column.type);
          if (selfColumns.has(column.name) && value !== null) {
            later.push({ key: table.primaryKey.map((k) => engineValue(commonValue(row[k], columns.find((c) => c.name === k)!.type), columns.find((c) => c.name === k)!.type, target.engine)), column: column.name, value: engineValue(value, column.type, target.engine) });
            values.push(null);
          } else values.push(engineValue(value, column.type, target.engine));
        }
      }
      const placeholders = chunk.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ");
      await target.query(`INSERT INTO ${quote(table.name)} (${columns.map((c) => quote(c.name)).join(", ")}) VALUES ${placeholders}`, values);
    }
    if (rows.length < batchSize) break;
  }
  // References to rows of the same table, now that every row exists.
  for (const { key, column, value } of later)
    await target.query(`UPDATE ${quote(table.name)} SET ${quote(column)} = ? WHERE ${table.primaryKey.map((k) => `${quote(k)} = ?`).join(" AND ")}`, [value, ...key]);
}

/** PostgreSQL's id sequences continue after the copied ids (SQLite's AUTOINCREMENT follows inserted ids by itself). */
async function resetSequences(target: SqlConnection, tables: TableInfo[]) {
  if (target.engine !== "postgres") return 0;
  let reset = 0;
  for (const table of tables) {
    if (table.primaryKey.length !== 1) continue;
    const [{ sequence }] = await target.query<{ sequence: string | null }>(`SELECT pg_get_serial_sequence(?, ?) AS sequence`, [quote(table.name), table.primaryKey[0]]);
    if (!sequence) continue;
    await target.query(`SELECT setval(?, COALESCE((SELECT MAX(${quote(table.primaryKey[0])}) FROM ${quote(table.name)}), 0) + 1, false)`, [sequence]);
    reset++;
  }
  return reset;
}

const STORED_FILE = /^([0-9a-f]{64})\.(pdf|png|jpg|txt)$/;

/** Files of a folder store, each checked against its name's hash, added to the target's UploadedFile table. */
async function importFolder(target: SqlConnection, folder: string): Promise<number> {
  let added = 0;
  for (const name of fs.readdirSync(folder).sort()) {
    const match = STORED_FILE.exec(name);
    if (!match) continue;
    const bytes = fs.readFileSync(path.join(folder, name));
    if (crypto.createHash("sha256").update(bytes).digest("hex") !== match[1]) throw new Error(`${name} does not match its hash; the uploads folder is damaged.`);
    if ((await target.query(`SELECT "hash" FROM "UploadedFile" WHERE "hash" = ?`, [match[1]])).length) continue;
    await target.query(`INSERT INTO "UploadedFile" ("hash", "extension", "size", "bytes", "createdAt") VALUES (?, ?, ?, ?, ?)`, [
      match[1], match[2], bytes.byteLength, bytes, engineValue(new Date(), "datetime", target.engine),
    ]);
    added++;
  }
  return added;
}

export async function copyDesk(fromUrl: string, toUrl: string, options: CopyOptions = {}): Promise<CopyReport> {
  if (fromUrl === toUrl) throw new Error("The source and the target are the same database.");
  const batchSize = options.batchSize ?? 1000;
  const log = options.log ?? (() => {});
  const source = await openSqlConnection(fromUrl);
  try {
    const target = await openSqlConnection(toUrl);
    try {
      const [fromTables, toTables] = [await readDeskSchema(source), await readDeskSchema(target)];
      if (!toTables.length) throw new Error("The target has no tables: migrate it first (DATABASE_URL=<to-url> npm run db:migrate).");
      const differ = sameSchema(fromTables, toTables);
      if (differ) throw new Error(`The two databases are not at the same migration (tables that differ: ${differ}). Migrate both to this version first.`);
      const tables = parentsFirst(toTables);
      // One snapshot of the source (it may be in use), one transaction on the target: all of the desk or none of it.
      return await source.transaction(
        () =>
          target.transaction(async () => {
            const occupied: string[] = [];
            for (const table of tables) if (!MIGRATION_ROWS.has(table.name) && (await countRows(target, table.name)) > 0) occupied.push(table.name);
            if (occupied.length) throw new Error(`The target already holds a desk (rows in ${occupied.join(", ")}). Copy into a freshly migrated, empty database.`);
            for (const table of [...tables].reverse()) if (MIGRATION_ROWS.has(table.name)) await target.query(`DELETE FROM ${quote(table.name)}`);
            const report: CopyReport = { tables: [], filesImported: 0 };
            for (const table of tables) {
              await copyTable(source, target, table, batchSize);
              const [expected, copied] = [await countRows(source, table.name), await countRows(target, table.name)];
              if (expected !== copied) throw new Error(`${table.name}: ${expected} rows in the source but ${copied} in the target. Nothing was copied.`);
              report.tables.push({ table: table.name, rows: copied });
              log(`${table.name.padEnd(20)} ${String(copied).padStart(9)} rows`);
            }
            const sequences = await resetSequences(target, tables);
            if (sequences) log(`reset ${sequences} id sequences`);
            if (options.filesFrom) {
              report.filesImported = await importFolder(target, options.filesFrom);
              log(`${report.filesImported} files from ${options.filesFrom} stored in UploadedFile`);
            }
            return report;
          }),
        { readOnly: true },
      );
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
