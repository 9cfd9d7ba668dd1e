/** The one Prisma client of the server process (see db-client.ts for how DATABASE_URL picks the engine) and its transaction type. */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "./db-client";

export { createDbClient };
export { DEFAULT_DATABASE_URL } from "./database-engine";

const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

/** One Prisma client per server process (kept across hot reloads in development). */
export const db = globalForDb.claimdeskDb ?? createDbClient();
if (process.env.NODE_ENV !== "production") globalForDb.claimdeskDb = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
