import { assertCan } from "@/lib/access/authorize";
import { withActor } from "@/lib/web/http";
import { getOpenApiDocument } from "@/lib/web/openapi";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 description, for anyone signed in or holding a token. */
export const GET = withActor(async (_request, actor) => {
  assertCan(actor, "read");
  return Response.json(getOpenApiDocument());
});
