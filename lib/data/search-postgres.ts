/**
 * Full-text search, PostgreSQL edition: the stored documents of fulltext.claim_document and fulltext.article_document
 * (prisma/postgres/migrations/*_stored_search_documents: tsvectors kept by triggers, with GIN indexes), in the
 * `claimdesk_search` configuration (no stemming; case and accents ignored, as FTS5's unicode61). The same queries as search.ts's
 * SQLite edition: the FTS5 query search-query.ts builds is rewritten as a tsquery, ts_rank stands in for BM25
 * and ts_headline for highlight() and snippet(). Called by search.ts, which has checked the actor.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TClaimListQuery } from "@/lib/validation/filters";
import { claimFilterConditions } from "./claim-filter-sql";
import { anyOf, claimMatch, MARK_CLOSE, MARK_OPEN, toFtsQuery, type ClaimMatch } from "./search-query";
import type { ArticleSearchHit, ClaimHighlight, ClaimSearchPage } from "./search";
// search.ts imports this module too; its exports are read at call time, when both are loaded.
import { COMMON_WORD_FLOOR, COMMON_WORD_SHARE, MATCHING_WORDS, marked } from "./search";

/** A claim whose recorded figure is the number searched for comes before those that only mention it. */
const FIGURE_SCORE = -1e9;
const SNIPPET_WORDS = 24;

/**
 * The FTS5 query search-query.ts writes (quoted phrases, `*` prefixes, AND, OR, brackets) as a tsquery:
 * `"at least 17"` → `'at' <-> 'least' <-> '17'`, `"bagh"*` → `'bagh':*`. `loose` turns every AND and phrase into
 * OR: a query that finds everything the exact one finds, and more, which the indexes can answer column by column.
 */
export function ftsToTsquery(fts: string, loose = false): string {
  const join = { and: loose ? "|" : "&", follows: loose ? " | " : " <-> " };
  const rewritten = fts.replace(/"([^"]*)"(\*?)|\bAND\b|\bOR\b/g, (whole, words: string | undefined, star: string) => {
    if (whole === "AND") return join.and;
    if (whole === "OR") return "|";
    const tokens = (words ?? "").split(" ").filter(Boolean);
    // Tokens hold letters and digits only (search-query.ts), so they are safe inside the quotes.
    const quoted = tokens.map((t, i) => `'${t.toLowerCase()}'${star && i === tokens.length - 1 ? ":*" : ""}`);
    return `(${quoted.join(join.follows)})`;
  });
  return rewritten.replace(/\s+/g, " ");
}

const tsquery = (fts: string, loose = false) => Prisma.sql`to_tsquery('claimdesk_search', ${ftsToTsquery(fts, loose)})`;

/**
 * Claims whose stored document (fulltext.claim_document: the claim's text and its speaker's name, weighted A, D, D
 * and B as the SQLite ranks weigh them) matches `fts`, from its GIN index; `fromId` keeps them to that id and later
 * (the relevance window). The score is ts_rank of the stored vector, negated (lower is better, as BM25).
 */
function textHits(fts: string, scored: boolean, fromId: number | null = null): Prisma.Sql {
  const query = tsquery(fts);
  const score = scored ? Prisma.sql`-ts_rank(d.document, ${query})` : Prisma.sql`0::real`;
  const window = fromId === null ? Prisma.empty : Prisma.sql` AND d.claim_id >= ${fromId}`;
  return Prisma.sql`SELECT d.claim_id AS id, ${score} AS score FROM fulltext.claim_document d WHERE d.document @@ ${query}${window}`;
}

/** The claims the search matches, with a score (lower is better). */
function hitsSql(match: ClaimMatch, scored = true, fromId: number | null = null): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (match.text !== null) parts.push(textHits(match.text, scored, fromId));
  if (match.figure) {
    const { value, words } = match.figure;
    const alsoWords = words === null ? Prisma.empty : Prisma.sql` AND "id" IN (SELECT id FROM (${textHits(words, false)}) w)`;
    parts.push(Prisma.sql`SELECT "id" AS id, ${FIGURE_SCORE}::real AS score FROM "Claim" WHERE ("value" = ${value} OR "low" = ${value} OR "high" = ${value})${alsoWords}`);
  }
  return parts.length === 1 ? parts[0] : Prisma.sql`SELECT id, MIN(score) AS score FROM (${Prisma.join(parts, " UNION ALL ")}) u GROUP BY id`;
}

const SORT_KEYS: Record<Exclude<TClaimListQuery["sort"], "relevance">, string> = {
  updated: `c."updatedAt"`,
  created: `c."createdAt"`,
  status: `c."status"`,
  statement: `c."statement"`,
  speaker: `(SELECT s."name" FROM "Speaker" s WHERE s."id" = c."speakerId")`,
};

/** Matching claims that pass the filters: id, score and the sort key. */
function matchedSql(match: ClaimMatch, query: TClaimListQuery, extra: Prisma.Sql[] = [], fromId: number | null = null): Prisma.Sql {
  const conditions = [...claimFilterConditions(query), ...extra];
  const sortKey = Prisma.raw(query.sort === "relevance" ? "NULL::text" : SORT_KEYS[query.sort]);
  // Best matches first with no other filter: the stored documents alone answer, no claim row is read.
  if (!conditions.length && query.sort === "relevance") return Prisma.sql`SELECT h.id AS id, h.score AS score, NULL::text AS "sortKey" FROM (${hitsSql(match, true, fromId)}) h`;
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`SELECT c."id" AS id, h.score AS score, ${sortKey} AS "sortKey" FROM (${hitsSql(match, true, fromId)}) h JOIN "Claim" c ON c."id" = h.id ${where}`;
}

/** How many claims match, counted up to `cap + 1` only. */
function countSql(match: ClaimMatch, query: TClaimListQuery, cap: number): Prisma.Sql {
  const conditions = claimFilterConditions(query);
  const hits = hitsSql(match, false);
  const matched = conditions.length
    ? Prisma.sql`SELECT 1 FROM (${hits}) h JOIN "Claim" c ON c."id" = h.id WHERE ${Prisma.join(conditions, " AND ")}`
    : Prisma.sql`SELECT 1 FROM (${hits}) h`;
  return Prisma.sql`SELECT COUNT(*) AS total FROM (${matched} LIMIT ${cap + 1}) m`;
}

/** search.ts relevanceWindow: the id of the size-th newest claim matching `fts` and the filters, when more match. */
async function relevanceWindow(fts: string, query: TClaimListQuery, size: number): Promise<number | null> {
  const conditions = claimFilterConditions(query);
  const filtered = conditions.length ? Prisma.sql` JOIN "Claim" c ON c."id" = d.claim_id WHERE ${Prisma.join(conditions, " AND ")} AND` : Prisma.sql` WHERE`;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT d.claim_id AS id FROM fulltext.claim_document d${filtered} d.document @@ ${tsquery(fts)}
    ORDER BY d.claim_id DESC OFFSET ${size - 1} LIMIT 2`;
  return rows.length === 2 ? Number(rows[0].id) : null;
}

function orderSql(query: TClaimListQuery): Prisma.Sql {
  if (query.sort === "relevance") return Prisma.raw(`score ASC, id DESC`);
  const dir = query.dir === "asc" ? "ASC" : "DESC";
  // SQLite puts nulls first in ascending order; PostgreSQL is told to do the same.
  return Prisma.raw(`"sortKey" ${dir} NULLS ${dir === "ASC" ? "FIRST" : "LAST"}, id ${dir}`);
}

const EMPTY_PAGE: ClaimSearchPage = { total: 0, totalCapped: false, rankedAmongNewest: null, ids: [], nextCursor: null, highlights: new Map() };

/** search.ts searchClaims, on PostgreSQL. */
export async function searchClaims(query: TClaimListQuery & { q: string }, window: number): Promise<ClaimSearchPage> {
  const match = claimMatch(query.q);
  if (match === null) return EMPTY_PAGE;
  const limit = query.limit;
  const windowed = match.figure === null && match.text !== null && query.sort === "relevance";
  const fromId = windowed ? await relevanceWindow(match.text!, query, window) : null;
  if (query.cursor !== undefined) {
    const at = await db.$queryRaw<unknown[]>`${matchedSql(match, query, [Prisma.sql`c."id" = ${query.cursor}`], fromId)}`;
    if (!at.length)
      throw new AppError("invalid", "The cursor points at a claim that is no longer in these results; start again from the first page.", {
        fields: { cursor: ["Unknown cursor."] },
      });
  }
  const counted = fromId !== null ? window + 1 : Number((await db.$queryRaw<{ total: bigint }[]>`${countSql(match, query, window)}`)[0].total);
  const matched = matchedSql(match, query, [], fromId);
  // A numbered page is a top-N sort; a cursor needs its claim's position in the whole order.
  const page =
    query.cursor !== undefined
      ? await db.$queryRaw<{ id: number }[]>`
          WITH ordered AS MATERIALIZED (SELECT id, ROW_NUMBER() OVER (ORDER BY ${orderSql(query)}) AS n FROM (${matched}) m)
          SELECT id FROM ordered WHERE n > (SELECT n FROM ordered WHERE id = ${query.cursor}) ORDER BY n LIMIT ${limit + 1}`
      : await db.$queryRaw<{ id: number }[]>`SELECT id FROM (${matched}) m ORDER BY ${orderSql(query)} LIMIT ${limit + 1} OFFSET ${(query.page - 1) * limit}`;
  const found = page.map((r) => Number(r.id));
  const ids = found.slice(0, limit);
  const nextCursor = found.length > limit ? ids[ids.length - 1] : null;
  return {
    total: Math.min(counted, window),
    totalCapped: counted > window,
    rankedAmongNewest: fromId === null ? null : window,
    ids,
    nextCursor,
    highlights: await claimHighlights(match, ids),
  };
}

/** ts_headline's options: the search-query.ts markers around each match, the whole text or a snippet of it. */
const headline = (words: number | null) =>
  `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, ` + (words === null ? "HighlightAll=true" : `MaxWords=${words}, MinWords=${Math.round(words / 2)}, ShortWord=0`);

async function claimHighlights(match: ClaimMatch, ids: number[]): Promise<Map<number, ClaimHighlight>> {
  const text = anyOf([match.text, match.figure?.words ?? null]);
  if (text === null || !ids.length) return new Map();
  // The loose query marks every word that took part in the match, wherever it is.
  const query = tsquery(text, true);
  const rows = await db.$queryRaw<{ id: number; statement: string | null; excerpt: string | null; speaker: string | null }[]>`
    SELECT c."id" AS id, ts_headline('claimdesk_search', c."statement", ${query}, ${headline(null)}) AS statement,
           ts_headline('claimdesk_search', c."excerpt", ${query}, ${headline(SNIPPET_WORDS)}) AS excerpt,
           ts_headline('claimdesk_search', s."name", ${query}, ${headline(null)}) AS speaker
    FROM "Claim" c LEFT JOIN "Speaker" s ON s."id" = c."speakerId" WHERE c."id" IN (${Prisma.join(ids)})`;
  return new Map(rows.map((r) => [Number(r.id), { statement: marked(r.statement), excerpt: marked(r.excerpt), speaker: marked(r.speaker) }]));
}

/** search.ts searchArticles, on PostgreSQL: the stored documents of fulltext.article_document. */
export async function searchArticles(q: string, limit: number): Promise<{ total: number; hits: ArticleSearchHit[] }> {
  const text = toFtsQuery(q);
  if (text === null) return { total: 0, hits: [] };
  const query = tsquery(text);
  const [counted] = await db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM fulltext.article_document d WHERE d.document @@ ${query}`;
  // Headlines only for the page: ts_headline reads the whole text again.
  const rows = await db.$queryRaw<{ id: number; title: string; snippet: string }[]>`
    SELECT p.id, ts_headline('claimdesk_search', a."title", ${tsquery(text, true)}, ${headline(null)}) AS title,
           ts_headline('claimdesk_search', left(a."body", 500000), ${tsquery(text, true)}, ${headline(SNIPPET_WORDS)}) AS snippet
    FROM (SELECT d.article_id AS id, ts_rank(d.document, ${query}) AS rank FROM fulltext.article_document d WHERE d.document @@ ${query}
          ORDER BY rank DESC, d.article_id DESC LIMIT ${limit}) p JOIN "Article" a ON a."id" = p.id
    ORDER BY p.rank DESC, p.id DESC`;
  return { total: Number(counted.total), hits: rows.map((r) => ({ id: Number(r.id), title: marked(r.title), snippet: marked(r.snippet) })) };
}

/**
 * search.ts selectiveWords, on PostgreSQL: each word's claims counted up to the limit only. Once the stored documents
 * have been analysed (autovacuum does it), the planner's statistics say how many claims hold each common word
 * (`most_common_elems` of the tsvector column) and how many claims there are (`reltuples`): a word they put well above
 * the limit is left out without counting (counting it reads the limit's worth of rows), and the claims are not
 * counted. Words near the limit, rarer ones and a desk not yet analysed are counted as before.
 */
async function selectiveWords(words: string[][]): Promise<string[][]> {
  if (!words.length) return [];
  const [stats] = await db.$queryRaw<{ claims: number | null; lexemes: string[] | null; freqs: number[] | null }[]>`
    SELECT (SELECT reltuples FROM pg_class WHERE oid = 'fulltext.claim_document'::regclass) AS claims,
           (SELECT most_common_elems::text::text[] FROM pg_stats WHERE schemaname = 'fulltext' AND tablename = 'claim_document' AND attname = 'document') AS lexemes,
           (SELECT most_common_elem_freqs FROM pg_stats WHERE schemaname = 'fulltext' AND tablename = 'claim_document' AND attname = 'document') AS freqs`;
  const analysed = stats && stats.claims !== null && stats.claims > 0;
  const total = analysed ? Number(stats.claims) : Number((await db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM "Claim"`)[0].total);
  const limit = Math.ceil(Math.max(COMMON_WORD_FLOOR, total * COMMON_WORD_SHARE));
  const share = new Map((stats?.lexemes ?? []).map((lexeme, i) => [lexeme, stats!.freqs![i]]));
  // Sampled statistics are estimates: only a word they put at twice the limit or more is taken as common unseen.
  const surelyCommon = (forms: string[]) => forms.some((form) => (share.get(form.toLowerCase()) ?? 0) * total > 2 * limit);
  const counted = await Promise.all(
    words.map(async (forms) => {
      const fts = anyOf(forms.map((form) => toFtsQuery(form, { automaticPrefix: false })));
      if (fts === null) return { forms, docs: 0 };
      if (surelyCommon(forms)) return { forms, docs: limit + 1 };
      const [row] = await db.$queryRaw<{ docs: bigint }[]>`
        SELECT COUNT(*) AS docs FROM (SELECT 1 FROM fulltext.claim_document d WHERE d.document @@ ${tsquery(fts)} LIMIT ${limit + 1}) w`;
      return { forms, docs: Number(row.docs) };
    }),
  );
  return counted.filter((c) => c.docs > 0 && c.docs <= limit).sort((a, b) => a.docs - b.docs).slice(0, MATCHING_WORDS).map((c) => c.forms);
}

/** search.ts claimIdsSharingWords, on PostgreSQL. */
export async function claimIdsSharingWords(words: string[][], exceptId: number, limit: number): Promise<number[]> {
  const fts = anyOf((await selectiveWords(words)).flatMap((forms) => forms.map((form) => toFtsQuery(form, { automaticPrefix: false }))));
  if (fts === null) return [];
  const query = tsquery(fts);
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT d.claim_id AS id FROM fulltext.claim_document d WHERE d.document @@ ${query} AND d.claim_id <> ${exceptId}
    ORDER BY ts_rank(d.document, ${query}) DESC, d.claim_id DESC LIMIT ${limit}`;
  return rows.map((r) => Number(r.id));
}
