import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import { getTrackerById } from "@/lib/data/tracker-reports";
import { trackerJson } from "@/lib/reports/tracker-export";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** A tracker with its reports (each with the interval it allows), the conflicts between them and its current estimate. */
export const GET = apiRoute(API.getTracker, async ({ actor, id }) => {
  assertCan(actor, "read");
  const tracker = await getTrackerById(actor, id);
  if (!tracker) throw new AppError("not_found", "That tracker was not found.");
  return { tracker: trackerJson(tracker) };
});
