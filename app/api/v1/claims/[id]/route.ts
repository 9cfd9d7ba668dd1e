import { getClaimById, updateClaim } from "@/lib/data/claims";
import { assertCan } from "@/lib/access/authorize";
import { parseJsonBody, routeId, withActor } from "@/lib/web/http";
import { ZClaimUpdate } from "@/lib/validation/claim";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = withActor<Context>(async (_request, actor, { params }) => {
  assertCan(actor, "read");
  const claim = await getClaimById(actor, routeId((await params).id));
  return Response.json({ claim });
});

/** Saves an edit made on top of `version`; 409 with who changed what when someone saved in between. */
export const PATCH = withActor<Context>(async (request, actor, { params }) => {
  assertCan(actor, "claim.edit");
  const id = routeId((await params).id);
  const input = await parseJsonBody(request, ZClaimUpdate);
  return Response.json({ claim: await updateClaim(actor, id, input) });
});
