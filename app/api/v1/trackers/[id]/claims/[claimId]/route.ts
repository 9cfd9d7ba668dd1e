import { assertCan } from "@/lib/access/authorize";
import { removeClaimFromTracker } from "@/lib/data/trackers";
import { routeId, withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** Takes a claim off a tracker; the claim itself stays. */
export const DELETE = withActor<{ params: Promise<{ id: string; claimId: string }> }>(async (_request, actor, { params }) => {
  assertCan(actor, "tracker.manage");
  const { id, claimId } = await params;
  return Response.json({ removed: await removeClaimFromTracker(actor, routeId(id), routeId(claimId)) });
});
