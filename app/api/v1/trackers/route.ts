import { assertCan } from "@/lib/access/authorize";
import { createTracker, listTrackers } from "@/lib/data/trackers";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";
import { ZTrackerCreate } from "@/lib/validation/tracker";

export const dynamic = "force-dynamic";

/** One page of the figure trackers, most recently changed first, with how many reports each holds. */
export const GET = apiRoute(API.listTrackers, async ({ actor, query }) => {
  assertCan(actor, "read");
  const { trackers, ...paging } = await listTrackers(actor, query);
  return { trackers: trackers.map(({ _count, ...t }) => ({ ...t, reportCount: _count.claims })), ...paging };
});

export const POST = apiRoute(API.createTracker, async ({ request, actor }) => {
  assertCan(actor, "tracker.manage");
  return { tracker: await createTracker(actor, await parseJsonBody(request, ZTrackerCreate)) };
});
