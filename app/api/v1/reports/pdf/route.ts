import { assertCan } from "@/lib/access/authorize";
import { getReportFilterOptions, nameReportFilter, reportCorrectionBatches, verifiedClaimBatches } from "@/lib/data/reports";
import { getReportSummary } from "@/lib/data/report-figures";
import { describeReportFilter } from "@/lib/reports/report-summary";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { streamReportPdf } from "@/lib/reports/report-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The verified-claims report as a PDF made on the server, with the filters of /reports: the figures from the
 * database's counts, then the claims streamed into the file a batch at a time.
 */
export const GET = apiRoute(API.reportPdf, async ({ actor, query: filter }) => {
  assertCan(actor, "report.export");
  const options = await getReportFilterOptions(actor, filter);
  const summary = await getReportSummary(actor, filter, options.ratings.map((r) => r.name));
  const generatedAt = new Date();
  const pdf = streamReportPdf({
    claims: verifiedClaimBatches(actor, filter),
    corrections: reportCorrectionBatches(actor, filter),
    summary,
    selection: describeReportFilter(nameReportFilter(filter, options)),
    generatedAt,
  });
  return new Response(pdf, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="claimdesk-report-${generatedAt.toISOString().slice(0, 10)}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
});
