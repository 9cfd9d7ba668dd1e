import { assertCan } from "@/lib/access/authorize";
import { listSpeakers } from "@/lib/data/speakers";
import { withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** Every speaker by name, with how many claims they made in each workflow state. */
export const GET = withActor(async (_request, actor) => {
  assertCan(actor, "read");
  return Response.json({ speakers: await listSpeakers(actor) });
});
