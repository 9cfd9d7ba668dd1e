import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "@/lib/platform/test-database";

vi.mock("server-only", () => ({}));

const database = createTestDatabase("claimdesk-run-jobs-");
process.env.DATABASE_URL = database.url;
const { db } = await import("@/lib/platform/db");
const { internalFailureMessage, runQueuedJobs } = await import("./run-jobs");

const HEADER = "statement,speaker,speaker_kind,attribution,qualifier,value,unit";
const csvOf = (n: number, row = (i: number) => `Claim ${i} says at least ${i} homes were destroyed,Speaker ${i % 40},person,paraphrase,at_least,${i},homes`) =>
  [HEADER, ...Array.from({ length: n }, (_, i) => row(i))].join("\n");

const count = (table: string) => (database.sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
const job = (id: number) =>
  database.sqlite.prepare(`SELECT status, done, total, result, error, claimedBy FROM "Job" WHERE id = ?`).get(id) as {
    status: string; done: number; total: number; result: string | null; error: string | null; claimedBy: string | null;
  };

function queue(kind: string, text: string, user = "user-factchecker") {
  return Number(
    database.sqlite.prepare(`INSERT INTO "Job" (kind, input, createdById, updatedAt) VALUES (?, ?, ?, CURRENT_TIMESTAMP)`).run(kind, JSON.stringify({ text }), user).lastInsertRowid,
  );
}

beforeEach(() => {
  database.sqlite.exec(`DELETE FROM "AuditEvent"; DELETE FROM "Claim"; DELETE FROM "Speaker"; DELETE FROM "Job"; DROP TRIGGER IF EXISTS refuse_poison;`);
});
afterAll(async () => {
  await db.$disconnect();
  database.remove();
});

describe("background CSV import jobs", () => {
  it("import every row with its audit record, and mark the job succeeded with the counts", async () => {
    const id = queue("claims-csv-import", csvOf(1200));
    await runQueuedJobs("test-worker");
    expect(job(id)).toMatchObject({ status: "succeeded", done: 1200, total: 1200, error: null });
    expect(JSON.parse(job(id).result!)).toMatchObject({ ok: true, created: 1200, existing: 0, repeated: 0 });
    expect(count("Claim")).toBe(1200);
    expect(count("Speaker")).toBe(40);
    expect((database.sqlite.prepare(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE entity = 'claim' AND action = 'create' AND actorId = 'user-factchecker'`).get() as { n: number }).n).toBe(1200);

    const again = queue("claims-csv-import", csvOf(1200));
    await runQueuedJobs("test-worker");
    expect(JSON.parse(job(again).result!)).toMatchObject({ ok: true, created: 0, existing: 1200 });
    expect(count("Claim")).toBe(1200);
  });

  it("write nothing when a row is invalid: the job ends with the row's error", async () => {
    const id = queue("claims-csv-import", csvOf(500, (i) => (i === 321 ? ",Nobody,person,paraphrase,,," : `Claim ${i},,,,,,`)));
    await runQueuedJobs("test-worker");
    expect(job(id).status).toBe("succeeded");
    expect(JSON.parse(job(id).result!)).toEqual({ ok: false, errors: [{ row: 323, column: "statement", message: "Statement is required." }] });
    expect(count("Claim") + count("Speaker") + count("AuditEvent")).toBe(0);
  });

  it("write nothing when saving a late row fails: earlier rows, speakers and audits are rolled back and the job fails", async () => {
    database.sqlite.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON "Claim" WHEN NEW.statement LIKE '%poison%' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END;`);
    const id = queue("claims-csv-import", csvOf(1500, (i) => (i === 1400 ? "A poison claim,Late Speaker,person,paraphrase,,," : `Claim ${i},Speaker ${i % 9},person,paraphrase,,,`)));
    vi.spyOn(console, "error").mockImplementation(() => {});
    await runQueuedJobs("test-worker");
    expect(job(id)).toMatchObject({ status: "failed", result: null, error: "The job failed on our side. Nothing was imported; please try again." });
    expect(count("Claim") + count("Speaker") + count("AuditEvent")).toBe(0);
  });

  it("say nothing was imported only for imports: an archive check that fails on our side just failed", () => {
    expect(internalFailureMessage("claim-reviews-import")).toMatch(/Nothing was imported/);
    expect(internalFailureMessage("web-snapshot")).toBe("The job failed on our side; please try again.");
  });

  it("run a job with its creator's current role: a person demoted to viewer imports nothing", async () => {
    const id = queue("claims-csv-import", csvOf(3), "user-viewer");
    await runQueuedJobs("test-worker");
    expect(job(id)).toMatchObject({ status: "failed", error: expect.stringMatching(/role does not allow/) });
    expect(count("Claim")).toBe(0);
  });

  it("preview a file without writing, the preview being the job's result", async () => {
    const id = queue("claims-csv-preview", csvOf(80));
    await runQueuedJobs("test-worker");
    expect(job(id)).toMatchObject({ status: "succeeded", done: 80, total: 80 });
    expect(JSON.parse(job(id).result!)).toMatchObject({ total: 80, newCount: 80, errors: [] });
    expect(JSON.parse(job(id).result!).sample).toHaveLength(50);
    expect(count("Claim")).toBe(0);
  });
});
