import { assertCan } from "@/lib/data/authorize";
import { withActor } from "@/lib/http";
import { getOpenApiDocument } from "@/lib/openapi";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 description, for anyone signed in or holding a token. */
export const GET = withActor(async (_request, actor) => {
  assertCan(actor, "read");
  return Response.json(getOpenApiDocument());
});
