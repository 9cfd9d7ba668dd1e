import { changeClaimStatus } from "@/lib/data/claims";
import { assertCan } from "@/lib/data/authorize";
import { parseJsonBody, routeId, withActor } from "@/lib/http";
import { ZStatusChange } from "@/lib/validation/claim";

export const dynamic = "force-dynamic";

export const POST = withActor<{ params: Promise<{ id: string }> }>(async (request, actor, { params }) => {
  assertCan(actor, "status.progress");
  const id = routeId((await params).id);
  const change = await parseJsonBody(request, ZStatusChange);
  return Response.json({ claim: await changeClaimStatus(actor, id, change) });
});
