import { assertCan } from "@/lib/access/authorize";
import { transitionClaim } from "@/lib/data/workflow";
import { parseJsonBody, routeId, withActor } from "@/lib/web/http";
import { ZTransition } from "@/lib/validation/claim";

export const dynamic = "force-dynamic";

/** A move in the verification workflow: `{"action":"propose","version":3,"ratingId":1,"explanation":"…"}`. */
export const POST = withActor<{ params: Promise<{ id: string }> }>(async (request, actor, { params }) => {
  assertCan(actor, "claim.edit");
  const id = routeId((await params).id);
  const input = await parseJsonBody(request, ZTransition);
  return Response.json({ claim: await transitionClaim(actor, id, input) });
});
