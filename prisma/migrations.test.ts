import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { legacyStatusToWorkflow } from "../lib/workflow/workflow";

const MIGRATIONS = path.join(import.meta.dirname, "migrations");
const migrationDirs = fs.readdirSync(MIGRATIONS).filter((d) => fs.statSync(path.join(MIGRATIONS, d)).isDirectory()).sort();
const WORKFLOW = "20261125020000_verification_workflow";

function apply(db: Database.Database, dir: string) {
  db.exec(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
}

/** A database as the foundation's schema left it, with one claim per old status. */
function legacyDatabase() {
  const db = new Database(":memory:");
  for (const dir of migrationDirs.filter((d) => d < WORKFLOW)) apply(db, dir);
  db.exec(`
    INSERT INTO "User" (id, name, email, role, updatedAt) VALUES ('u1', 'Eddie Editor', 'e@x.test', 'editor', CURRENT_TIMESTAMP);
    INSERT INTO "Article" (id, title, outlet, body, createdById, updatedAt) VALUES (1, 'A', 'O', 'Body text.', 'u1', CURRENT_TIMESTAMP);
  `);
  const insert = db.prepare(`INSERT INTO "Claim" (id, articleId, statement, status, statusNote, statusChangedAt, statusChangedById, createdById, updatedById, updatedAt, version)
    VALUES (?, 1, ?, ?, ?, '2024-05-01T10:00:00.000+00:00', 'u1', 'u1', 'u1', '2024-05-02T10:00:00.000+00:00', 3)`);
  const statuses = ["unverified", "in_progress", "verified", "false", "misleading", "unverifiable"];
  statuses.forEach((status, i) => insert.run(i + 1, `Claim ${status}`, status, status === "unverified" ? null : `Note for ${status}`));
  db.prepare(`INSERT INTO "Evidence" (claimId, kind, url, title, stance, addedById) VALUES (3, 'url', 'https://example.org', 'Source', 'supports', 'u1')`).run();
  return { db, statuses };
}

describe("the verification-workflow migration", () => {
  it("maps every old status onto a workflow state and a rating, and loses nothing", () => {
    const { db, statuses } = legacyDatabase();
    apply(db, WORKFLOW);
    const rows = db
      .prepare(`SELECT c.id, c.statement, c.status, c.explanation, c.publishedAt, c.publishedById, c.version, r.name AS rating
                FROM "Claim" c LEFT JOIN "RatingLabel" r ON r.id = c.ratingId ORDER BY c.id`)
      .all() as { id: number; statement: string; status: string; explanation: string | null; publishedAt: string | null; publishedById: string | null; version: number; rating: string | null }[];
    expect(rows).toHaveLength(statuses.length);
    rows.forEach((row, i) => {
      const expected = legacyStatusToWorkflow(statuses[i]);
      expect(row.statement).toBe(`Claim ${statuses[i]}`);
      expect(row.status).toBe(expected.state);
      expect(row.rating).toBe(expected.ratingName);
      expect(row.version).toBe(3);
      if (expected.state === "published") {
        expect(row.explanation).toBe(`Note for ${statuses[i]}`);
        expect(row.publishedAt).toBe("2024-05-01T10:00:00.000+00:00");
        expect(row.publishedById).toBe("u1");
      } else {
        expect(row.explanation).toBeNull();
        expect(row.publishedAt).toBeNull();
      }
    });
    // Related rows survive the table rebuild, and foreign keys still hold.
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Evidence" WHERE claimId = 3`).get()).toEqual({ n: 1 });
    expect(db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
  });

  it("installs the default rating scale and turns the two-person rule on", () => {
    const { db } = legacyDatabase();
    apply(db, WORKFLOW);
    const ratings = db.prepare(`SELECT name, reviewValue FROM "RatingLabel" ORDER BY "order"`).all();
    expect(ratings).toEqual([
      { name: "True", reviewValue: 5 },
      { name: "Mostly true", reviewValue: 4 },
      { name: "Misleading", reviewValue: 3 },
      { name: "Mostly false", reviewValue: 2 },
      { name: "False", reviewValue: 1 },
      { name: "Unverifiable", reviewValue: null },
    ]);
    expect(db.prepare(`SELECT value FROM "Setting" WHERE key = 'twoPersonRule'`).get()).toEqual({ value: "true" });
  });

  it("every later migration applies on top", () => {
    const { db } = legacyDatabase();
    for (const dir of migrationDirs.filter((d) => d >= WORKFLOW)) apply(db, dir);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Claim"`).get()).toEqual({ n: 6 });
  });
});
