import { createClaim } from "@/lib/data/claims";
import { listClaims } from "@/lib/data/claim-list";
import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import { parseJsonBody, withActor } from "@/lib/web/http";
import { fieldErrorsOf } from "@/lib/validation/common";
import { ZClaimCreate } from "@/lib/validation/claim";
import { ZClaimListQuery } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

/** Claims matching the filters; page through them with `cursor` (the previous answer's `nextCursor`) or `page`. */
export const GET = withActor(async (request, actor) => {
  assertCan(actor, "read");
  const parsed = ZClaimListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("invalid", "Some query parameters are not valid.", { fields: fieldErrorsOf(parsed.error) });
  const query = parsed.data;
  const { rows, total, totalCapped, pageCount, limit, nextCursor } = await listClaims(actor, query);
  return Response.json({ claims: rows, total, totalCapped, limit, nextCursor, page: query.cursor === undefined ? query.page : null, pageCount });
});

export const POST = withActor(async (request, actor) => {
  assertCan(actor, "claim.create");
  const input = await parseJsonBody(request, ZClaimCreate);
  const claim = await createClaim(actor, input);
  return Response.json({ claim }, { status: 201 });
});
