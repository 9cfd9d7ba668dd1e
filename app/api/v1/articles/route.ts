import { createArticle, listArticles } from "@/lib/data/articles";
import { assertCan } from "@/lib/access/authorize";
import { parseJsonBody, withActor } from "@/lib/web/http";
import { ZArticleCreate } from "@/lib/validation/article";
import { markedHtml } from "@/lib/web/marked-html";
import { cutText } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

export const GET = withActor(async (request, actor) => {
  assertCan(actor, "read");
  const q = cutText(new URL(request.url).searchParams.get("q") ?? "", 200) || undefined;
  const articles = (await listArticles(actor, { q })).map(({ highlight, ...article }) =>
    // With search text, where each article matched: HTML, escaped, with the matches in <mark>.
    q ? { ...article, highlight: { title: markedHtml(highlight?.title ?? null), snippet: markedHtml(highlight?.snippet ?? null) } } : article,
  );
  return Response.json({ articles });
});

export const POST = withActor(async (request, actor) => {
  assertCan(actor, "article.create");
  const input = await parseJsonBody(request, ZArticleCreate);
  const { duplicates, ...article } = await createArticle(actor, input);
  // Saved either way; `duplicates` names the articles on the desk it looks like, and its history records them.
  return Response.json({ article, duplicates }, { status: 201 });
});
