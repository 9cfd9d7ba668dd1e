import { getClaimById, patchClaim } from "@/lib/data/claims";
import { assertCan } from "@/lib/access/authorize";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(API.getClaim, async ({ actor, id }) => {
  assertCan(actor, "read");
  return { claim: await getClaimById(actor, id) };
});

/**
 * A JSON merge patch made on top of `version`: only the fields sent change, `null` clears one. 409 with who
 * changed what when someone saved in between; 422 naming `correctionNote` when a published claim would
 * change without one.
 */
export const PATCH = apiRoute(API.patchClaim, async ({ request, actor, id }) => {
  assertCan(actor, "claim.edit");
  const patch = await parseJsonBody(request, API.patchClaim.body.json);
  return { claim: await patchClaim(actor, id, patch) };
});
