/** The one Prisma client of the app (SQLite through better-sqlite3) and its transaction type. */
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_DATABASE_URL = "file:./data/claims.db";

function createClient() {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

/** One Prisma client per server process (kept across hot reloads in development). */
export const db = globalForDb.claimdeskDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.claimdeskDb = db;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
