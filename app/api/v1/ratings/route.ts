import { listRatings } from "@/lib/data/ratings";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** The rating scale in display order (active labels; `?all=1` includes retired ones). */
export const GET = apiRoute(API.listRatings, async ({ actor, query }) => ({
  ratings: await listRatings(actor, { includeRetired: query.all === "1" }),
}));
