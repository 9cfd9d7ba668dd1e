/**
 * Runs before each data-layer test file on PostgreSQL: gives it its own database, a copy of the template
 * global-setup-postgres.ts built from the migrations, points the app's Prisma client at it, and drops it afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { copyDatabase, databaseUrl, dropDatabase, newDatabaseName } from "./postgres-databases";

const server = inject("postgresServer");
const name = newDatabaseName("test");
await copyDatabase(server, inject("postgresTemplate"), name);
process.env.DATABASE_URL = databaseUrl(server, name);
// Evidence uploads land in a folder of their own.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-data-test-"));
process.env.CLAIMDESK_DATA_DIR = dir;

const shared = globalThis as unknown as { claimdeskDb?: { $disconnect(): Promise<void> } };
delete shared.claimdeskDb;

afterAll(async () => {
  await shared.claimdeskDb?.$disconnect();
  delete shared.claimdeskDb;
  await dropDatabase(server, name);
  fs.rmSync(dir, { recursive: true, force: true });
});
