import { assertCan } from "@/lib/access/authorize";
import { getSpeakerById } from "@/lib/data/speakers";
import { routeId, withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** A speaker with their claims, most recently changed first. */
export const GET = withActor<{ params: Promise<{ id: string }> }>(async (_request, actor, { params }) => {
  assertCan(actor, "read");
  return Response.json({ speaker: await getSpeakerById(actor, routeId((await params).id)) });
});
