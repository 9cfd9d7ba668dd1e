/**
 * For each page the scale benchmark times, the SQL that does the same work straight through better-sqlite3:
 * the session lookup every signed-in request makes, then the rows, counts and aggregates the page shows
 * (a page of 50, the capped count, the filter menus as they are read today), without Prisma, React or HTTP.
 * The ratio of the two says how much the app adds on top of the database.
 */
import type Database from "better-sqlite3";

type Work = (db: Database.Database) => unknown;

const CLAIM_ROW = `SELECT c.id, c.statement, c.status, c.qualifier, c.value, c.low, c.high, c.unit, c."updatedAt", c."dueAt",
  s.id AS "speakerId", s.name AS "speakerName", a.id AS "articleId", a.title AS "articleTitle", u.id AS "assigneeId", u.name AS "assigneeName", r.name AS "ratingName", r.colour
  FROM "Claim" c LEFT JOIN "Speaker" s ON s.id = c."speakerId" LEFT JOIN "Article" a ON a.id = c."articleId"
  LEFT JOIN "User" u ON u.id = c."assigneeId" LEFT JOIN "RatingLabel" r ON r.id = c."ratingId"`;
const PAGE = 50;

/** What every signed-in request reads first: the session by its token, with its user. */
const session = (token: string): Work => (db) =>
  db.prepare(`SELECT s.id, s."expiresAt", s."updatedAt", u.id, u.name, u.email, u.role, u.active FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s.token = ?`).get(token);

/** The claim list's menus as the list page reads them: units by a skip-scan, the assignees, the rating scale. */
const claimListMenus: Work = (db) => {
  db.prepare(`WITH RECURSIVE units(unit) AS (SELECT MIN(unit) FROM "Claim" WHERE unit IS NOT NULL
    UNION ALL SELECT (SELECT MIN(c.unit) FROM "Claim" c WHERE c.unit > units.unit) FROM units WHERE units.unit IS NOT NULL)
    SELECT unit FROM units WHERE unit IS NOT NULL LIMIT 500`).all();
  db.prepare(`SELECT id, name FROM "User" WHERE active = 1 AND role IN ('factchecker', 'editor', 'admin') ORDER BY name`).all();
  db.prepare(`SELECT id, name, colour FROM "RatingLabel" ORDER BY "order", name`).all();
};

/** A page of the claim list: the count up to the cap, the page's ids from the index, then its rows. */
const claimPage = (offset: number): Work => (db) => {
  db.prepare(`SELECT COUNT(*) FROM (SELECT 1 FROM "Claim" LIMIT 10001)`).pluck().get();
  return db.prepare(`${CLAIM_ROW} WHERE c.id IN (SELECT id FROM "Claim" ORDER BY "updatedAt" DESC, id DESC LIMIT ? OFFSET ?) ORDER BY c."updatedAt" DESC, c.id DESC`).all(PAGE + 1, offset);
};

const FTS_PAGE = `SELECT rowid AS id, highlight("claim_fts", 0, '<', '>'), snippet("claim_fts", 1, '<', '>', '…', 24), highlight("claim_fts", 3, '<', '>')
  FROM "claim_fts" WHERE "claim_fts" MATCH ? ORDER BY bm25("claim_fts", 4.0, 1.0, 1.0, 2.0), rowid DESC LIMIT ?`;

/** The published claims of the report, with what an export writes of each (evidence and corrections too). */
export const REPORT_ROWS = `SELECT c.id, c.statement, c.excerpt, c.attribution, c.qualifier, c.value, c.low, c.high, c.unit, c."asOf", c.explanation, c."publishedAt",
  r.name AS rating, r."reviewValue", s.name AS speaker, s.kind, s.description, a.id AS "articleId", a.title, a.outlet, a.url, a."publishedAt" AS "articlePublished",
  (SELECT group_concat(e.stance || ': ' || e.title || coalesce(' <' || e.url || '>', ''), ' | ') FROM "Evidence" e WHERE e."claimId" = c.id) AS evidence,
  (SELECT group_concat(k.note, ' | ') FROM "Correction" k WHERE k."claimId" = c.id) AS corrections
  FROM "Claim" c LEFT JOIN "RatingLabel" r ON r.id = c."ratingId" LEFT JOIN "Speaker" s ON s.id = c."speakerId" LEFT JOIN "Article" a ON a.id = c."articleId"
  WHERE c.status = 'published' ORDER BY c."articleId", c.start, c.id`;

export function rawWork(claimId: number, searchWord: string, token: string): Record<string, Work> {
  const searchPage: Work = (db) => {
    db.prepare(`SELECT COUNT(*) FROM "claim_fts" WHERE "claim_fts" MATCH ?`).pluck().get(`"${searchWord}"*`);
    const ids = (db.prepare(FTS_PAGE).all(`"${searchWord}"*`, PAGE + 1) as { id: number }[]).map((r) => r.id);
    return db.prepare(`${CLAIM_ROW} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
  };
  const pages: Record<string, Work> = {
    "/": (db) => {
      db.prepare(`SELECT status, COUNT(*) FROM "Claim" GROUP BY status`).all();
      db.prepare(`${CLAIM_ROW} WHERE c.status = 'in_review' AND c."assigneeId" = (SELECT id FROM "User" WHERE email = 'editor@claimdesk.test') ORDER BY c."dueAt" LIMIT 20`).all();
      db.prepare(`SELECT * FROM "AuditEvent" ORDER BY id DESC LIMIT 10`).all();
    },
    "/claims": (db) => {
      claimPage(0)(db);
      claimListMenus(db);
    },
    "/claims?page=1000": (db) => {
      claimPage(999 * PAGE)(db);
      claimListMenus(db);
    },
    [`/claims/${claimId}`]: (db) => {
      db.prepare(`${CLAIM_ROW} WHERE c.id = ?`).get(claimId);
      db.prepare(`SELECT * FROM "Evidence" WHERE "claimId" = ? ORDER BY "createdAt"`).all(claimId);
      db.prepare(`SELECT * FROM "AuditEvent" WHERE "claimId" = ? ORDER BY id`).all(claimId);
      db.prepare(`SELECT * FROM "Comment" WHERE "claimId" = ?`).all(claimId);
      db.prepare(`SELECT * FROM "Correction" WHERE "claimId" = ?`).all(claimId);
      db.prepare(`SELECT id, name, colour FROM "RatingLabel" WHERE retired = 0 ORDER BY "order", name`).all();
      // "Checked before?": candidates sharing the statement's longest words, claims of its unit near its figure, the latest.
      const claim = db.prepare(`SELECT statement, unit, value FROM "Claim" WHERE id = ?`).get(claimId) as { statement: string; unit: string | null; value: number | null };
      const words = [...new Set(claim.statement.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].sort((a, b) => b.length - a.length).slice(0, 6);
      if (words.length) db.prepare(`SELECT rowid FROM "claim_fts" WHERE "claim_fts" MATCH ? ORDER BY bm25("claim_fts", 4.0, 1.0, 1.0, 2.0) LIMIT 150`).all(words.map((w) => `"${w}"`).join(" OR "));
      if (claim.unit && claim.value != null) db.prepare(`SELECT id, statement, value FROM "Claim" WHERE unit = ? AND value BETWEEN ? AND ? LIMIT 120`).all(claim.unit, claim.value / 2, claim.value * 2);
      db.prepare(`SELECT id, statement, value FROM "Claim" ORDER BY id DESC LIMIT 50`).all();
    },
    "/claims?q=<word>": (db) => {
      searchPage(db);
      claimListMenus(db);
    },
    "/articles": (db) => {
      db.prepare(`SELECT COUNT(*) FROM (SELECT 1 FROM "Article" LIMIT 10001)`).pluck().get();
      const ids = db.prepare(`SELECT id FROM "Article" ORDER BY "createdAt" DESC, id DESC LIMIT ?`).pluck().all(PAGE + 1) as number[];
      db.prepare(`SELECT a.id, a.title, a.outlet, a.url, a."publishedAt", a."createdAt", u.name FROM "Article" a JOIN "User" u ON u.id = a."createdById" WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
      db.prepare(`SELECT "articleId", COUNT(*) FROM "Claim" WHERE "articleId" IN (SELECT value FROM json_each(?)) GROUP BY "articleId"`).all(JSON.stringify(ids));
    },
    "/speakers": (db) => {
      const ids = db.prepare(`SELECT id FROM "Speaker" ORDER BY name COLLATE NOCASE, id LIMIT ?`).pluck().all(PAGE + 1) as number[];
      db.prepare(`SELECT id, name, kind, description FROM "Speaker" WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
      db.prepare(`SELECT "speakerId", status, COUNT(*) FROM "Claim" WHERE "speakerId" IN (SELECT value FROM json_each(?)) GROUP BY "speakerId", status`).all(JSON.stringify(ids));
    },
    "/queue": (db) => {
      // The editor's three sections as the queue reads them: a page of 25 and the capped count of each.
      const me = db.prepare(`SELECT id FROM "User" WHERE email = 'editor@claimdesk.test'`).pluck().get();
      const sections: [string, unknown[], string][] = [
        [`c."assigneeId" = ? AND c.status IN ('unverified', 'in_review') AND c."returnComment" IS NULL`, [me], `c."dueAt" ASC NULLS LAST, c.id ASC`],
        [`c."assigneeId" = ? AND c.status = 'in_review' AND c."returnComment" IS NOT NULL`, [me], `c."dueAt" ASC NULLS LAST, c.id ASC`],
        [`c.status = 'verdict_proposed' AND (c."proposedById" IS NULL OR c."proposedById" <> ?)`, [me], `c."proposedAt" ASC, c.id ASC`],
      ];
      for (const [where, params, order] of sections) {
        db.prepare(`${CLAIM_ROW} WHERE c.id IN (SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY ${order} LIMIT 25) ORDER BY ${order}`).all(...params);
        db.prepare(`SELECT COUNT(*) FROM (SELECT 1 FROM "Claim" c WHERE ${where} LIMIT 10001)`).pluck().get(...params);
      }
    },
    "/activity": (db) => {
      db.prepare(`SELECT COUNT(*) FROM (SELECT 1 FROM "AuditEvent" LIMIT 10001)`).pluck().get();
      db.prepare(`SELECT * FROM "AuditEvent" ORDER BY "createdAt" DESC, id DESC LIMIT ?`).all(PAGE + 1);
      db.prepare(`SELECT id, name FROM "User" u WHERE EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."actorId" = u.id) ORDER BY name`).all();
    },
    "/reports": (db) => {
      db.prepare(`SELECT "ratingId", COUNT(*) FROM "Claim" WHERE status = 'published' GROUP BY "ratingId"`).all();
      db.prepare(`SELECT "speakerId", COUNT(*) n FROM "Claim" WHERE status = 'published' GROUP BY "speakerId" ORDER BY n DESC LIMIT 10`).all();
      db.prepare(`SELECT substr("publishedAt", 1, 10) AS day, COUNT(*) FROM "Claim" WHERE status = 'published' AND "publishedAt" IS NOT NULL GROUP BY day`).all();
      db.prepare(`${REPORT_ROWS} LIMIT ?`).all(PAGE + 1);
      db.prepare(`SELECT * FROM "Correction" ORDER BY id DESC LIMIT ?`).all(PAGE);
    },
    "/api/v1/claims": claimPage(0),
    "/api/v1/claims?q=<word>": searchPage,
    "/api/v1/articles": (db) => {
      const ids = db.prepare(`SELECT id FROM "Article" ORDER BY "createdAt" DESC, id DESC LIMIT ?`).pluck().all(PAGE + 1) as number[];
      db.prepare(`SELECT a.id, a.title, a.outlet, a.url, a."publishedAt" FROM "Article" a WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
      db.prepare(`SELECT "articleId", COUNT(*) FROM "Claim" WHERE "articleId" IN (SELECT value FROM json_each(?)) GROUP BY "articleId"`).all(JSON.stringify(ids));
    },
    "/api/v1/speakers": (db) => pages["/speakers"](db),
  };
  const withSession: Record<string, Work> = {};
  for (const [page, work] of Object.entries(pages))
    withSession[page] = (db) => {
      session(token)(db);
      return work(db);
    };
  return withSession;
}

/** The one-word search alone, as the database does it: the count and the best 50 with their marks. */
export function rawSearch(db: Database.Database, word: string) {
  db.prepare(`SELECT COUNT(*) FROM "claim_fts" WHERE "claim_fts" MATCH ?`).pluck().get(`"${word}"*`);
  return db.prepare(FTS_PAGE).all(`"${word}"*`, PAGE + 1);
}
