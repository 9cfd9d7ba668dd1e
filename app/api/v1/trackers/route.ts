import { assertCan } from "@/lib/access/authorize";
import { createTracker, listTrackers } from "@/lib/data/trackers";
import { parseJsonBody, withActor } from "@/lib/web/http";
import { ZTrackerCreate } from "@/lib/validation/tracker";

export const dynamic = "force-dynamic";

/** Every figure tracker, most recently changed first, with how many reports each holds. */
export const GET = withActor(async (_request, actor) => {
  assertCan(actor, "read");
  const trackers = await listTrackers(actor);
  return Response.json({ trackers: trackers.map(({ _count, ...t }) => ({ ...t, reportCount: _count.claims })) });
});

export const POST = withActor(async (request, actor) => {
  assertCan(actor, "tracker.manage");
  const input = await parseJsonBody(request, ZTrackerCreate);
  return Response.json({ tracker: await createTracker(actor, input) }, { status: 201 });
});
