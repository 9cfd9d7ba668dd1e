import { createApiToken, listApiTokens } from "@/lib/data/tokens";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";

export const dynamic = "force-dynamic";

// Session only (see API.listTokens): a leaked token must not be able to mint more tokens or hide itself.

/** The signed-in person's tokens (prefix only, never the secret). */
export const GET = apiRoute(API.listTokens, async ({ actor }) => ({ tokens: await listApiTokens(actor) }));

/** Creates a token; the answer's `token.token` is the only time the secret is shown. */
export const POST = apiRoute(API.createToken, async ({ request, actor }) => {
  const input = await parseJsonBody(request, API.createToken.body.json);
  return { token: await createApiToken(actor, input) };
});
