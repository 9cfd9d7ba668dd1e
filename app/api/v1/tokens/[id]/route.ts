import { revokeApiToken } from "@/lib/data/tokens";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** Revokes a token (one's own; admins may revoke anyone's). Session only, like all token management. */
export const DELETE = apiRoute(API.revokeToken, async ({ actor, id }) => {
  const token = await revokeApiToken(actor, id);
  return { token: { ...token, userId: undefined } };
});
