import { getClaimById, patchClaim } from "@/lib/data/claims";
import { assertCan } from "@/lib/access/authorize";
import { parseJsonBody, routeId, withActor } from "@/lib/web/http";
import { ZClaimPatch } from "@/lib/validation/claim";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = withActor<Context>(async (_request, actor, { params }) => {
  assertCan(actor, "read");
  const claim = await getClaimById(actor, routeId((await params).id));
  return Response.json({ claim });
});

/**
 * A JSON merge patch made on top of `version`: only the fields sent change, `null` clears one. 409 with who
 * changed what when someone saved in between; 422 naming `correctionNote` when a published claim would
 * change without one.
 */
export const PATCH = withActor<Context>(async (request, actor, { params }) => {
  assertCan(actor, "claim.edit");
  const id = routeId((await params).id);
  const patch = await parseJsonBody(request, ZClaimPatch);
  return Response.json({ claim: await patchClaim(actor, id, patch) });
});
