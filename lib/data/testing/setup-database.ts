/**
 * Runs before each data-layer test file: gives it a throwaway copy of the database global-setup.ts
 * built from the real migrations, and points the app's Prisma client (lib/platform/db.ts) at it, so
 * test files never share a database and can run in parallel.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-data-test-"));
const file = path.join(dir, "test.db");
fs.copyFileSync(inject("migratedDatabase"), file);
process.env.DATABASE_URL = `file:${file}`;
// Evidence uploads land beside the database.
process.env.CLAIMDESK_DATA_DIR = dir;

const shared = globalThis as unknown as { claimdeskDb?: { $disconnect(): Promise<void> } };
// db.ts keeps its client on globalThis; a client left by another file would point at that file's database.
delete shared.claimdeskDb;

afterAll(async () => {
  await shared.claimdeskDb?.$disconnect();
  delete shared.claimdeskDb;
  fs.rmSync(dir, { recursive: true, force: true });
});
