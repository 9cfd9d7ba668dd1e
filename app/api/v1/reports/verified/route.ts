import { publicBaseUrl } from "@/lib/platform/base-url";
import { verifiedClaimBatches } from "@/lib/data/reports";
import { countClaimReviewSkips } from "@/lib/data/report-figures";
import { getSettings } from "@/lib/data/settings";
import { AppError } from "@/lib/platform/errors";
import { claimReviewChunks, csvChunks, jsonChunks, streamOf } from "@/lib/reports/export-stream";
import { withActor } from "@/lib/web/http";
import { fieldErrorsOf } from "@/lib/validation/common";
import { REPORT_FILTER_KEYS, ZReportFilter } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "json", "claimreview"] as const;
// Worded so existing clients matching "format must be csv or json" still recognise it.
const FORMAT_MESSAGE = "format must be csv or json (or claimreview for schema.org ClaimReview JSON-LD).";

/**
 * The verified-claims report as CSV (for spreadsheets), JSON, or schema.org ClaimReview JSON-LD, with the
 * filters of /reports. The body is streamed a batch of claims at a time, so any size comes out in bounded memory.
 */
export const GET = withActor(async (request, actor) => {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (!(FORMATS as readonly string[]).includes(format))
    throw new AppError("invalid", FORMAT_MESSAGE, { fields: { format: [FORMAT_MESSAGE] } });
  const filter = ZReportFilter.safeParse(Object.fromEntries(REPORT_FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined])));
  if (!filter.success) throw new AppError("invalid", "Some filters are not valid.", { fields: fieldErrorsOf(filter.error) });

  const batches = () => verifiedClaimBatches(actor, filter.data);
  const stamp = new Date().toISOString().slice(0, 10);
  const download = (name: string, extension: string) => `attachment; filename="${name}-${stamp}.${extension}"`;

  if (format === "claimreview") {
    const settings = await getSettings(actor);
    const org = { name: settings.organizationName, url: settings.organizationUrl };
    const baseUrl = publicBaseUrl();
    // Counted by the database, so the header can say it before the body's first byte.
    const skipped = await countClaimReviewSkips(actor, filter.data, org.name);
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
