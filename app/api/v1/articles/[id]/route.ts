import { getArticleById } from "@/lib/data/articles";
import { assertCan } from "@/lib/access/authorize";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** An article with its text and its claims in reading order. */
export const GET = apiRoute(API.getArticle, async ({ actor, id }) => {
  assertCan(actor, "read");
  return { article: await getArticleById(actor, id) };
});
