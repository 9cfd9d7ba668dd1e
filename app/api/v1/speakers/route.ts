import { assertCan } from "@/lib/access/authorize";
import { listSpeakers } from "@/lib/data/speakers";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** Every speaker by name, with how many claims they made in each workflow state. */
export const GET = apiRoute(API.listSpeakers, async ({ actor }) => {
  assertCan(actor, "read");
  return { speakers: await listSpeakers(actor) };
});
