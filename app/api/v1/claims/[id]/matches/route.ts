import { assertCan } from "@/lib/access/authorize";
import { findClaimMatches, getClaimGroup, linkClaims, unlinkClaim } from "@/lib/data/claim-matches";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";
import { ZClaimLink } from "@/lib/validation/claim-match";

export const dynamic = "force-dynamic";

/** The claim's group (root and appearances) and the earlier claims that match it, with tiers and scores. */
export const GET = apiRoute(API.listClaimMatches, async ({ actor, id }) => {
  const [{ root, appearances }, matches] = await Promise.all([getClaimGroup(actor, id), findClaimMatches(actor, id)]);
  return { group: { root, appearances }, matches };
});

/** Links the claim to `{"targetId": …}`: the target group's verdict covers it. */
export const POST = apiRoute(API.linkClaim, async ({ request, actor, id }) => {
  assertCan(actor, "claim.edit");
  const { targetId } = await parseJsonBody(request, ZClaimLink);
  return { link: await linkClaims(actor, id, targetId) };
});

/** Takes the claim out of its group, with an optional `?reason=` for the history. */
export const DELETE = apiRoute(API.unlinkClaim, async ({ actor, id, query }) => {
  assertCan(actor, "claim.edit");
  return { unlinked: await unlinkClaim(actor, id, query.reason) };
});
