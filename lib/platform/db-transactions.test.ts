import Database from "better-sqlite3";
import { afterAll, expect, it, vi } from "vitest";
import { createTestDatabase } from "./test-database";

vi.mock("server-only", () => ({}));

const database = createTestDatabase("claimdesk-transactions-");
const { createDbClient } = await import("./db");
const server = createDbClient(database.url);
// Another connection, as a job worker thread has; it does not wait for locks, so a held lock shows at once.
const other = new Database(database.file, { timeout: 0 });

afterAll(async () => {
  await server.$disconnect();
  other.close();
  database.remove();
});

it("a transaction holds the write lock from its start, so another connection cannot commit between its read and its write", async () => {
  const outcome = await server.$transaction(async (tx) => {
    await tx.setting.findMany();
    // With a deferred BEGIN this commit would go through, and the write below would fail with SQLITE_BUSY_SNAPSHOT.
    expect(() => other.prepare(`INSERT INTO "Setting" (key, value, updatedAt) VALUES ('other', '1', CURRENT_TIMESTAMP)`).run()).toThrow(/database is locked/);
    await tx.setting.create({ data: { key: "mine", value: "1" } });
    return "saved";
  });
  expect(outcome).toBe("saved");
  // Once it has committed, the other connection writes as usual.
  other.prepare(`INSERT INTO "Setting" (key, value, updatedAt) VALUES ('other', '1', CURRENT_TIMESTAMP)`).run();
  expect(other.prepare(`SELECT key FROM "Setting" WHERE key IN ('mine', 'other') ORDER BY key`).pluck().all()).toEqual(["mine", "other"]);
});
