import { stringify } from "csv-stringify/sync";
import { publicBaseUrl } from "@/lib/base-url";
import { getVerifiedClaims } from "@/lib/data/reports";
import { getSettings } from "@/lib/data/settings";
import { buildClaimReviews } from "@/lib/domain/claim-review";
import { AppError } from "@/lib/errors";
import { withActor } from "@/lib/http";
import { REPORT_COLUMNS, toReportJson, toReportRow } from "@/lib/domain/report-rows";
import { neutralizeCell } from "@/lib/domain/spreadsheet-safe";
import { fieldErrorsOf } from "@/lib/validation/common";
import { ZReportFilter } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "json", "claimreview"] as const;
// Worded so existing clients matching "format must be csv or json" still recognise it.
const FORMAT_MESSAGE = "format must be csv or json (or claimreview for schema.org ClaimReview JSON-LD).";

/**
 * The verified-claims report as CSV (for spreadsheets), JSON, or schema.org ClaimReview JSON-LD, with the
 * filters of /reports.
 */
export const GET = withActor(async (request, actor) => {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (!(FORMATS as readonly string[]).includes(format))
    throw new AppError("invalid", FORMAT_MESSAGE, { fields: { format: [FORMAT_MESSAGE] } });
  const filter = ZReportFilter.safeParse({ from: params.get("from"), to: params.get("to"), article: params.get("article") });
  if (!filter.success) throw new AppError("invalid", "Some filters are not valid.", { fields: fieldErrorsOf(filter.error) });

  const claims = await getVerifiedClaims(actor, filter.data);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "claimreview") {
    const settings = await getSettings(actor);
    const org = { name: settings.organizationName, url: settings.organizationUrl };
    const { records, skipped, warnings } = buildClaimReviews(claims, org, publicBaseUrl());
    // One context for the document; the records in the graph need not repeat it (undefined is not serialised).
    const graph = records.map((record) => ({ ...record, "@context": undefined }));
    const body = { "@context": "https://schema.org", "@graph": graph, skipped, warnings };
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        "Content-Type": "application/ld+json; charset=utf-8",
        "Content-Disposition": `attachment; filename="claimdesk-claimreview-${stamp}.jsonld"`,
        "X-Claimdesk-Skipped": String(skipped.length),
      },
    });
  }
  if (format === "json") {
    return Response.json(
      { generatedAt: new Date().toISOString(), count: claims.length, claims: claims.map(toReportJson) },
      { headers: { "Content-Disposition": `attachment; filename="claimdesk-verified-${stamp}.json"` } },
    );
  }
  const rows = claims.map((claim) => {
    const row = toReportRow(claim);
    return REPORT_COLUMNS.map((column) => neutralizeCell(row[column]));
  });
  const csv = stringify(rows, { header: true, columns: [...REPORT_COLUMNS], bom: true });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="claimdesk-verified-${stamp}.csv"`,
    },
  });
});
