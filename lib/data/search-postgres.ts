/**
 * Full-text search, PostgreSQL edition: the expression GIN indexes of prisma/postgres/migrations (*_baseline) over
 * claim_search_document(), speaker_search_document() and article_search_document(), in the `claimdesk_search`
 * configuration (no stemming; case and accents ignored, as FTS5's unicode61). The same queries as search.ts's
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
const CLAIM_DOCUMENT = Prisma.raw(`claim_search_document(c."statement", c."excerpt", c."unit")`);
const SPEAKER_DOCUMENT = Prisma.raw(`speaker_search_document(s."name")`);
/** A claim's text and its speaker's name, as one document (weights A, B and D, as the SQLite ranks weigh them). */
const FULL_DOCUMENT = Prisma.sql`(${CLAIM_DOCUMENT} || coalesce(${SPEAKER_DOCUMENT}, ''::tsvector))`;

/**
 * Claims whose text and speaker together match `fts`. The indexes are read with the loose query (claim text or
 * speaker name), then each candidate is checked against the exact one over its whole document.
 */
function textHits(fts: string, scored: boolean): Prisma.Sql {
  const loose = tsquery(fts, true);
  const score = scored ? Prisma.sql`-ts_rank(${FULL_DOCUMENT}, ${tsquery(fts)})` : Prisma.sql`0::real`;
  return Prisma.sql`
    SELECT c."id" AS id, ${score} AS score FROM "Claim" c LEFT JOIN "Speaker" s ON s."id" = c."speakerId"
    WHERE c."id" IN (
      SELECT c."id" FROM "Claim" c WHERE ${CLAIM_DOCUMENT} @@ ${loose}
      UNION SELECT c."id" FROM "Claim" c JOIN "Speaker" s ON s."id" = c."speakerId" WHERE ${SPEAKER_DOCUMENT} @@ ${loose}
    ) AND ${FULL_DOCUMENT} @@ ${tsquery(fts)}`;
}

/** The claims the search matches, with a score (lower is better). */
function hitsSql(match: ClaimMatch, scored = true): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (match.text !== null) parts.push(textHits(match.text, scored));
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
function matchedSql(match: ClaimMatch, query: TClaimListQuery, extra: Prisma.Sql[] = []): Prisma.Sql {
  const conditions = [...claimFilterConditions(query), ...extra];
  const sortKey = Prisma.raw(query.sort === "relevance" ? "NULL::text" : SORT_KEYS[query.sort]);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`SELECT c."id" AS id, h.score AS score, ${sortKey} AS "sortKey" FROM (${hitsSql(match)}) h JOIN "Claim" c ON c."id" = h.id ${where}`;
}

function countSql(match: ClaimMatch, query: TClaimListQuery): Prisma.Sql {
  const conditions = claimFilterConditions(query);
  const hits = hitsSql(match, false);
  if (!conditions.length) return Prisma.sql`SELECT COUNT(*) AS total FROM (${hits}) h`;
  return Prisma.sql`SELECT COUNT(*) AS total FROM (${hits}) h JOIN "Claim" c ON c."id" = h.id WHERE ${Prisma.join(conditions, " AND ")}`;
}

function orderSql(query: TClaimListQuery): Prisma.Sql {
  if (query.sort === "relevance") return Prisma.raw(`score ASC, id DESC`);
  const dir = query.dir === "asc" ? "ASC" : "DESC";
  // SQLite puts nulls first in ascending order; PostgreSQL is told to do the same.
  return Prisma.raw(`"sortKey" ${dir} NULLS ${dir === "ASC" ? "FIRST" : "LAST"}, id ${dir}`);
}

const EMPTY_PAGE: ClaimSearchPage = { total: 0, ids: [], nextCursor: null, highlights: new Map() };

/** search.ts searchClaims, on PostgreSQL. */
export async function searchClaims(query: TClaimListQuery & { q: string }): Promise<ClaimSearchPage> {
  const match = claimMatch(query.q);
  if (match === null) return EMPTY_PAGE;
  const limit = query.limit;
  if (query.cursor !== undefined) {
    const at = await db.$queryRaw<unknown[]>`${matchedSql(match, query, [Prisma.sql`c."id" = ${query.cursor}`])}`;
    if (!at.length)
      throw new AppError("invalid", "The cursor points at a claim that is no longer in these results; start again from the first page.", {
        fields: { cursor: ["Unknown cursor."] },
      });
  }
  const [counted] = await db.$queryRaw<{ total: bigint }[]>`${countSql(match, query)}`;
  const ordered = Prisma.sql`SELECT id, ROW_NUMBER() OVER (ORDER BY ${orderSql(query)}) AS n FROM (${matchedSql(match, query)}) m`;
  const after = query.cursor !== undefined ? Prisma.sql`(SELECT n FROM ordered WHERE id = ${query.cursor})` : Prisma.sql`${(query.page - 1) * limit}`;
  const page = await db.$queryRaw<{ id: number }[]>`
    WITH ordered AS MATERIALIZED (${ordered}) SELECT id FROM ordered WHERE n > ${after} ORDER BY n LIMIT ${limit + 1}`;
  const found = page.map((r) => Number(r.id));
  const ids = found.slice(0, limit);
  const nextCursor = found.length > limit ? ids[ids.length - 1] : null;
  return { total: Number(counted.total), ids, nextCursor, highlights: await claimHighlights(match, ids) };
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

const ARTICLE_DOCUMENT = Prisma.raw(`article_search_document(a."title", a."outlet", a."body")`);

/** search.ts searchArticles, on PostgreSQL. */
export async function searchArticles(q: string, limit: number): Promise<{ total: number; hits: ArticleSearchHit[] }> {
  const text = toFtsQuery(q);
  if (text === null) return { total: 0, hits: [] };
  const query = tsquery(text);
  const [counted] = await db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM "Article" a WHERE ${ARTICLE_DOCUMENT} @@ ${query}`;
  // Headlines only for the page: ts_headline reads the whole text again.
  const rows = await db.$queryRaw<{ id: number; title: string; snippet: string }[]>`
    SELECT p.id, ts_headline('claimdesk_search', a."title", ${tsquery(text, true)}, ${headline(null)}) AS title,
           ts_headline('claimdesk_search', left(a."body", 500000), ${tsquery(text, true)}, ${headline(SNIPPET_WORDS)}) AS snippet
    FROM (SELECT a."id" AS id, ts_rank(${ARTICLE_DOCUMENT}, ${query}) AS rank FROM "Article" a WHERE ${ARTICLE_DOCUMENT} @@ ${query}
          ORDER BY rank DESC, a."id" DESC LIMIT ${limit}) p JOIN "Article" a ON a."id" = p.id
    ORDER BY p.rank DESC, p.id DESC`;
  return { total: Number(counted.total), hits: rows.map((r) => ({ id: Number(r.id), title: marked(r.title), snippet: marked(r.snippet) })) };
}

/** search.ts selectiveWords, on PostgreSQL: each word's claims counted up to the limit only. */
async function selectiveWords(words: string[][]): Promise<string[][]> {
  if (!words.length) return [];
  const [{ total }] = await db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM "Claim"`;
  const limit = Math.ceil(Math.max(COMMON_WORD_FLOOR, Number(total) * COMMON_WORD_SHARE));
  const counted = await Promise.all(
    words.map(async (forms) => {
      const fts = anyOf(forms.map((form) => toFtsQuery(form, { automaticPrefix: false })));
      if (fts === null) return { forms, docs: 0 };
      const [row] = await db.$queryRaw<{ docs: bigint }[]>`
        SELECT COUNT(*) AS docs FROM (SELECT 1 FROM "Claim" c WHERE ${CLAIM_DOCUMENT} @@ ${tsquery(fts)} LIMIT ${limit + 1}) w`;
      return { forms, docs: Number(row.docs) };
    }),
  );
  return counted.filter((c) => c.docs > 0 && c.docs <= limit).sort((a, b) => a.docs - b.docs).slice(0, MATCHING_WORDS).map((c) => c.forms);
}

/** search.ts claimIdsSharingWords, on PostgreSQL (the claims' own text; the speaker is compared by claim matching itself). */
export async function claimIdsSharingWords(words: string[][], exceptId: number, limit: number): Promise<number[]> {
  const fts = anyOf((await selectiveWords(words)).flatMap((forms) => forms.map((form) => toFtsQuery(form, { automaticPrefix: false }))));
  if (fts === null) return [];
  const query = tsquery(fts);
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT c."id" AS id FROM "Claim" c WHERE ${CLAIM_DOCUMENT} @@ ${query} AND c."id" <> ${exceptId}
    ORDER BY ts_rank(${CLAIM_DOCUMENT}, ${query}) DESC, c."id" DESC LIMIT ${limit}`;
  return rows.map((r) => Number(r.id));
}
