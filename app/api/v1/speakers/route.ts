import { assertCan } from "@/lib/access/authorize";
import { listSpeakers } from "@/lib/data/speakers";
import { withActor } from "@/lib/web/http";
import { ZSpeakerListQuery } from "@/lib/validation/list-query";
import { parseQuery } from "@/lib/web/list-query";

export const dynamic = "force-dynamic";

/**
 * Speakers by name, a page at a time (`after`: the id of the last speaker seen, `nextCursor` gives it), with
 * how many claims each made in each workflow state. `prefix` keeps names starting with it (case ignored).
 */
export const GET = withActor(async (request, actor) => {
  assertCan(actor, "read");
  const query = parseQuery(request, ZSpeakerListQuery);
  const { speakers, next } = await listSpeakers(actor, { prefix: query.prefix, after: query.after, limit: query.limit });
  return Response.json({ speakers, nextCursor: next });
});
