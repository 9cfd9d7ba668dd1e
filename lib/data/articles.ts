/** Data access for articles: list, read and add (with claim suggestions extracted on the way in). */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleTextHash, lengthWindow, NEAR_IDENTICAL, normalizeArticleUrl, shingles, similarity } from "@/lib/imports/duplicate-article";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { TArticleCreate } from "@/lib/validation/article";
import { pickFields } from "@/lib/data/audit-diff";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { CLAIM_SUMMARY_SELECT, SPEAKER_LINK_SELECT } from "./claim-select";
import { storeSuggestions } from "./suggestions";
import { searchArticles } from "./search";
import type { MarkedPiece } from "./search-query";

export interface ArticleHighlight {
  title: MarkedPiece[] | null;
  snippet: MarkedPiece[] | null;
}

const ARTICLE_FIELDS = ["title", "outlet", "url", "publishedAt"] as const;

const ARTICLE_ROW = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  publishedAt: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  _count: { select: { claims: true } },
} satisfies Prisma.ArticleSelect;

/** Articles found by a search, best match first: at most this many. */
export const ARTICLE_SEARCH_LIMIT = 100;

/**
 * The desk's articles, newest first; with `q`, those whose title, outlet or body match it (full-text,
 * best match first, at most ARTICLE_SEARCH_LIMIT), each with its matches marked.
 */
export async function listArticles(actor: Actor, options: { q?: string } = {}) {
  assertCan(actor, "read");
  if (options.q) {
    const { hits } = await searchArticles(actor, options.q, ARTICLE_SEARCH_LIMIT);
    const found = new Map((await db.article.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: ARTICLE_ROW })).map((a) => [a.id, a]));
    return hits.flatMap(({ id, title, snippet }) => (found.has(id) ? [{ ...found.get(id)!, highlight: { title, snippet } as ArticleHighlight | null }] : []));
  }
  const rows = await db.article.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: ARTICLE_ROW });
  return rows.map((row) => ({ ...row, highlight: null as ArticleHighlight | null }));
}

export async function listArticleOptions(actor: Actor) {
  assertCan(actor, "read");
  return db.article.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } });
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

async function duplicatesIn(tx: Tx, input: Pick<TArticleCreate, "url" | "body">): Promise<DuplicateArticle[]> {
  const found = new Map<number, DuplicateArticle>();
  if (input.url) {
    const wanted = normalizeArticleUrl(input.url);
    const host = wanted.split("/")[0];
    const sameHost = await tx.article.findMany({ where: { url: { contains: host } }, select: { id: true, title: true, url: true }, take: 500 });
    for (const a of sameHost) if (a.url && normalizeArticleUrl(a.url) === wanted) found.set(a.id, { id: a.id, title: a.title, reason: "the same web address" });
  }
  const hash = articleTextHash(input.body);
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
  const mine = shingles(input.body);
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
  return db.$transaction(async (tx) => {
    const duplicates = await duplicatesIn(tx, input);
    const article = await tx.article.create({ data: { ...input, textHash: articleTextHash(input.body), createdById: actor.id } });
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
    // Claims are found as the article is added, so the desk starts from suggestions, not a blank page.
    await storeSuggestions(tx, article.id, article.body);
    return { ...article, duplicates };
  });
}
