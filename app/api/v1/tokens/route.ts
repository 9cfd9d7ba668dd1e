import { createApiToken, listApiTokens } from "@/lib/data/tokens";
import { parseJsonBody, withActor } from "@/lib/web/http";
import { ZTokenCreate } from "@/lib/validation/tokens";

export const dynamic = "force-dynamic";

// Session only: a leaked token must not be able to mint more tokens or hide itself.
const SESSION_ONLY = { sessionOnly: true };

/** The signed-in person's tokens (prefix only, never the secret). */
export const GET = withActor(async (_request, actor) => Response.json({ tokens: await listApiTokens(actor) }), SESSION_ONLY);

/** Creates a token; the answer's `token.token` is the only time the secret is shown. */
export const POST = withActor(async (request, actor) => {
  const input = await parseJsonBody(request, ZTokenCreate);
  return Response.json({ token: await createApiToken(actor, input) }, { status: 201 });
}, SESSION_ONLY);
