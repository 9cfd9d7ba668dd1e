/**
 * Benchmark: finding the matches of one claim ("checked before?") among 100,000 claims, and loading a
 * tracker with 500 reports (its conflicts and estimate). Claims are varied sentences over a few units and
 * many figures, so the pre-filter and the scorer do real work. Prints times; asserts nothing.
 * Usage: npm run bench:figures [-- <number of claims>]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const count = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-figures-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;

const PLACES = ["Baghouz", "Hajin", "Raqqa", "Lusaka", "Port Alder", "Cleveland", "Rheintal", "Zuwara", "Deir ez-Zor", "Mosul"];
const UNITS = [["civilian", "civilians left"], ["truck", "trucks crossed"], ["person", "people were evacuated from"], ["death", "deaths were recorded in"], ["home", "homes were destroyed in"]];
const QUALIFIERS = ["exact", "approximately", "at_least", "more_than", "nearly"];

function prepareDatabase() {
  const sqlite = new Database(file);
  const migrations = path.join(import.meta.dirname, "..", "prisma", "migrations");
  for (const name of fs.readdirSync(migrations).filter((d) => fs.statSync(path.join(migrations, d)).isDirectory()).sort())
    sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  sqlite.exec(`INSERT INTO "User" (id, name, email, role, updatedAt) VALUES ('bench', 'Bench Admin', 'bench@x.test', 'admin', CURRENT_TIMESTAMP);
    INSERT INTO "Tracker" (id, description, unit, kind, createdById, updatedAt) VALUES (1, 'Civilians leaving Baghouz', 'civilian', 'cumulative', 'bench', CURRENT_TIMESTAMP);`);
  const claim = sqlite.prepare(`INSERT INTO "Claim" (statement, qualifier, value, low, high, unit, asOf, createdById, updatedById, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', 'bench', CURRENT_TIMESTAMP)`);
  const track = sqlite.prepare(`INSERT INTO "TrackerClaim" (trackerId, claimId, addedById) VALUES (1, ?, 'bench')`);
  sqlite.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const [unit, verb] = UNITS[i % UNITS.length];
      const qualifier = QUALIFIERS[i % QUALIFIERS.length];
      const value = 100 + ((i * 7919) % 50_000);
      const place = PLACES[i % PLACES.length];
      const low = qualifier === "nearly" ? null : value;
      const high = qualifier === "at_least" || qualifier === "more_than" ? null : value;
      const asOf = new Date(Date.UTC(2019, 0, 1) + (i % 365) * 86_400_000).toISOString().replace("Z", "+00:00");
      const id = claim.run(`Officials said ${value.toLocaleString("en-US")} ${verb} ${place} on day ${i % 31}, report ${i}.`, qualifier, value, low, high, unit, asOf).lastInsertRowid;
      if (unit === "civilian" && i % 200 === 0) track.run(id); // 500 reports at 100,000 claims
    }
  })();
  sqlite.close();
}

async function time<T>(run: () => Promise<T>, repeats = 20): Promise<{ median: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], result };
}

async function main() {
  const started = performance.now();
  prepareDatabase();
  console.log(`${count.toLocaleString("en-US")} claims written in ${((performance.now() - started) / 1000).toFixed(1)} s (${file})`);
  const { findClaimMatches } = await import("../lib/data/claim-matches");
  const { getTrackerById } = await import("../lib/data/tracker-reports");
  const { db } = await import("../lib/platform/db");
  const actor = { id: "bench", name: "Bench Admin", email: "bench@x.test", role: "admin" as const };
  // The probe repeats an existing claim in other words, so the run finds a "same claim" match.
  const original = await db.claim.findFirstOrThrow({ where: { unit: "civilian", qualifier: "exact", value: { gte: 15_000, lte: 25_000 } }, orderBy: { id: "desc" } });
  const probe = await db.claim.create({
    data: { statement: `${original.statement.replace("Officials said", "According to officials,").replace(/\.$/, "")}, the council confirmed.`, qualifier: "approximately", value: original.value, low: original.value, high: original.value, unit: "civilian", createdById: "bench", updatedById: "bench" },
  });
  await findClaimMatches(actor, probe.id); // warm up the connection and the statements
  const matches = await time(() => findClaimMatches(actor, probe.id));
  const tiers = matches.result.map((m) => m.tier);
  console.log(
    `matches of one claim among ${count.toLocaleString("en-US")}: median ${matches.median.toFixed(1)} ms over 20 runs ` +
      `(${tiers.filter((t) => t === "same_claim").length} same claim, ${tiers.filter((t) => t === "related").length} related; target < 50 ms)`,
  );
  const reports = await db.trackerClaim.count({ where: { trackerId: 1 } });
  const tracker = await time(() => getTrackerById(actor, 1), 5);
  console.log(`tracker with ${reports} reports (conflicts and estimate): median ${tracker.median.toFixed(1)} ms over 5 runs (${tracker.result!.conflicts.length} conflicts)`);
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
