/**
 * The tables of a migrated Claimdesk database as its own catalog describes them (SQLite's pragmas or
 * PostgreSQL's information schema): columns with a type common to both engines, primary keys, foreign keys,
 * and an order in which every row's parents come first. Used by the desk copy.
 */
import type { SqlConnection } from "./sql-connection";

export type ColumnType = "text" | "int" | "bigint" | "float" | "boolean" | "datetime" | "bytes";

export interface TableInfo {
  name: string;
  columns: { name: string; type: ColumnType }[];
  primaryKey: string[];
  /** foreign keys: the column and the table it points to */
  references: { column: string; table: string }[];
}

/** Prisma's bookkeeping and the search indexes (rebuilt by triggers on SQLite, indexes on PostgreSQL) are not desk data. */
const NOT_COPIED = /^(_prisma_migrations|sqlite_.*|.*_fts(_.*)?)$/;

export function columnType(declared: string): ColumnType {
  const type = declared.toLowerCase();
  if (type.startsWith("timestamp") || type === "datetime" || type === "date") return "datetime";
  if (type === "boolean" || type === "bool") return "boolean";
  if (type === "bigint" || type === "int8") return "bigint";
  if (type === "integer" || type === "int" || type === "int4" || type === "smallint") return "int";
  if (type === "real" || type === "double precision" || type === "float8" || type === "double" || type === "numeric" || type.startsWith("decimal")) return "float";
  if (type === "blob" || type === "bytea") return "bytes";
  return "text";
}

async function sqliteTables(sql: SqlConnection): Promise<TableInfo[]> {
  const names = await sql.query<{ name: string }>(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' ORDER BY name`);
  const tables: TableInfo[] = [];
  for (const { name } of names.filter((t) => !NOT_COPIED.test(t.name))) {
    const columns = await sql.query<{ name: string; type: string; pk: number }>(`SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid`, [name]);
    const keys = await sql.query<{ table: string; from: string }>(`SELECT "table", "from" FROM pragma_foreign_key_list(?)`, [name]);
    tables.push({
      name,
      columns: columns.map((c) => ({ name: c.name, type: columnType(c.type) })),
      primaryKey: columns.filter((c) => c.pk > 0).sort((x, y) => x.pk - y.pk).map((c) => c.name),
      references: keys.map((k) => ({ column: k.from, table: k.table })),
    });
  }
  return tables;
}

async function postgresTables(sql: SqlConnection): Promise<TableInfo[]> {
  const names = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables: TableInfo[] = [];
  for (const { name } of names.filter((t) => !NOT_COPIED.test(t.name))) {
    const columns = await sql.query<{ name: string; type: string }>(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`,
      [name],
    );
    const primaryKey = await sql.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
       WHERE i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
      [name],
    );
    const references = await sql.query<{ column: string; table: string }>(
      `SELECT a.attname AS "column", c.confrelid::regclass::text AS "table" FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.conrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass`,
      [name],
    );
    tables.push({
      name,
      columns: columns.map((c) => ({ name: c.name, type: columnType(c.type) })),
      primaryKey: primaryKey.map((k) => k.name),
      references: references.map((r) => ({ column: r.column, table: r.table.replace(/^.*\./, "").replace(/^"|"$/g, "") })),
    });
  }
  return tables;
}

export async function readDeskSchema(sql: SqlConnection): Promise<TableInfo[]> {
  return sql.engine === "sqlite" ? sqliteTables(sql) : postgresTables(sql);
}

/**
 * The tables with every table after the tables it points to. A table's references to itself (a claim that
 * repeats another) are left out here: those columns are filled in after all of the table's rows exist.
 */
export function parentsFirst(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: TableInfo) => {
    if (state.get(table.name) === "done") return;
    if (state.get(table.name) === "visiting") throw new Error(`The foreign keys of ${table.name} go round in a circle; the desk cannot be copied in order.`);
    state.set(table.name, "visiting");
    for (const ref of table.references) if (ref.table !== table.name && byName.has(ref.table)) visit(byName.get(ref.table)!);
    state.set(table.name, "done");
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table);
  return ordered;
}
