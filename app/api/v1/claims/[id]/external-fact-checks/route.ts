import { listExternalFactChecks } from "@/lib/data/external-fact-checks";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** Other organisations' fact-checks linked to this claim. */
export const GET = apiRoute(API.listExternalFactChecks, async ({ actor, id }) => ({ externalFactChecks: await listExternalFactChecks(actor, id) }));
