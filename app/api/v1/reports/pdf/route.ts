import { assertCan } from "@/lib/access/authorize";
import { getReportFilterOptions, getVerifiedClaims, nameReportFilter } from "@/lib/data/reports";
import { describeReportFilter, summarizeReport } from "@/lib/reports/report-summary";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { renderReportPdf } from "@/lib/reports/report-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The verified-claims report as a PDF made on the server, with the filters of /reports. */
export const GET = apiRoute(API.reportPdf, async ({ actor, query: filter }) => {
  assertCan(actor, "report.export");

  const [claims, options] = await Promise.all([getVerifiedClaims(actor, filter), getReportFilterOptions(actor)]);
  const generatedAt = new Date();
  const pdf = await renderReportPdf({
    claims,
    summary: summarizeReport(claims, options.ratings.map((r) => r.name)),
    selection: describeReportFilter(nameReportFilter(filter, options)),
    generatedAt,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="claimdesk-report-${generatedAt.toISOString().slice(0, 10)}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
});
