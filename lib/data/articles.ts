/** Data access for articles: list, read and add (with claim suggestions extracted on the way in). */
import "server-only";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { TArticleCreate } from "@/lib/validation/article";
import { pickFields } from "@/lib/data/audit-diff";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { CLAIM_SUMMARY_SELECT, SPEAKER_LINK_SELECT } from "./claim-select";
import { storeSuggestions } from "./suggestions";

const ARTICLE_FIELDS = ["title", "outlet", "url", "publishedAt"] as const;

export async function listArticles(actor: Actor, options: { q?: string } = {}) {
  assertCan(actor, "read");
  return db.article.findMany({
    where: options.q ? { OR: [{ title: { contains: options.q } }, { outlet: { contains: options.q } }] } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { claims: true } },
    },
  });
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

export async function createArticle(actor: Actor, input: TArticleCreate) {
  assertCan(actor, "article.create");
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({ data: { ...input, createdById: actor.id } });
    await recordAudit(tx, {
      actor,
      entity: "article",
      entityId: article.id,
      action: "create",
      after: pickFields(article, ARTICLE_FIELDS),
    });
    // Claims are found as the article is added, so the desk starts from suggestions, not a blank page.
    await storeSuggestions(tx, article.id, article.body);
    return article;
  });
}
