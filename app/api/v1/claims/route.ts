import { createClaim } from "@/lib/data/claims";
import { listClaims } from "@/lib/data/claim-list";
import { assertCan } from "@/lib/access/authorize";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";
import { markedHtml } from "@/lib/web/marked-html";
import { withSearchOrder } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

/** Claims matching the filters; page through them with `cursor` (the previous answer's `nextCursor`) or `page`. */
export const GET = apiRoute(API.listClaims, async ({ actor, query }) => {
  assertCan(actor, "read");
  const { rows, total, totalCapped, rankedAmongNewest, pageCount, limit, nextCursor } = await listClaims(actor, withSearchOrder(query));
  // With search text, each claim says where it matched: HTML, escaped, with the matches in <mark>.
  const claims = rows.map(({ highlight, ...claim }) =>
    query.q ? { ...claim, highlight: { statement: markedHtml(highlight?.statement ?? null), excerpt: markedHtml(highlight?.excerpt ?? null), speaker: markedHtml(highlight?.speaker ?? null) } } : claim,
  );
  return { claims, total, totalCapped, rankedAmongNewest, limit, nextCursor, page: query.cursor === undefined ? query.page : null, pageCount };
});

export const POST = apiRoute(API.createClaim, async ({ request, actor }) => {
  assertCan(actor, "claim.create");
  const input = await parseJsonBody(request, API.createClaim.body.json);
  return { claim: await createClaim(actor, input) };
});
