import { revokeApiToken } from "@/lib/data/tokens";
import { routeId, withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** Revokes a token (one's own; admins may revoke anyone's). */
export const DELETE = withActor<{ params: Promise<{ id: string }> }>(async (_request, actor, { params }) => {
  const token = await revokeApiToken(actor, routeId((await params).id));
  return Response.json({ token: { ...token, userId: undefined } });
}, { sessionOnly: true });
