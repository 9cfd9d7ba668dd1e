import { assertCan } from "@/lib/access/authorize";
import { getSpeakerById } from "@/lib/data/speakers";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** A speaker with their claims, most recently changed first. */
export const GET = apiRoute(API.getSpeaker, async ({ actor, id }) => {
  assertCan(actor, "read");
  return { speaker: await getSpeakerById(actor, id) };
});
