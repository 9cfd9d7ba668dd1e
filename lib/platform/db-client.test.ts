/**
 * Prisma transactions on SQLite from two processes at once (two app servers on one file; a server and its job
 * worker thread likewise): a transaction that reads and then writes must wait for the other's commit, not fail.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "./db-client";
import { createTestDatabase } from "./test-database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const database = createTestDatabase("claimdesk-db-client-");
const client = createDbClient(database.url);
afterAll(async () => {
  await client.$disconnect();
  database.remove();
});

function incrementIn(processCount: number, claimId: number, perProcess: number) {
  const startAt = Date.now() + 4000;
  return Promise.all(
    Array.from({ length: processCount }, () => {
      const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(import.meta.dirname, "db-client.fixture.ts"), String(claimId), String(perProcess)], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url, START_AT: String(startAt) },
      });
      let errors = "";
      child.stderr.on("data", (chunk) => (errors += chunk));
      return new Promise<string>((resolve) => child.on("exit", (code) => resolve(code === 0 ? "ok" : `exit ${code}: ${errors.slice(0, 400)}`)));
    }),
  );
}

describe("SQLite transactions across processes", () => {
  it("take turns: read-then-write transactions of two processes all commit, and no update is lost", async () => {
    const claim = await client.claim.create({ data: { statement: "Counted from two processes", createdById: "user-editor", updatedById: "user-editor" } });
    expect(await incrementIn(2, claim.id, 15)).toEqual(["ok", "ok"]);
    expect((await client.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version + 30);
  }, 60_000);
});
