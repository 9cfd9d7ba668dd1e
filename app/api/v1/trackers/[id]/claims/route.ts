import { assertCan } from "@/lib/access/authorize";
import { addClaimToTracker } from "@/lib/data/trackers";
import { parseJsonBody, routeId, withActor } from "@/lib/web/http";
import { ZTrackerClaim } from "@/lib/validation/tracker";

export const dynamic = "force-dynamic";

/** Adds a claim with a figure of the tracker's unit as a report. */
export const POST = withActor<{ params: Promise<{ id: string }> }>(async (request, actor, { params }) => {
  assertCan(actor, "tracker.manage");
  const trackerId = routeId((await params).id);
  const { claimId } = await parseJsonBody(request, ZTrackerClaim);
  const link = await addClaimToTracker(actor, trackerId, claimId);
  return Response.json({ report: { trackerId: link.trackerId, claimId: link.claimId, addedAt: link.addedAt } }, { status: 201 });
});
