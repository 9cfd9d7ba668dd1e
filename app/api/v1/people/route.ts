import { searchPeople } from "@/lib/data/people";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** People by name for `@` completion: a few at most, active only. */
export const GET = apiRoute(API.searchPeople, async ({ actor, query }) => ({ people: await searchPeople(actor, query.q, query.limit) }));
