import { assertCan } from "@/lib/access/authorize";
import { addClaimToTracker, removeClaimFromTracker } from "@/lib/data/trackers";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";
import { ZTrackerClaim } from "@/lib/validation/tracker";

export const dynamic = "force-dynamic";

/** Adds a claim with a figure of the tracker's unit as a report. */
export const POST = apiRoute(API.addTrackerClaim, async ({ request, actor, id }) => {
  assertCan(actor, "tracker.manage");
  const { claimId } = await parseJsonBody(request, ZTrackerClaim);
  const link = await addClaimToTracker(actor, id, claimId);
  return { report: { trackerId: link.trackerId, claimId: link.claimId, addedAt: link.addedAt } };
});

/** Takes `?claimId=` off the tracker; the claim itself stays. */
export const DELETE = apiRoute(API.removeTrackerClaim, async ({ actor, id, query }) => {
  assertCan(actor, "tracker.manage");
  return { removed: await removeClaimFromTracker(actor, id, query.claimId) };
});
