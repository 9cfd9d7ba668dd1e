import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/platform/db";
import { claimNextJob, finishJob, JOB_LEASE_MS } from "./jobs";
import { makeUser } from "./testing/fixtures";
import { rawQuery } from "./testing/harness";

/** Several servers' worth of connections to this file's database, each racing for the same queue. */
const clients = Array.from({ length: 6 }, () => createDbClient(process.env.DATABASE_URL));
let creator: string;

async function queueJobs(n: number) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const [row] = await rawQuery<{ id: number }>(
      `INSERT INTO "Job" ("kind", "input", "createdById", "updatedAt") VALUES ('claims-csv-import', '{"text":""}', ?, CURRENT_TIMESTAMP) RETURNING "id"`,
      creator,
    );
    ids.push(Number(row.id));
  }
  return ids;
}

beforeAll(async () => {
  creator = (await makeUser("factchecker")).id;
  await Promise.all(clients.map((c) => c.$connect()));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

describe("claiming background jobs", () => {
  it("gives each queued job to exactly one of many racing workers", async () => {
    await rawQuery(`DELETE FROM "Job"`);
    const ids = await queueJobs(20);
    const claimedBy = new Map<number, string[]>();
    await Promise.all(
      clients.map(async (client, w) => {
        for (let job = await claimNextJob(client, `worker-${w}`); job; job = await claimNextJob(client, `worker-${w}`))
          claimedBy.set(job.id, [...(claimedBy.get(job.id) ?? []), `worker-${w}`]);
      }),
    );
    expect([...claimedBy.keys()].sort((a, b) => a - b)).toEqual(ids);
    for (const holders of claimedBy.values()) expect(holders).toHaveLength(1);
    const rows = await rawQuery<{ id: number; status: string; claimedBy: string; attempts: number }>(`SELECT "id", "status", "claimedBy", "attempts" FROM "Job"`);
    expect(rows.every((r) => r.status === "running" && r.attempts === 1)).toBe(true);
    for (const row of rows) expect(row.claimedBy).toBe(claimedBy.get(Number(row.id))![0]);
  });

  it("lets another worker take over a job only once its lease has run out, and then the first cannot finish it", async () => {
    await rawQuery(`DELETE FROM "Job"`);
    const [id] = await queueJobs(1);
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
    expect(await rawQuery(`SELECT "status" FROM "Job" WHERE "id" = ?`, id)).toEqual([{ status: "succeeded" }]);
  });
});
