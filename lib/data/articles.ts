/** Data access for articles: list, read and add (with claim suggestions extracted on the way in). */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { articleTextHash, lengthWindow, NEAR_IDENTICAL, normalizeArticleUrl, shingles, similarity } from "@/lib/imports/duplicate-article";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { TArticleCreate } from "@/lib/validation/article";
import { pickFields } from "@/lib/data/audit-diff";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { CLAIM_SUMMARY_SELECT, SPEAKER_LINK_SELECT } from "./claim-select";
import { storeSuggestions } from "./suggestions";
import { readArticleOffThread } from "@/lib/jobs/extract-off-thread";
import { searchArticles } from "./search";
import type { MarkedPiece } from "./search-query";
import { ignoringCase, startsWithIgnoringCase } from "./sql-dialect";

const TITLE = Prisma.raw(`"title"`);

export interface ArticleHighlight {
  title: MarkedPiece[] | null;
  snippet: MarkedPiece[] | null;
}

const ARTICLE_FIELDS = ["title", "outlet", "url", "publishedAt", "byline"] as const;

export const ARTICLES_PAGE_SIZE = 50;
export const LIST_COUNT_CAP = 10_000;
/** Articles found by a search, best match first: at most this many. */
export const ARTICLE_SEARCH_LIMIT = 100;


/**
 * One page of articles, newest first (ids grow with time, so the newest is the highest id): the first page, or
 * the one after `after` (the last id already shown) or before `before`. `q` searches title, outlet and text
 * (full-text, best match first, at most ARTICLE_SEARCH_LIMIT, each with its matches marked); `prefix` is the
 * type-ahead's: titles starting with it, ignoring case, in title order (read from a NOCASE index).
 */
export async function listArticles(
  actor: Actor,
  options: { q?: string; prefix?: string; after?: number; before?: number; limit?: number } = {},
) {
  assertCan(actor, "read");
  const limit = Math.min(options.limit ?? ARTICLES_PAGE_SIZE, 200);
  const noHighlight = <T>(rows: T[]) => rows.map((row) => ({ ...row, highlight: null as ArticleHighlight | null }));
  if (options.prefix !== undefined) {
    const rows = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT "id" AS id FROM "Article" WHERE ${startsWithIgnoringCase(TITLE, options.prefix)} ORDER BY ${ignoringCase(TITLE)}, "id" LIMIT ${limit}`;
    const ids = rows.map((r) => Number(r.id));
    const found = await db.article.findMany({ where: { id: { in: ids } }, select: ARTICLE_LIST_SELECT });
    const byId = new Map(found.map((a) => [a.id, a]));
    return { articles: noHighlight(await withClaimCounts(ids.flatMap((id) => byId.get(id) ?? []))), next: null, previous: null, total: null };
  }
  if (options.q) {
    const { hits, total } = await searchArticles(actor, options.q, ARTICLE_SEARCH_LIMIT);
    const found = new Map((await db.article.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: ARTICLE_LIST_SELECT })).map((a) => [a.id, a]));
    const rows = await withClaimCounts(hits.flatMap(({ id }) => found.get(id) ?? []));
    const marks = new Map(hits.map(({ id, title, snippet }) => [id, { title, snippet } as ArticleHighlight]));
    return { articles: rows.map((row) => ({ ...row, highlight: marks.get(row.id) ?? null })), next: null, previous: null, total };
  }
  const backwards = options.before !== undefined;
  const rows = await db.article.findMany({
    where: { id: backwards ? { gt: options.before } : options.after !== undefined ? { lt: options.after } : undefined },
    orderBy: { id: backwards ? "asc" : "desc" },
    take: limit + 1,
    select: ARTICLE_LIST_SELECT,
  });
  const more = rows.length > limit;
  const page = backwards ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  return {
    articles: noHighlight(await withClaimCounts(page)),
    next: (backwards || more) && page.length ? page[page.length - 1].id : null,
    previous: (backwards ? more : options.after !== undefined) && page.length ? page[0].id : null,
    /** counted by the search itself; without one, countArticles */
    total: null,
  };
}

const ARTICLE_LIST_SELECT = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  publishedAt: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

/**
 * The page's articles with how many claims each has: one GROUP BY over the page's ids (Prisma's `_count`
 * would count the claims of every article on the desk for each page).
 */
async function withClaimCounts<T extends { id: number }>(articles: T[]) {
  const counts = articles.length
    ? await db.claim.groupBy({ by: ["articleId"], where: { articleId: { in: articles.map((a) => a.id) } }, _count: { _all: true } })
    : [];
  const byId = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return articles.map((a) => ({ ...a, _count: { claims: byId.get(a.id) ?? 0 } }));
}

/** How many articles are on the desk, counted up to `cap` (more is shown as "10,000+"); a search counts its own matches. */
export async function countArticles(actor: Actor, cap = LIST_COUNT_CAP) {
  assertCan(actor, "read");
  return db.article.count({ take: cap + 1 });
}

/** The first article whose title starts with `text` (an exact title first): a picker's typed title, sent without JavaScript. */
export async function findArticleByTitle(actor: Actor, text: string | undefined) {
  assertCan(actor, "read");
  if (!text?.trim()) return null;
  const { articles } = await listArticles(actor, { prefix: text.trim(), limit: 10 });
  return articles.find((a) => a.title.toLowerCase() === text.trim().toLowerCase()) ?? articles[0] ?? null;
}

/** The article with this id, by title, for a picker's chosen value; null when there is none. */
export async function getArticleOption(actor: Actor, id: number | undefined) {
  assertCan(actor, "read");
  if (!id) return null;
  const article = await db.article.findUnique({ where: { id }, select: { id: true, title: true } });
  return article ? { id: article.id, label: article.title } : null;
}

export async function getArticleById(actor: Actor, id: number) {
  assertCan(actor, "read");
  const article = await db.article.findUnique({
    where: { id },
    include: {
      createdBy: { select: { name: true } },
      claims: {
        orderBy: [{ start: "asc" }, { id: "asc" }],
        select: { ...CLAIM_SUMMARY_SELECT, excerpt: true, start: true, end: true, speaker: SPEAKER_LINK_SELECT },
      },
    },
  });
  if (!article) throw notFound("That article");
  return article;
}

export interface DuplicateArticle {
  id: number;
  title: string;
  /** why it looks the same, in words */
  reason: string;
}

/** How many articles of about the same length the near-identical text check reads at most. */
const SIMILAR_CANDIDATES = 300;

async function duplicatesIn(tx: Tx, input: Pick<TArticleCreate, "url" | "body">, hash = articleTextHash(input.body)): Promise<DuplicateArticle[]> {
  const found = new Map<number, DuplicateArticle>();
  if (input.url) {
    const wanted = normalizeArticleUrl(input.url);
    const host = wanted.split("/")[0];
    const sameHost = await tx.article.findMany({ where: { url: { contains: host } }, select: { id: true, title: true, url: true }, take: 500 });
    for (const a of sameHost) if (a.url && normalizeArticleUrl(a.url) === wanted) found.set(a.id, { id: a.id, title: a.title, reason: "the same web address" });
  }
  for (const a of await tx.article.findMany({ where: { textHash: hash }, select: { id: true, title: true } }))
    if (!found.has(a.id)) found.set(a.id, { id: a.id, title: a.title, reason: "the same text" });
  // Near-identical text: only articles of about the same length can be, so only those are compared.
  const { min, max } = lengthWindow(input.body.length);
  const lengthRows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Article" WHERE length(body) BETWEEN ${min} AND ${max} ORDER BY id DESC LIMIT ${SIMILAR_CANDIDATES}`;
  const candidates = await tx.article.findMany({
    where: { id: { in: lengthRows.map((r) => Number(r.id)).filter((id) => !found.has(id)) } },
    select: { id: true, title: true, body: true },
  });
  // Reading a long text into shingles takes a while (about 1 s for 5 MB): only when there is one to compare.
  const mine = candidates.length ? shingles(input.body) : new Set<string>();
  for (const a of candidates) {
    const score = similarity(mine, shingles(a.body));
    if (score >= NEAR_IDENTICAL) found.set(a.id, { id: a.id, title: a.title, reason: `nearly the same text (${Math.round(score * 100)}% alike)` });
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

/** Articles already on the desk that the new one looks like: the same web address, or near-identical text. */
export async function findDuplicateArticles(actor: Actor, input: Pick<TArticleCreate, "url" | "body">): Promise<DuplicateArticle[]> {
  assertCan(actor, "article.create");
  return db.$transaction((tx) => duplicatesIn(tx, input));
}

/**
 * Adds an article. One that looks like an article already on the desk is saved all the same (the form
 * warns first); its history says which ones it resembles, and so does the answer (`duplicates`).
 */
export async function createArticle(actor: Actor, input: TArticleCreate) {
  assertCan(actor, "article.create");
  // Claims are found as the article is added, so the desk starts from suggestions, not a blank page; a
  // long article is read in a worker thread before the transaction, which then only writes.
  const { claims: found, textHash } = await readArticleOffThread(input.body);
  return db.$transaction(async (tx) => {
    const duplicates = await duplicatesIn(tx, input, textHash);
    const article = await tx.article.create({ data: { ...input, textHash, createdById: actor.id } });
    await recordAudit(tx, {
      actor,
      entity: "article",
      entityId: article.id,
      action: "create",
      after: { ...pickFields(article, ARTICLE_FIELDS), ...(duplicates.length ? { duplicateOf: duplicates.map((d) => d.id) } : {}) },
      reason: duplicates.length
        ? `Saved although it looks like ${duplicates.map((d) => `article #${d.id} “${d.title}” (${d.reason})`).join(", ")}.`
        : null,
    });
    await storeSuggestions(tx, article.id, found);
    return { ...article, duplicates };
  });
}
