import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import type { TClaimListQuery } from "@/lib/validation/filters";
import { anyOf, claimMatch, MARK_CLOSE, MARK_OPEN, markedPieces, hasMark, toFtsQuery, type ClaimMatch, type MarkedPiece } from "./search-query";
import { databaseEngine } from "@/lib/platform/database-engine";
import * as postgres from "./search-postgres";

/*
 * Full-text search, SQLite edition: the FTS5 tables `claim_fts` and `article_fts` (kept in step by the
 * triggers of prisma/migrations/*_full_text_search), ranked by BM25. Every statement that names them is
 * in this file; on PostgreSQL each exported search hands over to search-postgres.ts (tsvector indexes).
 */
const onPostgres = () => databaseEngine() === "postgres";

/** Weights of the claim index's columns in the BM25 rank: statement, excerpt, unit, speaker. */
const CLAIM_RANK = `bm25("claim_fts", 4.0, 1.0, 1.0, 2.0)`;
/** Weights of the article index's columns: title, outlet, body. */
const ARTICLE_RANK = `bm25("article_fts", 5.0, 2.0, 1.0)`;
/** A claim whose recorded figure is the number searched for comes before those that only mention it. */
const FIGURE_SCORE = -1e9;
const MARKS = `'${MARK_OPEN}', '${MARK_CLOSE}'`;
/** Words of an excerpt or a body shown around its matches. */
const SNIPPET_WORDS = 24;

export interface ClaimHighlight {
  statement: MarkedPiece[] | null;
  excerpt: MarkedPiece[] | null;
  speaker: MarkedPiece[] | null;
}

type Param = string | number | null;

/**
 * The claims the search matches, with a score (lower is better), as SQL and its parameters. `fromId` keeps the
 * text matches to claims from that id on (the relevance window, see RANKED_MATCHES).
 */
function hitsSql(match: ClaimMatch, scored = true, fromId: number | null = null): { sql: string; params: Param[] } {
  const parts: string[] = [];
  const params: Param[] = [];
  if (match.text !== null) {
    // Counting needs no rank: BM25 is computed for every match, the costliest part of a search.
    const window = fromId === null ? "" : ` AND rowid >= ?`;
    parts.push(`SELECT rowid AS id, ${scored ? CLAIM_RANK : "0"} AS score FROM "claim_fts" WHERE "claim_fts" MATCH ?${window}`);
    params.push(match.text, ...(fromId === null ? [] : [fromId]));
  }
  if (match.figure) {
    const { value, words } = match.figure;
    const alsoWords = words === null ? "" : ` AND "id" IN (SELECT rowid FROM "claim_fts" WHERE "claim_fts" MATCH ?)`;
    parts.push(`SELECT "id", ? AS score FROM "Claim" WHERE ("value" = ? OR "low" = ? OR "high" = ?)${alsoWords}`);
    params.push(FIGURE_SCORE, value, value, value, ...(words === null ? [] : [words]));
  }
  const sql = parts.length === 1 ? parts[0] : `SELECT id, MIN(score) AS score FROM (${parts.join(" UNION ALL ")}) GROUP BY id`;
  return { sql, params };
}

/** The list's other filters, as listClaims applies them, on the claim `c`. */
function filterSql(query: TClaimListQuery): { sql: string; params: Param[] } {
  const where: string[] = [];
  const params: Param[] = [];
  const equal = (column: string, value: Param | undefined) => {
    if (value === undefined) return;
    where.push(`c."${column}" = ?`);
    params.push(value);
  };
  equal("status", query.status);
  equal("ratingId", query.rating);
  equal("speakerId", query.speaker);
  equal("articleId", query.article);
  equal("unit", query.unit);
  if (query.assignee === "none") where.push(`c."assigneeId" IS NULL`);
  else equal("assigneeId", query.assignee);
  if (query.min !== undefined) {
    where.push(`(c."value" >= ? OR (c."value" IS NULL AND c."high" >= ?))`);
    params.push(query.min, query.min);
  }
  if (query.max !== undefined) {
    where.push(`(c."value" <= ? OR (c."value" IS NULL AND c."low" <= ?))`);
    params.push(query.max, query.max);
  }
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

const SORT_KEYS: Record<Exclude<TClaimListQuery["sort"], "relevance">, string> = {
  updated: `c."updatedAt"`,
  created: `c."createdAt"`,
  status: `c."status"`,
  statement: `c."statement"`,
  speaker: `(SELECT s."name" FROM "Speaker" s WHERE s."id" = c."speakerId")`,
};

/** Matching claims that pass the filters: id, score and the sort key. */
function matchedSql(match: ClaimMatch, query: TClaimListQuery, extraWhere = "", fromId: number | null = null): { sql: string; params: Param[] } {
  const hits = hitsSql(match, true, fromId);
  const filters = filterSql(query);
  const sortKey = query.sort === "relevance" ? "NULL" : SORT_KEYS[query.sort];
  const where = extraWhere ? (filters.sql ? `${filters.sql} AND ${extraWhere}` : `WHERE ${extraWhere}`) : filters.sql;
  // Best matches first with no other filter: the index alone answers, no claim row is read.
  if (!where && query.sort === "relevance") return { sql: `SELECT h.id AS id, h.score AS score, NULL AS sortKey FROM (${hits.sql}) h`, params: hits.params };
  return {
    sql: `SELECT c."id" AS id, h.score AS score, ${sortKey} AS sortKey FROM (${hits.sql}) h JOIN "Claim" c ON c."id" = h.id ${where}`,
    params: [...hits.params, ...filters.params],
  };
}

/**
 * How many claims match, counted up to `cap + 1` only (a larger total is shown as "10,000+"): from the index alone
 * when no other filter applies (every indexed row is a claim).
 */
function countSql(match: ClaimMatch, query: TClaimListQuery, cap: number): [string, ...Param[]] {
  const filters = filterSql(query);
  const hits = hitsSql(match, false);
  // With filters, SQLite reads the claims by the filter's index when it is selective and checks each against the
  // matches (gathered once), or walks the matches when it is not.
  if (!filters.sql) return [`SELECT COUNT(*) AS total FROM (SELECT 1 FROM (${hits.sql}) LIMIT ?)`, ...hits.params, cap + 1];
  return [`SELECT COUNT(*) AS total FROM (SELECT 1 FROM "Claim" c ${filters.sql} AND c."id" IN (SELECT id FROM (${hits.sql})) LIMIT ?)`, ...filters.params, ...hits.params, cap + 1];
}

/**
 * The relevance window of a word search: when more than `size` claims match it (and the filters), the id of the
 * size-th newest of them, so that BM25 ranks only the newest `size`; null when every match is ranked. The index
 * hands a word's claims over newest first without scoring them, so this walks `size` entries at most, where
 * ranking every match of a common word (a tenth of a million claims) means a BM25 score and a lookup of each.
 */
async function relevanceWindow(text: string, query: TClaimListQuery, size: number): Promise<number | null> {
  const filters = filterSql(query);
  // With filters, the claims are read by the filter's index and checked against the matches (a speaker's few
  // claims among a common word's many); without, the index alone answers.
  const sql = filters.sql
    ? `SELECT c."id" AS id FROM "Claim" c ${filters.sql} AND c."id" IN (SELECT rowid FROM "claim_fts" WHERE "claim_fts" MATCH ?) ORDER BY c."id" DESC LIMIT 2 OFFSET ?`
    : `SELECT rowid AS id FROM "claim_fts" WHERE "claim_fts" MATCH ? ORDER BY rowid DESC LIMIT 2 OFFSET ?`;
  const params = filters.sql ? [...filters.params, text, size - 1] : [text, size - 1];
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(sql, ...params);
  return rows.length === 2 ? Number(rows[0].id) : null;
}

function orderSql(query: TClaimListQuery): string {
  if (query.sort === "relevance") return `score ASC, id DESC`;
  const dir = query.dir === "asc" ? "ASC" : "DESC";
  return `sortKey ${dir}, id ${dir}`;
}

/**
 * A search counts and ranks at most this many claims. With more matches, the count says "10,000+" and best
 * matches first means the best among the newest 10,000 matches (`rankedAmongNewest`), which the pages say;
 * another order (newest, oldest, by statement…) still goes through every match.
 */
export const RANKED_MATCHES = 10_000;

export interface ClaimSearchPage {
  /** counted up to RANKED_MATCHES */
  total: number;
  /** more claims match than `total` */
  totalCapped: boolean;
  /** best matches first, among this many newest matches only (null: among all of them) */
  rankedAmongNewest: number | null;
  /** the page's claim ids, in order */
  ids: number[];
  nextCursor: number | null;
  highlights: Map<number, ClaimHighlight>;
}

const EMPTY_PAGE: ClaimSearchPage = { total: 0, totalCapped: false, rankedAmongNewest: null, ids: [], nextCursor: null, highlights: new Map() };

/**
 * One page of the claims matching the search text `query.q` and the list's filters: best match first
 * (BM25; among the newest RANKED_MATCHES matches when there are more) unless another order is asked for,
 * with the matched words marked in the statement, the excerpt and the speaker's name. Paged like listClaims:
 * by `page`, or after the claim `cursor`. `options.window` changes RANKED_MATCHES (the tests' small desks).
 */
export async function searchClaims(actor: Actor, query: TClaimListQuery & { q: string }, options: { window?: number } = {}): Promise<ClaimSearchPage> {
  assertCan(actor, "read");
  const window = options.window ?? RANKED_MATCHES;
  if (onPostgres()) return postgres.searchClaims(query, window);
  const match = claimMatch(query.q);
  if (match === null) return EMPTY_PAGE;
  const limit = query.limit;
  // Figures are matched through the claims' own columns, few at a time: only a word search is windowed.
  const windowed = match.figure === null && match.text !== null && query.sort === "relevance";
  const fromId = windowed ? await relevanceWindow(match.text!, query, window) : null;
  if (windowed && query.cursor === undefined && !filterSql(query).sql) return bestMatchesPage(match.text!, query, fromId, window);
  const matched = matchedSql(match, query, "", fromId);
  const ordered = `SELECT id, ROW_NUMBER() OVER (ORDER BY ${orderSql(query)}) AS n FROM (${matched.sql})`;
  if (query.cursor !== undefined) {
    const at = matchedSql(match, query, `c."id" = ?`, fromId);
    if (!(await db.$queryRawUnsafe<unknown[]>(at.sql, ...at.params, query.cursor)).length)
      throw new AppError("invalid", "The cursor points at a claim that is no longer in these results; start again from the first page.", {
        fields: { cursor: ["Unknown cursor."] },
      });
  }
  // Reads need no transaction: a claim saved between the count and the page shifts nothing that matters.
  const counted = fromId !== null ? window + 1 : Number((await db.$queryRawUnsafe<{ total: number | bigint }[]>(...countSql(match, query, window)))[0].total);
  // A numbered page is an ORDER BY with LIMIT (SQLite keeps only the best rows while sorting); a cursor
  // needs the position of its claim in the whole order, so only then is every match numbered.
  const page =
    query.cursor !== undefined
      ? await db.$queryRawUnsafe<{ id: number | bigint }[]>(
          `WITH ordered AS MATERIALIZED (${ordered}) SELECT id FROM ordered WHERE n > (SELECT n FROM ordered WHERE id = ?) ORDER BY n LIMIT ?`,
          ...matched.params,
          query.cursor,
          limit + 1,
        )
      : await db.$queryRawUnsafe<{ id: number | bigint }[]>(
          `SELECT id FROM (${matched.sql}) ORDER BY ${orderSql(query)} LIMIT ? OFFSET ?`,
          ...matched.params,
          limit + 1,
          (query.page - 1) * limit,
        );
  const found = page.map((r) => Number(r.id));
  const ids = found.slice(0, limit);
  const nextCursor = found.length > limit ? ids[ids.length - 1] : null;
  return { ...capped(counted, window, fromId), ids, nextCursor, highlights: await claimHighlights(match, ids) };
}

const capped = (counted: number, window: number, fromId: number | null) => ({
  total: Math.min(counted, window),
  totalCapped: counted > window,
  rankedAmongNewest: fromId === null ? null : window,
});

/**
 * The common search (words only, best first, no other filter, by page number) in two reads of the index:
 * the count, and the page with its marks. SQLite marks only the rows the LIMIT keeps, so this costs little
 * more than ranking alone, where marking a page afterwards means walking every match again.
 */
async function bestMatchesPage(text: string, query: TClaimListQuery, fromId: number | null, window: number): Promise<ClaimSearchPage> {
  const limit = query.limit;
  const inWindow = fromId === null ? "" : ` AND rowid >= ?`;
  const [counted, rows] = await Promise.all([
    // Within the window there is nothing to count; otherwise there are fewer matches than the window.
    fromId !== null ? window + 1 : db.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT COUNT(*) AS total FROM "claim_fts" WHERE "claim_fts" MATCH ?`, text).then((r) => Number(r[0].total)),
    db.$queryRawUnsafe<HighlightRow[]>(
      `SELECT rowid AS id, ${HIGHLIGHT_COLUMNS} FROM "claim_fts" WHERE "claim_fts" MATCH ?${inWindow} ORDER BY ${CLAIM_RANK}, rowid DESC LIMIT ? OFFSET ?`,
      text,
      ...(fromId === null ? [] : [fromId]),
      limit + 1,
      (query.page - 1) * limit,
    ),
  ]);
  const ids = rows.slice(0, limit).map((r) => Number(r.id));
  return { ...capped(counted, window, fromId), ids, nextCursor: rows.length > limit ? ids[ids.length - 1] : null, highlights: highlightsOf(rows.slice(0, limit)) };
}

type HighlightRow = { id: number | bigint; statement: string | null; excerpt: string | null; speaker: string | null };
const HIGHLIGHT_COLUMNS = `highlight("claim_fts", 0, ${MARKS}) AS statement, snippet("claim_fts", 1, ${MARKS}, '…', ${SNIPPET_WORDS}) AS excerpt,
            highlight("claim_fts", 3, ${MARKS}) AS speaker`;
const highlightsOf = (rows: HighlightRow[]) =>
  new Map(rows.map((r) => [Number(r.id), { statement: marked(r.statement), excerpt: marked(r.excerpt), speaker: marked(r.speaker) }]));

/** The matched words of each claim, marked; claims found by their figure alone have none. */
async function claimHighlights(match: ClaimMatch, ids: number[]): Promise<Map<number, ClaimHighlight>> {
  const text = anyOf([match.text, match.figure?.words ?? null]);
  if (text === null || !ids.length) return new Map();
  const rows = await db.$queryRawUnsafe<HighlightRow[]>(
    `SELECT rowid AS id, ${HIGHLIGHT_COLUMNS} FROM "claim_fts" WHERE "claim_fts" MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    text,
    JSON.stringify(ids),
  );
  return highlightsOf(rows);
}

/** A highlighted text's pieces, or null when nothing in it matched. */
export function marked(value: string | null): MarkedPiece[] | null {
  const pieces = value === null ? null : markedPieces(value);
  return hasMark(pieces) ? pieces : null;
}

export interface ArticleSearchHit {
  id: number;
  title: MarkedPiece[] | null;
  /** a few words of the body around its matches */
  snippet: MarkedPiece[] | null;
}

/** The articles whose title, outlet or body match `q`, best first, at most `limit` of them, with their matches marked. */
export async function searchArticles(actor: Actor, q: string, limit: number): Promise<{ total: number; hits: ArticleSearchHit[] }> {
  assertCan(actor, "read");
  if (onPostgres()) return postgres.searchArticles(q, limit);
  const text = toFtsQuery(q);
  if (text === null) return { total: 0, hits: [] };
  const counted = await db.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT COUNT(*) AS total FROM "article_fts" WHERE "article_fts" MATCH ?`, text);
  const rows = await db.$queryRawUnsafe<{ id: number | bigint; title: string; snippet: string }[]>(
      `SELECT rowid AS id, highlight("article_fts", 0, ${MARKS}) AS title, snippet("article_fts", 2, ${MARKS}, '…', ${SNIPPET_WORDS}) AS snippet
       FROM "article_fts" WHERE "article_fts" MATCH ? ORDER BY ${ARTICLE_RANK}, rowid DESC LIMIT ?`,
    text,
    limit,
  );
  return { total: Number(counted[0].total), hits: rows.map((r) => ({ id: Number(r.id), title: marked(r.title), snippet: marked(r.snippet) })) };
}

/**
 * A word held by more than this share of the claims (and by more than COMMON_WORD_FLOOR of them) is left out
 * of a matching query: it says little about which claim repeats another (its BM25 weight is near zero) and
 * ranking by it costs the most, since every claim holding it is scored.
 */
export const COMMON_WORD_SHARE = 0.02;
export const COMMON_WORD_FLOOR = 500;
/** At most this many of the rarest words make a matching query. */
export const MATCHING_WORDS = 6;

/**
 * The words worth a full-text lookup, rarest first, each given as its forms ("truck", "trucks"). How many
 * claims hold a word is counted by walking its entries up to the limit only (exact terms, not prefixes,
 * whose entries FTS5 would have to merge in full), so a common word costs no more than a rare one.
 */
async function selectiveWords(words: string[][]): Promise<string[][]> {
  if (!words.length) return [];
  const [{ total }] = await db.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT COUNT(*) AS total FROM "Claim"`);
  const limit = Math.ceil(Math.max(COMMON_WORD_FLOOR, Number(total) * COMMON_WORD_SHARE));
  const counted = await Promise.all(
    words.map(async (forms) => {
      const query = anyOf(forms.map((form) => toFtsQuery(form, { automaticPrefix: false })));
      if (query === null) return { forms, docs: 0 };
      const [row] = await db.$queryRawUnsafe<{ docs: number | bigint }[]>(
        `SELECT COUNT(*) AS docs FROM (SELECT rowid FROM "claim_fts" WHERE "claim_fts" MATCH ? LIMIT ?)`, query, limit + 1,
      );
      return { forms, docs: Number(row.docs) };
    }),
  );
  return counted.filter((c) => c.docs > 0 && c.docs <= limit).sort((a, b) => a.docs - b.docs).slice(0, MATCHING_WORDS).map((c) => c.forms);
}

/**
 * Claims (other than `exceptId`) whose statement, excerpt, unit or speaker holds any of `words` (each a list
 * of its forms), best BM25 rank first: the text half of claim matching's candidates. Only the rarest words
 * are asked for (selectiveWords); empty when none is left.
 */
export async function claimIdsSharingWords(words: string[][], exceptId: number, limit: number, options: { publishedOnly?: boolean } = {}): Promise<number[]> {
  // PostgreSQL's candidates are all claims; a caller wanting published ones filters them (findAlreadyChecked does).
  if (onPostgres()) return postgres.claimIdsSharingWords(words, exceptId, limit);
  const query = anyOf((await selectiveWords(words)).flatMap((forms) => forms.map((form) => toFtsQuery(form, { automaticPrefix: false }))));
  if (query === null) return [];
  // Published only: each match's state is read by its id, so the best published ones come first whatever their age.
  const published = options.publishedOnly ? ` AND rowid IN (SELECT "id" FROM "Claim" WHERE "id" = "claim_fts".rowid AND "status" = 'published')` : "";
  const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(
    `SELECT rowid AS id FROM "claim_fts" WHERE "claim_fts" MATCH ? AND rowid <> ?${published} ORDER BY ${CLAIM_RANK} LIMIT ?`,
    query, exceptId, limit,
  );
  return rows.map((r) => Number(r.id));
}
