import { listRatings } from "@/lib/data/ratings";
import { withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** The rating scale in display order (active labels; `?all=1` includes retired ones). */
export const GET = withActor(async (request, actor) => {
  const includeRetired = new URL(request.url).searchParams.get("all") === "1";
  return Response.json({ ratings: await listRatings(actor, { includeRetired }) });
});
