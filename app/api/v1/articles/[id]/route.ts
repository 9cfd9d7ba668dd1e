import { getArticleById } from "@/lib/data/articles";
import { assertCan } from "@/lib/access/authorize";
import { routeId, withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** An article with its text and its claims in reading order. */
export const GET = withActor<{ params: Promise<{ id: string }> }>(async (_request, actor, { params }) => {
  assertCan(actor, "read");
  return Response.json({ article: await getArticleById(actor, routeId((await params).id)) });
});
