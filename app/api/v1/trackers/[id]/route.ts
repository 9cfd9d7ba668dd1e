import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import { getTrackerById } from "@/lib/data/tracker-reports";
import { trackerJson } from "@/lib/reports/tracker-export";
import { routeId, withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** A tracker with its reports (each with the interval it allows), the conflicts between them and its current estimate. */
export const GET = withActor<{ params: Promise<{ id: string }> }>(async (_request, actor, { params }) => {
  assertCan(actor, "read");
  const tracker = await getTrackerById(actor, routeId((await params).id));
  if (!tracker) throw new AppError("not_found", "That tracker was not found.");
  return Response.json({ tracker: trackerJson(tracker) });
});
