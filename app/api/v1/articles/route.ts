import { createArticle, listArticles } from "@/lib/data/articles";
import { assertCan } from "@/lib/access/authorize";
import { parseJsonBody, withActor } from "@/lib/web/http";
import { ZArticleCreate } from "@/lib/validation/article";
import { ZArticleListQuery } from "@/lib/validation/list-query";
import { parseQuery } from "@/lib/web/list-query";

export const dynamic = "force-dynamic";

/**
 * Articles newest first, a page at a time (`after`: the id of the last article seen, `nextCursor` gives it);
 * `q` searches title and outlet. `prefix` instead lists titles starting with it, by title (the type-ahead).
 */
export const GET = withActor(async (request, actor) => {
  assertCan(actor, "read");
  const query = parseQuery(request, ZArticleListQuery);
  const { articles, next } = await listArticles(actor, query);
  return Response.json({ articles, nextCursor: next });
});

export const POST = withActor(async (request, actor) => {
  assertCan(actor, "article.create");
  const input = await parseJsonBody(request, ZArticleCreate);
  const { duplicates, ...article } = await createArticle(actor, input);
  // Saved either way; `duplicates` names the articles on the desk it looks like, and its history records them.
  return Response.json({ article, duplicates }, { status: 201 });
});
