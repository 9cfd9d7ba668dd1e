import { listExternalFactChecks } from "@/lib/data/external-fact-checks";
import { routeId, withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** Other organisations' fact-checks linked to this claim. */
export const GET = withActor<{ params: Promise<{ id: string }> }>(async (_request, actor, { params }) => {
  const externalFactChecks = await listExternalFactChecks(actor, routeId((await params).id));
  return Response.json({ externalFactChecks });
});
