/**
 * The export race is fair only if both sides write the same file: the raw driver's export of a generated desk
 * (with the demo desk's corrections, archive checks and linked claims) must be the app's export byte for byte,
 * in every format, on SQLite and, when TEST_POSTGRES_URL names a server, on the same desk copied into PostgreSQL.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresAvailable, seededSqliteDesk } from "../../lib/platform/test-desks";
import { generateDesk } from "./generate-desk";
import { rawPostgresCopyOf } from "./postgres-copy";
import { openRawDb, type RawDb } from "./raw-db";
import { writeRawExport, type ExportFormat } from "./raw-export";

const BASE_URL = "https://desk.example";
const desk = seededSqliteDesk("claimdesk-raw-export-");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-raw-export-files-"));
const cleanups: (() => Promise<void> | void)[] = [() => desk.remove(), () => fs.rmSync(dir, { recursive: true, force: true })];
const actor = { id: "bench", name: "Bench", email: "bench@x.test", role: "viewer" as const };
/** The JSON export starts with the moment it was made; the rest must match. */
const sameMoment = (text: string) => text.replace(/^\{"generatedAt":"[^"]*"/, `{"generatedAt":"…"`);

let appExport: (format: ExportFormat) => Promise<string>;
let sqlite: RawDb;

async function rawText(db: RawDb, format: ExportFormat, size = 500) {
  const file = path.join(dir, `${db.engine}-${format}-${size}`);
  await writeRawExport(db, format, file, { baseUrl: BASE_URL, size });
  return sameMoment(fs.readFileSync(file, "utf8"));
}

beforeAll(async () => {
  generateDesk(desk.file, 2400);
  desk.sqlite.exec(`
    INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('organizationName', '"Bench Desk"', CURRENT_TIMESTAMP);
    -- Two checks of a published claim's web source (the second found the same text), and a claim linked to another as the same claim.
    INSERT INTO "WebSnapshot" ("evidenceId", url, "finalUrl", outcome, "httpStatus", "contentHash", text, "fetchedAt")
      SELECT e.id, e.url, e.url || '?final', 'archived', 200, 'abc', 'The page said "17 trucks".' || char(10) || 'Ünïcode.', '2026-05-01T10:00:00.000+00:00'
      FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" WHERE c.status = 'published' AND e.url IS NOT NULL ORDER BY e.id LIMIT 3;
    INSERT INTO "WebSnapshot" ("evidenceId", url, outcome, "httpStatus", error, "fetchedAt")
      SELECT "evidenceId", url, 'gone', 404, 'Not found', '2026-06-01T10:00:00.000+00:00' FROM "WebSnapshot" ORDER BY id LIMIT 1;
    UPDATE "Claim" SET "sameAsId" = (SELECT id FROM "Claim" WHERE status = 'published' ORDER BY id DESC LIMIT 1)
      WHERE id IN (SELECT id FROM "Claim" WHERE "sameAsId" IS NULL ORDER BY id LIMIT 2);`);
  process.env.DATABASE_URL = desk.url;
  const [{ verifiedClaimBatches }, { streamOf, csvChunks, jsonChunks, claimReviewChunks }] = await Promise.all([
    import("@/lib/data/reports"),
    import("@/lib/reports/export-stream"),
  ]);
  appExport = async (format) => {
    const batches = verifiedClaimBatches(actor, {});
    const org = { name: "Bench Desk", url: "" };
    const chunks = format === "csv" ? csvChunks(batches) : format === "json" ? jsonChunks(batches) : claimReviewChunks(batches, org, BASE_URL);
    return sameMoment(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(streamOf(chunks)).arrayBuffer()));
  };
  sqlite = await openRawDb(desk.url);
  cleanups.push(() => sqlite.close());
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("the raw driver's export on SQLite", () => {
  it("has claims with evidence, archive checks, corrections and other appearances to write", () => {
    const count = (sql: string) => Number(desk.sqlite.prepare(sql).pluck().get());
    expect(count(`SELECT COUNT(*) FROM "Claim" WHERE status = 'published'`)).toBeGreaterThan(500); // more than one batch
    expect(count(`SELECT COUNT(*) FROM "Correction"`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) FROM "WebSnapshot"`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) FROM "Claim" WHERE "sameAsId" IS NOT NULL`)).toBeGreaterThan(0);
  });

  it.each(["csv", "json", "claimreview"] as const)("writes the app's %s export byte for byte", async (format) => {
    const [app, raw] = [await appExport(format), await rawText(sqlite, format)];
    expect(raw.length).toBeGreaterThan(100_000);
    if (format === "json") expect(raw).toContain(String.raw`"text":"The page said \"17 trucks\".\nÜnïcode."`);
    expect(raw).toBe(app);
  });

  it("writes the same file whatever its batch size", async () => {
    expect(await rawText(sqlite, "json", 7)).toBe(await rawText(sqlite, "json", 500));
  });
});

describe.skipIf(!postgresAvailable)("the raw driver's export on PostgreSQL", () => {
  let postgres: RawDb;

  beforeAll(async () => {
    postgres = await rawPostgresCopyOf(desk.url, cleanups);
  }, 120_000);

  it.each(["csv", "json", "claimreview"] as const)("writes the %s file SQLite's raw export writes", async (format) => {
    expect(await rawText(postgres, format)).toBe(await rawText(sqlite, format));
  });
});
