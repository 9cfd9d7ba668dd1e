import { assertCan } from "@/lib/access/authorize";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { getOpenApiDocument } from "@/lib/web/openapi";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 description, for anyone signed in or holding a token. */
export const GET = apiRoute(API.openApiDocument, async ({ actor }) => {
  assertCan(actor, "read");
  return { ...getOpenApiDocument() };
});
