import { getClaimById, updateClaim } from "@/lib/data/claims";
import { assertCan } from "@/lib/access/authorize";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(API.getClaim, async ({ actor, id }) => {
  assertCan(actor, "read");
  return { claim: await getClaimById(actor, id) };
});

/** Saves an edit made on top of `version`; 409 with who changed what when someone saved in between. */
export const PATCH = apiRoute(API.updateClaim, async ({ request, actor, id }) => {
  assertCan(actor, "claim.edit");
  const input = await parseJsonBody(request, API.updateClaim.body.json);
  return { claim: await updateClaim(actor, id, input) };
});
