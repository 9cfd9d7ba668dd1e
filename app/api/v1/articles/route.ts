import { createArticle, listArticles } from "@/lib/data/articles";
import { assertCan } from "@/lib/access/authorize";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";
import { markedHtml } from "@/lib/web/marked-html";

export const dynamic = "force-dynamic";

export const GET = apiRoute(API.listArticles, async ({ actor, query }) => {
  assertCan(actor, "read");
  const q = query.q;
  const articles = (await listArticles(actor, { q })).map(({ highlight, ...article }) =>
    // With search text, where each article matched: HTML, escaped, with the matches in <mark>.
    q ? { ...article, highlight: { title: markedHtml(highlight?.title ?? null), snippet: markedHtml(highlight?.snippet ?? null) } } : article,
  );
  return { articles };
});

export const POST = apiRoute(API.createArticle, async ({ request, actor }) => {
  assertCan(actor, "article.create");
  const input = await parseJsonBody(request, API.createArticle.body.json);
  const { duplicates, ...article } = await createArticle(actor, input);
  // Saved either way; `duplicates` names the articles on the desk it looks like, and its history records them.
  return { article, duplicates };
});
