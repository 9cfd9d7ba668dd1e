import { createClaim } from "@/lib/data/claims";
import { listClaims } from "@/lib/data/claim-list";
import { assertCan } from "@/lib/data/authorize";
import { parseJsonBody, withActor } from "@/lib/http";
import { ZClaimCreate } from "@/lib/validation/claim";
import { ZClaimListQuery } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

export const GET = withActor(async (request, actor) => {
  const query = ZClaimListQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, total, pageCount } = await listClaims(actor, query);
  return Response.json({ claims: rows, total, page: query.page, pageCount });
});

export const POST = withActor(async (request, actor) => {
  assertCan(actor, "claim.create");
  const input = await parseJsonBody(request, ZClaimCreate);
  const claim = await createClaim(actor, input);
  return Response.json({ claim }, { status: 201 });
});
