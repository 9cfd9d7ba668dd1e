/**
 * Generates a realistic desk for scale tests: N claims, N/8 articles, 2,000 speakers, about one piece of
 * evidence per claim and four to five history entries per claim, in a throwaway database migrated with the
 * real migrations (`prisma migrate deploy`) and seeded with the demo users (so one can sign in).
 * Rows are written with better-sqlite3 prepared statements in one transaction.
 * Usage: npx tsx scripts/generate-desk.ts --claims 100000 --db /tmp/desk.db [--password demo-password]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const claims = Number(arg("claims", "100000"));
const file = path.resolve(arg("db", "/tmp/claimdesk-desk.db"));
const password = arg("password", process.env.DEMO_PASSWORD ?? "scale-demo-password");
const root = path.resolve(import.meta.dirname, "..");

const env = { ...process.env, DATABASE_URL: `file:${file}`, DEMO_PASSWORD: password };
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
for (const [command, args] of [
  [path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"]],
  [path.join(root, "node_modules/.bin/tsx"), ["seed/seed.ts"]],
] as const) {
  const run = spawnSync(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed`);
}

/** A small deterministic random source, so two runs make the same desk. */
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const stored = (date: Date) => date.toISOString().replace("Z", "+00:00");

const FIRST = ["Amina", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kemal", "Lena", "Marco", "Nadia", "Omar", "Priya"];
const LAST = ["Adams", "Baker", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov"];
const TOPICS = ["hospital beds", "trucks", "refugees", "teachers", "homes", "jobs", "schools", "vaccines", "soldiers", "tonnes of grain"];
const OUTLETS = ["Associated Press", "Reuters", "The Daily Ledger", "Evening Post", "Wire Service"];
const STATES = ["unverified", "unverified", "in_review", "verdict_proposed", "published", "published", "published"];
const QUALIFIERS = ["exact", "approximately", "at_least", "more_than", "nearly"];

const db = new Database(file);
db.pragma("journal_mode = WAL");
const users = db.prepare(`SELECT id FROM "User" WHERE role <> 'viewer'`).all() as { id: string }[];
const ratings = db.prepare(`SELECT id FROM "RatingLabel"`).all() as { id: number }[];
const userIds = users.map((u) => u.id);
const start = Date.UTC(2025, 0, 1);
const YEAR_MS = 365 * 24 * 3600 * 1000;

const insertSpeaker = db.prepare(`INSERT INTO "Speaker" (name, normalizedName, kind, description, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`);
const insertArticle = db.prepare(`INSERT INTO "Article" (title, outlet, url, publishedAt, body, createdById, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
const insertClaim = db.prepare(`INSERT INTO "Claim" (articleId, excerpt, start, "end", statement, speakerId, attribution, value, qualifier, unit, status, ratingId, explanation,
  proposedById, proposedAt, publishedAt, publishedById, assigneeId, dueAt, statusChangedAt, statusChangedById, createdById, updatedById, createdAt, updatedAt)
  VALUES (?, ?, ?, ?, ?, ?, 'direct_quote', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const insertEvidence = db.prepare(`INSERT INTO "Evidence" (claimId, kind, url, title, notes, stance, addedById, createdAt) VALUES (?, 'url', ?, ?, ?, ?, ?, ?)`);
const insertAudit = db.prepare(`INSERT INTO "AuditEvent" (actorId, entity, entityId, claimId, action, before, after, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);

const began = performance.now();
db.transaction(() => {
  const speakers = 2000;
  for (let i = 1; i <= speakers; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
    const at = stored(new Date(start + random() * YEAR_MS));
    insertSpeaker.run(name, name.toLowerCase(), i % 5 === 0 ? "organization" : "person", `Spokesperson ${i}`, at, at);
  }
  const articles = Math.max(1, Math.ceil(claims / 8));
  for (let i = 1; i <= articles; i++) {
    const at = new Date(start + (i / articles) * YEAR_MS);
    const body = `Officials said at least ${i} ${pick(TOPICS)} were counted on ${at.toDateString()}. `.repeat(12);
    insertArticle.run(`${pick(OUTLETS)} report ${i}: ${pick(TOPICS)} in region ${i % 97}`, pick(OUTLETS), `https://news.example/${i}`, stored(at), body, pick(userIds), stored(at), stored(at));
  }
  for (let i = 1; i <= claims; i++) {
    const articleId = Math.ceil((i / claims) * articles);
    const created = new Date(start + (i / claims) * YEAR_MS);
    const status = pick(STATES);
    const value = Math.round(random() * 100_000);
    const unit = pick(TOPICS);
    const speakerId = random() < 0.9 ? 1 + Math.floor(random() * speakers) : null;
    const rated = status === "published" || status === "verdict_proposed";
    const changed = new Date(created.getTime() + random() * 10 * 24 * 3600 * 1000);
    const actor = pick(userIds);
    const statement = `${value} ${unit} were reported in region ${i % 97} (claim ${i}).`;
    const claimId = Number(
      insertClaim.run(
        articleId, statement, (i % 8) * 80, (i % 8) * 80 + 60, statement, speakerId, value, pick(QUALIFIERS), unit, status,
        rated ? pick(ratings).id : null, rated ? `Checked against the official record for claim ${i}.` : null,
        rated ? actor : null, rated ? stored(changed) : null,
        status === "published" ? stored(changed) : null, status === "published" ? pick(userIds) : null,
        random() < 0.6 ? pick(userIds) : null, random() < 0.3 ? stored(new Date(changed.getTime() + 7 * 24 * 3600 * 1000)) : null,
        stored(changed), actor, actor, actor, stored(created), stored(changed),
      ).lastInsertRowid,
    );
    if (random() < 0.98) insertEvidence.run(claimId, `https://source.example/${i}`, `Official record ${i}`, `Page ${i % 40}`, pick(["supports", "contradicts", "context"]), actor, stored(changed));
    insertAudit.run(actor, "claim", String(claimId), claimId, "create", null, JSON.stringify({ statement }), stored(created));
    const moves = 1 + Math.floor(random() * 6);
    for (let m = 0; m < moves; m++)
      insertAudit.run(actor, "claim", String(claimId), claimId, m % 2 ? "status" : "update", JSON.stringify({ status: "unverified" }), JSON.stringify({ status }), stored(changed));
  }
})();
db.close();
console.log(`Generated ${claims} claims into ${file} in ${((performance.now() - began) / 1000).toFixed(1)} s (password: ${password}).`);
