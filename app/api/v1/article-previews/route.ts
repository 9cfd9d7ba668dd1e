import { assertCan } from "@/lib/access/authorize";
import { previewArticleFromUrl } from "@/lib/intake/article-preview";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** Fetches a page and reads it as an article for review; nothing is saved (the article is added with POST /api/v1/articles). */
export const POST = apiRoute(API.previewArticle, async ({ request, actor }) => {
  assertCan(actor, "article.create");
  const { url } = await parseJsonBody(request, API.previewArticle.body.json);
  return { preview: await previewArticleFromUrl(actor, url) };
});
