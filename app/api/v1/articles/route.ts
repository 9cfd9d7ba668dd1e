import { createArticle, listArticles } from "@/lib/data/articles";
import { assertCan } from "@/lib/access/authorize";
import { parseJsonBody, withActor } from "@/lib/web/http";
import { ZArticleCreate } from "@/lib/validation/article";

export const dynamic = "force-dynamic";

export const GET = withActor(async (request, actor) => {
  assertCan(actor, "read");
  const q = new URL(request.url).searchParams.get("q")?.slice(0, 200) || undefined;
  return Response.json({ articles: await listArticles(actor, { q }) });
});

export const POST = withActor(async (request, actor) => {
  assertCan(actor, "article.create");
  const input = await parseJsonBody(request, ZArticleCreate);
  const { duplicates, ...article } = await createArticle(actor, input);
  // Saved either way; `duplicates` names the articles on the desk it looks like, and its history records them.
  return Response.json({ article, duplicates }, { status: 201 });
});
