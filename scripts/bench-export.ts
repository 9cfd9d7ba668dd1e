/**
 * Benchmark: the verified-claims export of 100,000 published claims, streamed in CSV, JSON and ClaimReview
 * JSON-LD, with the time taken and the process's peak memory. Prints figures; asserts nothing.
 * Usage: npm run bench:export [-- <number of claims>]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const count = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;

function prepareDatabase() {
  const sqlite = new Database(file);
  const migrations = path.join(import.meta.dirname, "..", "prisma", "migrations");
  for (const name of fs.readdirSync(migrations).filter((d) => fs.statSync(path.join(migrations, d)).isDirectory()).sort())
    sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  sqlite.exec(`INSERT INTO "User" (id, name, email, role, updatedAt) VALUES ('bench', 'Bench Admin', 'bench@x.test', 'admin', CURRENT_TIMESTAMP);
    INSERT INTO "Speaker" (id, name, normalizedName, kind, description, updatedAt) VALUES (1, 'Mustafa Bali', 'mustafa bali', 'person', 'spokesman', CURRENT_TIMESTAMP);`);
  const article = sqlite.prepare(`INSERT INTO "Article" (id, title, outlet, url, body, createdById, updatedAt) VALUES (?, ?, 'Wire', ?, 'Body.', 'bench', CURRENT_TIMESTAMP)`);
  const claim = sqlite.prepare(`INSERT INTO "Claim" (articleId, statement, attribution, qualifier, value, low, unit, status, ratingId, explanation, publishedAt, speakerId, createdById, updatedById, updatedAt)
    VALUES (?, ?, 'paraphrase', 'at_least', ?, ?, 'truck', 'published', 1, 'Footage shows the count.', '2026-11-01T00:00:00.000+00:00', 1, 'bench', 'bench', CURRENT_TIMESTAMP)`);
  const evidence = sqlite.prepare(`INSERT INTO "Evidence" (claimId, kind, url, title, stance, addedById) VALUES (?, 'url', 'https://example.org/s', 'Source', 'supports', 'bench')`);
  sqlite.transaction(() => {
    for (let a = 1; a <= Math.ceil(count / 20); a++) article.run(a, `Article ${a}`, `https://example.org/a/${a}`);
    for (let i = 1; i <= count; i++) {
      const id = claim.run(Math.ceil(i / 20), `At least ${i} trucks left the enclave, "=cmd" said the spokesman.`, i, i).lastInsertRowid;
      evidence.run(id);
    }
  })();
  sqlite.close();
}

async function measure(label: string, run: () => Promise<number>) {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const bytes = await run();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${label.padEnd(12)} ${(bytes / 1e6).toFixed(1).padStart(7)} MB out in ${seconds.toFixed(2).padStart(6)} s   peak RSS ${(peak / 1e6).toFixed(0)} MB`);
}

async function drain(stream: ReadableStream<Uint8Array>) {
  let bytes = 0;
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
  return bytes;
}

async function main() {
  const seedStart = performance.now();
  prepareDatabase();
  console.log(`${count.toLocaleString("en-US")} published claims written in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (${file})`);
  const { verifiedClaimBatches } = await import("../lib/data/reports");
  const { streamOf, csvChunks, jsonChunks, claimReviewChunks } = await import("../lib/reports/export-stream");
  const actor = { id: "bench", name: "Bench Admin", email: "bench@x.test", role: "admin" as const };
  const org = { name: "Bench Desk", url: "https://desk.example" };
  console.log(`baseline RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  await measure("csv", () => drain(streamOf(csvChunks(verifiedClaimBatches(actor, {})))));
  await measure("json", () => drain(streamOf(jsonChunks(verifiedClaimBatches(actor, {})))));
  await measure("claimreview", () => drain(streamOf(claimReviewChunks(verifiedClaimBatches(actor, {}), org, "https://desk.example"))));
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
