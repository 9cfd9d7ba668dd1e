/**
 * The pieces of raw SQL that SQLite and PostgreSQL write differently, one function per difference. Everything
 * else the data layer writes by hand is the same on both (quoted identifiers and aliases, COUNT(*) FILTER, coalesce).
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseEngine } from "@/lib/platform/database-engine";

const postgres = () => databaseEngine() === "postgres";

/**
 * `expr` compared and ordered ignoring case: SQLite's NOCASE collation (ASCII letters), PostgreSQL's lower().
 * Each matches an index of the migrations (…_nocase_idx on SQLite, …_lower_idx on PostgreSQL).
 */
export function ignoringCase(expr: Prisma.Sql): Prisma.Sql {
  return postgres() ? Prisma.sql`lower(${expr})` : Prisma.sql`${expr} COLLATE NOCASE`;
}

/** `abc` → `abc%` for `LIKE … ESCAPE '!'`, with the wildcards typed by the person taken literally. */
export const likePrefix = (text: string) => `${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** `column` starts with `prefix`, ignoring case (SQLite's LIKE already does for ASCII letters; PostgreSQL's does not). */
export function startsWithIgnoringCase(column: Prisma.Sql, prefix: string): Prisma.Sql {
  return postgres()
    ? Prisma.sql`lower(${column}) LIKE lower(${likePrefix(prefix)}) ESCAPE '!'`
    : Prisma.sql`${column} LIKE ${likePrefix(prefix)} ESCAPE '!'`;
}

/**
 * For Prisma's `startsWith`/`contains` filters: ignore case on both engines. SQLite's LIKE already ignores it
 * for ASCII letters and refuses `mode`; PostgreSQL needs `mode: "insensitive"`.
 */
export const caseInsensitive = (): { mode?: "insensitive" } => (postgres() ? { mode: "insensitive" } : {});

/** The calendar day (UTC) of a DateTime column as `YYYY-MM-DD`: SQLite stores ISO text, PostgreSQL a timestamp. */
export function dayOf(column: Prisma.Sql): Prisma.Sql {
  return postgres() ? Prisma.sql`to_char(${column}, 'YYYY-MM-DD')` : Prisma.sql`substr(${column}, 1, 10)`;
}

/**
 * `expr`, or `fallback` when it is null, written as the report-order index of each engine's migrations writes it
 * (SQLite's planner only uses an expression index for the very same function).
 */
export function orElse(expr: Prisma.Sql, fallback: number): Prisma.Sql {
  return postgres() ? Prisma.sql`coalesce(${expr}, ${Prisma.raw(String(fallback))})` : Prisma.sql`ifnull(${expr}, ${Prisma.raw(String(fallback))})`;
}
