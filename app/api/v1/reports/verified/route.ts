import { publicBaseUrl } from "@/lib/platform/base-url";
import { verifiedClaimBatches } from "@/lib/data/reports";
import { getSettings } from "@/lib/data/settings";
import { claimReviewChunks, countUnexportable, csvChunks, jsonChunks, streamOf } from "@/lib/reports/export-stream";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/**
 * The verified-claims report as CSV (for spreadsheets), JSON, or schema.org ClaimReview JSON-LD, with the
 * filters of /reports. The body is streamed a batch of claims at a time, so any size comes out in bounded memory.
 */
export const GET = apiRoute(API.exportVerified, async ({ actor, query }) => {
  const { format, ...filter } = query;
  const batches = () => verifiedClaimBatches(actor, filter);
  const stamp = new Date().toISOString().slice(0, 10);
  const download = (name: string, extension: string) => `attachment; filename="${name}-${stamp}.${extension}"`;

  if (format === "claimreview") {
    const settings = await getSettings(actor);
    const org = { name: settings.organizationName, url: settings.organizationUrl };
    const baseUrl = publicBaseUrl();
    // A first pass counts what cannot be exported, so the header can say it before the body streams.
    const skipped = await countUnexportable(batches(), org, baseUrl);
    return new Response(streamOf(claimReviewChunks(batches(), org, baseUrl)), {
      headers: {
        "Content-Type": "application/ld+json; charset=utf-8",
        "Content-Disposition": download("claimdesk-claimreview", "jsonld"),
        "X-Claimdesk-Skipped": String(skipped),
      },
    });
  }
  if (format === "json") {
    return new Response(streamOf(jsonChunks(batches())), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": download("claimdesk-verified", "json") },
    });
  }
  return new Response(streamOf(csvChunks(batches())), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": download("claimdesk-verified", "csv") },
  });
});
