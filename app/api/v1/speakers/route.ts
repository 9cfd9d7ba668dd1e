import { assertCan } from "@/lib/access/authorize";
import { listSpeakers } from "@/lib/data/speakers";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/**
 * Speakers by name, a page at a time (`after`: the id of the last speaker seen, `nextCursor` gives it), with
 * how many claims each made in each workflow state. `prefix` keeps names starting with it (case ignored).
 */
export const GET = apiRoute(API.listSpeakers, async ({ actor, query }) => {
  assertCan(actor, "read");
  const { speakers, next } = await listSpeakers(actor, { prefix: query.prefix, after: query.after, limit: query.limit });
  return { speakers, nextCursor: next };
});
