/**
 * For each page the scale benchmark times, the SQL that does the same work straight through the raw driver
 * (better-sqlite3, or pg on PostgreSQL): the session lookup every signed-in request makes, then the rows,
 * counts and aggregates the page shows (a page of 50, the capped count, the filter menus as they are read
 * today), without Prisma, React or HTTP. The ratio of the two says how much the app adds on top of the database.
 * Each statement is one named query with its SQLite and PostgreSQL forms side by side (scripts/bench/raw-db.ts).
 */
import { query, type RawDb } from "./raw-db";
import { rawClaimPage } from "./raw-claim-page";

type Work = (db: RawDb) => Promise<unknown>;

const CLAIM_ROW = `SELECT c.id, c.statement, c.status, c.qualifier, c.value, c.low, c.high, c.unit, c."updatedAt", c."dueAt",
  s.id AS "speakerId", s.name AS "speakerName", a.id AS "articleId", a.title AS "articleTitle", u.id AS "assigneeId", u.name AS "assigneeName", r.name AS "ratingName", r.colour
  FROM "Claim" c LEFT JOIN "Speaker" s ON s.id = c."speakerId" LEFT JOIN "Article" a ON a.id = c."articleId"
  LEFT JOIN "User" u ON u.id = c."assigneeId" LEFT JOIN "RatingLabel" r ON r.id = c."ratingId"`;
const PAGE = 50;
const ids = (rows: Record<string, unknown>[]) => rows.map((r) => Number(r.id));

// PostgreSQL's stored full-text documents (claim text and speaker name) and query, as lib/data/search-postgres.ts reads them.
/** The word `$1` as a prefix query: FTS5's `"word"*`, tsquery's `'word':*`. */
const PREFIX_TSQUERY = `to_tsquery('claimdesk_search', quote_literal($1) || ':*')`;
const HEADLINE_ALL = `'StartSel=<, StopSel=>, HighlightAll=true'`;
const HEADLINE_SNIPPET = `'StartSel=<, StopSel=>, MaxWords=24, MinWords=12, ShortWord=0'`;

/** What every signed-in request reads first: the session by its token, with its user. */
const sessionByToken = query(`SELECT s.id, s."expiresAt", s."updatedAt", u.id, u.name, u.email, u.role, u.active FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s.token = ?`);

/** The header's count of the person's unread notifications, up to its cap (lib/data/notifications.ts). */
const unreadCount = query(
  `SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Notification" WHERE "recipientId" = (SELECT "userId" FROM "Session" WHERE token = ?) AND "readAt" IS NULL LIMIT 100) unread`,
);

/** The units menu by a skip-scan of the unit index (lib/data/claim-list.ts). */
const claimUnits = query(`WITH RECURSIVE units(unit) AS (SELECT MIN(unit) FROM "Claim" WHERE unit IS NOT NULL
    UNION ALL SELECT (SELECT MIN(c.unit) FROM "Claim" c WHERE c.unit > units.unit) FROM units WHERE units.unit IS NOT NULL)
    SELECT unit FROM units WHERE unit IS NOT NULL LIMIT 500`);
const activeAssignees = query(
  `SELECT id, name FROM "User" WHERE active = 1 AND role IN ('factchecker', 'editor', 'admin') ORDER BY name`,
  `SELECT id, name FROM "User" WHERE active AND role IN ('factchecker', 'editor', 'admin') ORDER BY name`,
);
const ratingScale = query(`SELECT id, name, colour FROM "RatingLabel" ORDER BY "order", name`);

const cappedClaimCount = query(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Claim" LIMIT 10001) capped`);
const claimListRows = query(`${CLAIM_ROW} WHERE c.id IN (SELECT id FROM "Claim" ORDER BY "updatedAt" DESC, id DESC LIMIT ? OFFSET ?) ORDER BY c."updatedAt" DESC, c.id DESC`);
const claimRowsByIds = query(`${CLAIM_ROW} WHERE c.id IN (SELECT value FROM json_each(?))`, `${CLAIM_ROW} WHERE c.id = ANY($1::int[])`);
const claimCountsByStatus = query(`SELECT status, COUNT(*) AS n FROM "Claim" GROUP BY status`);
const myClaimsInReview = query(`${CLAIM_ROW} WHERE c.status = 'in_review' AND c."assigneeId" = (SELECT id FROM "User" WHERE email = 'editor@claimdesk.test') ORDER BY c."dueAt" LIMIT 20`);
/** The dashboard's recent activity (15 entries, with who did each) and the trackers whose conflicts it lists. */
const latestHistory = query(`SELECT e.*, u.name FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId" ORDER BY e.id DESC LIMIT 15`);
const latestTrackers = query(`SELECT id, description, kind FROM "Tracker" ORDER BY "updatedAt" DESC, id DESC LIMIT 50`);
/** The published claim at `offset` in id order: the claim page the benchmark opens. */
export const publishedClaimAt = query(`SELECT id FROM "Claim" WHERE status = 'published' ORDER BY id LIMIT 1 OFFSET ?`);

/** Claims matching the word `?` as a prefix, in the statement, excerpt, unit or speaker's name. */
export const searchCount = query(
  `SELECT COUNT(*) AS n FROM "claim_fts" WHERE "claim_fts" MATCH '"' || ? || '"*'`,
  `SELECT COUNT(*) AS n FROM fulltext.claim_document d WHERE d.document @@ ${PREFIX_TSQUERY}`,
);
/** The 10,000th newest match and the next, when there are that many (lib/data/search.ts relevanceWindow). */
const searchWindow = query(
  `SELECT rowid AS id FROM "claim_fts" WHERE "claim_fts" MATCH '"' || ? || '"*' ORDER BY rowid DESC LIMIT 2 OFFSET 9999`,
  `SELECT d.claim_id AS id FROM fulltext.claim_document d WHERE d.document @@ ${PREFIX_TSQUERY} ORDER BY d.claim_id DESC OFFSET 9999 LIMIT 2`,
);
/** The best `limit` matches of the word from the claim `?` on, with their marked statement, excerpt snippet and speaker. */
const searchBest = query(
  `SELECT rowid AS id, highlight("claim_fts", 0, '<', '>'), snippet("claim_fts", 1, '<', '>', '…', 24), highlight("claim_fts", 3, '<', '>')
    FROM "claim_fts" WHERE "claim_fts" MATCH '"' || ? || '"*' AND rowid >= ? ORDER BY bm25("claim_fts", 4.0, 1.0, 1.0, 2.0), rowid DESC LIMIT ?`,
  `SELECT p.id, ts_headline('claimdesk_search', c.statement, ${PREFIX_TSQUERY}, ${HEADLINE_ALL}),
      ts_headline('claimdesk_search', c.excerpt, ${PREFIX_TSQUERY}, ${HEADLINE_SNIPPET}), ts_headline('claimdesk_search', s.name, ${PREFIX_TSQUERY}, ${HEADLINE_ALL})
    FROM (SELECT d.claim_id AS id, ts_rank(d.document, ${PREFIX_TSQUERY}) AS rank FROM fulltext.claim_document d
          WHERE d.document @@ ${PREFIX_TSQUERY} AND d.claim_id >= $2 ORDER BY rank DESC, d.claim_id DESC LIMIT $3) p
    JOIN "Claim" c ON c.id = p.id LEFT JOIN "Speaker" s ON s.id = c."speakerId" ORDER BY p.rank DESC, p.id DESC`,
);

/**
 * The one-word search as the app does it: the window (the 10,000th newest match), then the best 50 from there on
 * with their marks; with fewer matches, the exact count and the best 50 of all.
 */
async function searchWork(db: RawDb, word: string) {
  const window = await searchWindow(db, word);
  if (window.length < 2) await searchCount(db, word);
  return searchBest(db, word, window.length === 2 ? Number(window[0].id) : 0, PAGE + 1);
}

const cappedArticleCount = query(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Article" LIMIT 10001) capped`);
const latestArticleIds = query(`SELECT id FROM "Article" ORDER BY "createdAt" DESC, id DESC LIMIT ?`);
const articleRowsByIds = query(
  `SELECT a.id, a.title, a.outlet, a.url, a."publishedAt", a."createdAt", u.name FROM "Article" a JOIN "User" u ON u.id = a."createdById" WHERE a.id IN (SELECT value FROM json_each(?))`,
  `SELECT a.id, a.title, a.outlet, a.url, a."publishedAt", a."createdAt", u.name FROM "Article" a JOIN "User" u ON u.id = a."createdById" WHERE a.id = ANY($1::int[])`,
);
const articleApiRowsByIds = query(
  `SELECT a.id, a.title, a.outlet, a.url, a."publishedAt" FROM "Article" a WHERE a.id IN (SELECT value FROM json_each(?))`,
  `SELECT a.id, a.title, a.outlet, a.url, a."publishedAt" FROM "Article" a WHERE a.id = ANY($1::int[])`,
);
const claimCountsByArticle = query(
  `SELECT "articleId", COUNT(*) AS n FROM "Claim" WHERE "articleId" IN (SELECT value FROM json_each(?)) GROUP BY "articleId"`,
  `SELECT "articleId", COUNT(*) AS n FROM "Claim" WHERE "articleId" = ANY($1::int[]) GROUP BY "articleId"`,
);

/** Speakers by name ignoring case, as each engine's index has it (NOCASE; lower()). */
const speakerIdsByName = query(`SELECT id FROM "Speaker" ORDER BY name COLLATE NOCASE, id LIMIT ?`, `SELECT id FROM "Speaker" ORDER BY lower(name), id LIMIT $1`);
const speakerRowsByIds = query(
  `SELECT id, name, kind, description FROM "Speaker" WHERE id IN (SELECT value FROM json_each(?))`,
  `SELECT id, name, kind, description FROM "Speaker" WHERE id = ANY($1::int[])`,
);
const claimCountsBySpeaker = query(
  `SELECT "speakerId", status, COUNT(*) AS n FROM "Claim" WHERE "speakerId" IN (SELECT value FROM json_each(?)) GROUP BY "speakerId", status`,
  `SELECT "speakerId", status, COUNT(*) AS n FROM "Claim" WHERE "speakerId" = ANY($1::int[]) GROUP BY "speakerId", status`,
);

const editorId = query(`SELECT id FROM "User" WHERE email = 'editor@claimdesk.test'`);
/** The queue's sections (the editor's): a page of 25 and the capped count of each; the same SQL on both engines. */
const QUEUE_SECTIONS = [
  [`c."assigneeId" = ? AND c.status IN ('unverified', 'in_review') AND c."returnComment" IS NULL`, `c."dueAt" ASC NULLS LAST, c.id ASC`],
  [`c."assigneeId" = ? AND c.status = 'in_review' AND c."returnComment" IS NOT NULL`, `c."dueAt" ASC NULLS LAST, c.id ASC`],
  [`c.status = 'verdict_proposed' AND (c."proposedById" IS NULL OR c."proposedById" <> ?)`, `c."proposedAt" ASC, c.id ASC`],
].map(([where, order]) => ({
  rows: query(`${CLAIM_ROW} WHERE c.id IN (SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY ${order} LIMIT 25) ORDER BY ${order}`),
  count: query(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Claim" c WHERE ${where} LIMIT 10001) capped`),
}));

const cappedHistoryCount = query(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM "AuditEvent" LIMIT 10001) capped`);
const historyPage = query(`SELECT * FROM "AuditEvent" ORDER BY "createdAt" DESC, id DESC LIMIT ?`);
const historyActors = query(`SELECT id, name FROM "User" u WHERE EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."actorId" = u.id) ORDER BY name`);

const publishedByRating = query(`SELECT "ratingId", COUNT(*) AS n FROM "Claim" WHERE status = 'published' GROUP BY "ratingId"`);
/** The report's summary cards: verdicts, articles, speakers, unattributed, with a figure, and corrections (lib/data/report-figures.ts). */
const publishedTotals = query(`SELECT COUNT(*) AS verdicts, COUNT(DISTINCT "articleId") AS articles, COUNT(DISTINCT "speakerId") AS speakers,
  COUNT(*) FILTER (WHERE "speakerId" IS NULL) AS unattributed, COUNT(*) FILTER (WHERE value IS NOT NULL OR low IS NOT NULL OR high IS NOT NULL) AS "withFigure"
  FROM "Claim" WHERE status = 'published'`);
const publishedCorrections = query(`SELECT COUNT(*) AS n FROM "Correction" k JOIN "Claim" c ON c.id = k."claimId" WHERE c.status = 'published'`);
/** The chart's top speakers by name, with a few more than shown so ties at the edge break by name. */
const publishedBySpeaker = query(`SELECT s.name, t.n FROM (SELECT "speakerId", COUNT(*) AS n FROM "Claim" WHERE status = 'published' AND "speakerId" IS NOT NULL
  GROUP BY "speakerId" ORDER BY n DESC LIMIT 20) t JOIN "Speaker" s ON s.id = t."speakerId"`);
const publishedByDay = query(
  `SELECT substr("publishedAt", 1, 10) AS day, COUNT(*) AS n FROM "Claim" WHERE status = 'published' AND "publishedAt" IS NOT NULL GROUP BY day`,
  `SELECT to_char("publishedAt", 'YYYY-MM-DD') AS day, COUNT(*) AS n FROM "Claim" WHERE status = 'published' AND "publishedAt" IS NOT NULL GROUP BY day`,
);
const latestCorrections = query(`SELECT * FROM "Correction" ORDER BY id DESC LIMIT ?`);

const REPORT_COLUMNS = `c.id, c.statement, c.excerpt, c.attribution, c.qualifier, c.value, c.low, c.high, c.unit, c."asOf", c.explanation, c."publishedAt",
  r.name AS rating, r."reviewValue", s.name AS speaker, s.kind, s.description, a.id AS "articleId", a.title, a.outlet, a.url, a."publishedAt" AS "articlePublished"`;
const REPORT_FROM = `FROM "Claim" c LEFT JOIN "RatingLabel" r ON r.id = c."ratingId" LEFT JOIN "Speaker" s ON s.id = c."speakerId" LEFT JOIN "Article" a ON a.id = c."articleId"
  WHERE c.status = 'published' ORDER BY c."articleId", c.start, c.id`;
/** The published claims of the report, with what an export writes of each (evidence and corrections too). */
export const reportRows = query(
  `SELECT ${REPORT_COLUMNS},
  (SELECT group_concat(e.stance || ': ' || e.title || coalesce(' <' || e.url || '>', ''), ' | ') FROM "Evidence" e WHERE e."claimId" = c.id) AS evidence,
  (SELECT group_concat(k.note, ' | ') FROM "Correction" k WHERE k."claimId" = c.id) AS corrections
  ${REPORT_FROM}`,
  `SELECT ${REPORT_COLUMNS},
  (SELECT string_agg(e.stance || ': ' || e.title || coalesce(' <' || e.url || '>', ''), ' | ') FROM "Evidence" e WHERE e."claimId" = c.id) AS evidence,
  (SELECT string_agg(k.note, ' | ') FROM "Correction" k WHERE k."claimId" = c.id) AS corrections
  ${REPORT_FROM}`,
);
const reportPage = query(`${reportRows.forms.sqlite} LIMIT ?`, `${reportRows.forms.postgres} LIMIT $1`);

/** The claim list's menus as the list page reads them: units by a skip-scan, the assignees, the rating scale. */
const claimListMenus: Work = async (db) => {
  await claimUnits(db);
  await activeAssignees(db);
  await ratingScale(db);
};

/** A page of the claim list: the count up to the cap, the page's ids from the index, then its rows. */
const claimPage = (offset: number): Work => async (db) => {
  await cappedClaimCount(db);
  return claimListRows(db, PAGE + 1, offset);
};

export function rawWork(claimId: number, searchWord: string, token: string): Record<string, Work> {
  const searchPage: Work = async (db) => {
    return claimRowsByIds(db, ids(await searchWork(db, searchWord)));
  };
  const speakersPage: Work = async (db) => {
    const page = ids(await speakerIdsByName(db, PAGE + 1));
    await speakerRowsByIds(db, page);
    await claimCountsBySpeaker(db, page);
  };
  const pages: Record<string, Work> = {
    "/": async (db) => {
      await claimCountsByStatus(db);
      await myClaimsInReview(db);
      await latestHistory(db);
      await latestTrackers(db);
    },
    "/claims": async (db) => {
      await claimPage(0)(db);
      await claimListMenus(db);
    },
    "/claims?page=1000": async (db) => {
      await claimPage(999 * PAGE)(db);
      await claimListMenus(db);
    },
    [`/claims/${claimId}`]: (db) => rawClaimPage(db, claimId, token),
    "/claims?q=<word>": async (db) => {
      await searchPage(db);
      await claimListMenus(db);
    },
    "/articles": async (db) => {
      await cappedArticleCount(db);
      const page = ids(await latestArticleIds(db, PAGE + 1));
      await articleRowsByIds(db, page);
      await claimCountsByArticle(db, page);
    },
    "/speakers": speakersPage,
    "/queue": async (db) => {
      const [me] = await editorId(db);
      for (const section of QUEUE_SECTIONS) {
        await section.rows(db, me.id);
        await section.count(db, me.id);
      }
    },
    "/activity": async (db) => {
      await cappedHistoryCount(db);
      await historyPage(db, PAGE + 1);
      await historyActors(db);
    },
    "/reports": async (db) => {
      await ratingScale(db);
      await activeAssignees(db);
      await publishedTotals(db);
      await publishedCorrections(db);
      await publishedByRating(db);
      await publishedBySpeaker(db);
      await publishedByDay(db);
      await reportPage(db, PAGE + 1);
      await latestCorrections(db, PAGE);
    },
    "/api/v1/claims": claimPage(0),
    "/api/v1/claims?q=<word>": searchPage,
    "/api/v1/articles": async (db) => {
      const page = ids(await latestArticleIds(db, PAGE + 1));
      await articleApiRowsByIds(db, page);
      await claimCountsByArticle(db, page);
    },
    "/api/v1/speakers": speakersPage,
  };
  const withSession: Record<string, Work> = {};
  for (const [page, work] of Object.entries(pages))
    withSession[page] = async (db) => {
      await sessionByToken(db, token);
      // Every page (not the API) has the desk's header, which counts the person's unread notifications.
      if (!page.startsWith("/api/")) await unreadCount(db, token);
      return work(db);
    };
  return withSession;
}

/** The one-word search alone, as the database does it: the window or the count, and the best 50 with their marks. */
export async function rawSearch(db: RawDb, word: string) {
  return searchWork(db, word);
}
