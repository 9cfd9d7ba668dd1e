import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "@/lib/platform/test-database";

vi.mock("server-only", () => ({}));

const database = createTestDatabase("claimdesk-jobs-");
process.env.DATABASE_URL = database.url;
const { createDbClient } = await import("@/lib/platform/db");
const { claimNextJob, finishJob, JOB_LEASE_MS } = await import("./jobs");

/** Several servers' worth of connections, each racing for the same queue. */
const clients = Array.from({ length: 6 }, () => createDbClient(database.url));

function queueJobs(n: number) {
  const insert = database.sqlite.prepare(`INSERT INTO "Job" (kind, input, createdById, updatedAt) VALUES ('claims-csv-import', '{"text":""}', 'user-factchecker', CURRENT_TIMESTAMP)`);
  return Array.from({ length: n }, () => Number(insert.run().lastInsertRowid));
}

beforeAll(async () => {
  await Promise.all(clients.map((c) => c.$connect()));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  database.remove();
});

describe("claiming background jobs", () => {
  it("gives each queued job to exactly one of many racing workers", async () => {
    database.sqlite.exec(`DELETE FROM "Job"`);
    const ids = queueJobs(20);
    const claimedBy = new Map<number, string[]>();
    await Promise.all(
      clients.map(async (client, w) => {
        for (let job = await claimNextJob(client, `worker-${w}`); job; job = await claimNextJob(client, `worker-${w}`))
          claimedBy.set(job.id, [...(claimedBy.get(job.id) ?? []), `worker-${w}`]);
      }),
    );
    expect([...claimedBy.keys()].sort((a, b) => a - b)).toEqual(ids);
    for (const holders of claimedBy.values()) expect(holders).toHaveLength(1);
    const rows = database.sqlite.prepare(`SELECT status, claimedBy, attempts FROM "Job"`).all() as { status: string; claimedBy: string; attempts: number }[];
    expect(rows.every((r) => r.status === "running" && r.attempts === 1)).toBe(true);
    for (const [id, [holder]] of claimedBy) expect((database.sqlite.prepare(`SELECT claimedBy FROM "Job" WHERE id = ?`).get(id) as { claimedBy: string }).claimedBy).toBe(holder);
  });

  it("lets another worker take over a job only once its lease has run out, and then the first cannot finish it", async () => {
    database.sqlite.exec(`DELETE FROM "Job"`);
    const [id] = queueJobs(1);
    const first = await claimNextJob(clients[0], "worker-a");
    expect(first?.id).toBe(id);
    expect(await claimNextJob(clients[1], "worker-b")).toBeNull();

    const later = new Date(Date.now() + JOB_LEASE_MS + 1000);
    const racers = await Promise.all(clients.slice(1).map((c, i) => claimNextJob(c, `worker-late-${i}`, later)));
    const winners = racers.filter((job) => job !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.attempts).toBe(2);
    await expect(finishJob(clients[0], first!, "worker-a", { result: {}, done: 0, total: 0 })).rejects.toThrow(/no longer held/);
    await finishJob(clients[0], winners[0]!, winners[0]!.claimedBy!, { result: { ok: true }, done: 1, total: 1 });
    expect(database.sqlite.prepare(`SELECT status FROM "Job" WHERE id = ?`).get(id)).toEqual({ status: "succeeded" });
  });
});
