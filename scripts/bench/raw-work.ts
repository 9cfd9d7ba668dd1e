/**
 * For each page the scale benchmark times, the SQL that does the same work straight through better-sqlite3:
 * the rows the page shows (and the counts and menus it reads), without Prisma, React or HTTP. The ratio of
 * the two says how much the app adds on top of the database.
 */
import type Database from "better-sqlite3";

type Work = (db: Database.Database) => unknown;

const CLAIM_ROW = `SELECT c.id, c.statement, c.status, c.qualifier, c.value, c.low, c.high, c.unit, c."updatedAt", c."dueAt",
  s.id AS "speakerId", s.name AS "speakerName", a.id AS "articleId", a.title AS "articleTitle", u.id AS "assigneeId", u.name AS "assigneeName", r.name AS "ratingName", r.colour
  FROM "Claim" c LEFT JOIN "Speaker" s ON s.id = c."speakerId" LEFT JOIN "Article" a ON a.id = c."articleId"
  LEFT JOIN "User" u ON u.id = c."assigneeId" LEFT JOIN "RatingLabel" r ON r.id = c."ratingId"`;

/** The claim list's menus as the list page reads them today (every speaker, article, unit). */
const claimListMenus: Work = (db) => {
  db.prepare(`SELECT id, name, kind FROM "Speaker" ORDER BY name`).all();
  db.prepare(`SELECT id, title FROM "Article" ORDER BY title`).all();
  db.prepare(`SELECT DISTINCT unit FROM "Claim" WHERE unit IS NOT NULL ORDER BY unit`).all();
  db.prepare(`SELECT id, name FROM "User" WHERE active = 1 ORDER BY name`).all();
};

const claimPage = (offset: number): Work => (db) => {
  db.prepare(`SELECT COUNT(*) FROM "Claim"`).pluck().get();
  return db.prepare(`${CLAIM_ROW} ORDER BY c."updatedAt" DESC, c.id DESC LIMIT 51 OFFSET ?`).all(offset);
};

const FTS_PAGE = `SELECT rowid AS id FROM "claim_fts" WHERE "claim_fts" MATCH ? ORDER BY bm25("claim_fts", 4.0, 1.0, 1.0, 2.0) LIMIT 51`;

export function rawWork(claimId: number, searchWord: string): Record<string, Work> {
  const searchPage: Work = (db) => {
    db.prepare(`SELECT COUNT(*) FROM "claim_fts" WHERE "claim_fts" MATCH ?`).pluck().get(`"${searchWord}"`);
    const ids = db.prepare(FTS_PAGE).pluck().all(`"${searchWord}"`) as number[];
    return db.prepare(`${CLAIM_ROW} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
  };
  return {
    "/": (db) => {
      db.prepare(`SELECT status, COUNT(*) FROM "Claim" GROUP BY status`).all();
      db.prepare(`${CLAIM_ROW} WHERE c.status = 'in_review' ORDER BY c."dueAt" LIMIT 20`).all();
    },
    "/claims": (db) => {
      claimPage(0)(db);
      claimListMenus(db);
    },
    "/claims?page=1000": (db) => {
      claimPage(49_950)(db);
      claimListMenus(db);
    },
    [`/claims/${claimId}`]: (db) => {
      db.prepare(`${CLAIM_ROW} WHERE c.id = ?`).get(claimId);
      db.prepare(`SELECT * FROM "Evidence" WHERE "claimId" = ? ORDER BY "createdAt"`).all(claimId);
      db.prepare(`SELECT * FROM "AuditEvent" WHERE "claimId" = ? ORDER BY "createdAt"`).all(claimId);
      db.prepare(`SELECT * FROM "Comment" WHERE "claimId" = ?`).all(claimId);
      db.prepare(`SELECT * FROM "Correction" WHERE "claimId" = ?`).all(claimId);
    },
    "/claims?q=<word>": (db) => {
      searchPage(db);
      claimListMenus(db);
    },
    "/articles": (db) =>
      db.prepare(`SELECT a.id, a.title, a.outlet, a.url, a."publishedAt", a."createdAt", u.name, (SELECT COUNT(*) FROM "Claim" c WHERE c."articleId" = a.id) AS claims
        FROM "Article" a JOIN "User" u ON u.id = a."createdById" ORDER BY a."createdAt" DESC, a.id DESC`).all(),
    "/speakers": (db) =>
      db.prepare(`SELECT s.id, s.name, s.kind, s.description, c.status, COUNT(c.id) FROM "Speaker" s LEFT JOIN "Claim" c ON c."speakerId" = s.id GROUP BY s.id, c.status ORDER BY s.name`).all(),
    "/queue": (db) => {
      db.prepare(`${CLAIM_ROW} WHERE c.status = 'verdict_proposed' ORDER BY c."statusChangedAt"`).all();
      db.prepare(`${CLAIM_ROW} WHERE c.status = 'in_review' AND c."assigneeId" IS NOT NULL ORDER BY c."dueAt"`).all();
    },
    "/activity": (db) => db.prepare(`SELECT * FROM "AuditEvent" ORDER BY "createdAt" DESC, id DESC LIMIT 51`).all(),
    "/reports": (db) => db.prepare(`${CLAIM_ROW} WHERE c.status = 'published' ORDER BY c."publishedAt" DESC`).all(),
    "/api/v1/claims": claimPage(0),
    "/api/v1/claims?q=<word>": searchPage,
    "/api/v1/articles": (db) => db.prepare(`SELECT a.id, a.title, a.outlet, (SELECT COUNT(*) FROM "Claim" c WHERE c."articleId" = a.id) FROM "Article" a ORDER BY a."createdAt" DESC`).all(),
    "/api/v1/speakers": (db) =>
      db.prepare(`SELECT s.id, s.name, c.status, COUNT(c.id) FROM "Speaker" s LEFT JOIN "Claim" c ON c."speakerId" = s.id GROUP BY s.id, c.status ORDER BY s.name`).all(),
    "/api/v1/reports/verified?format=claimreview": (db) => {
      const rows = db.prepare(`${CLAIM_ROW} WHERE c.status = 'published' ORDER BY c."publishedAt" DESC`).all();
      return JSON.stringify(rows).length;
    },
    "/api/v1/reports/pdf": (db) => db.prepare(`${CLAIM_ROW} WHERE c.status = 'published' ORDER BY c."publishedAt" DESC`).all(),
  };
}

/** The one-word search alone, as the database does it: the count and the best 50 by BM25. */
export function rawSearch(db: Database.Database, word: string) {
  db.prepare(`SELECT COUNT(*) FROM "claim_fts" WHERE "claim_fts" MATCH ?`).pluck().get(`"${word}"`);
  return db.prepare(FTS_PAGE).pluck().all(`"${word}"`);
}
