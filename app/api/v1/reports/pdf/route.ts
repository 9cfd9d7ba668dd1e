import { assertCan } from "@/lib/access/authorize";
import { getReportFilterOptions, getVerifiedClaims, nameReportFilter } from "@/lib/data/reports";
import { describeReportFilter, summarizeReport } from "@/lib/reports/report-summary";
import { AppError } from "@/lib/platform/errors";
import { withActor } from "@/lib/web/http";
import { renderReportPdf } from "@/lib/reports/report-pdf";
import { fieldErrorsOf } from "@/lib/validation/common";
import { REPORT_FILTER_KEYS, ZReportFilter } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The verified-claims report as a PDF made on the server, with the filters of /reports. */
export const GET = withActor(async (request, actor) => {
  assertCan(actor, "report.export");
  const params = new URL(request.url).searchParams;
  const filter = ZReportFilter.safeParse(Object.fromEntries(REPORT_FILTER_KEYS.map((key) => [key, params.get(key)])));
  if (!filter.success) throw new AppError("invalid", "Some filters are not valid.", { fields: fieldErrorsOf(filter.error) });

  const [claims, options] = await Promise.all([getVerifiedClaims(actor, filter.data), getReportFilterOptions(actor)]);
  const generatedAt = new Date();
  const pdf = await renderReportPdf({
    claims,
    summary: summarizeReport(claims, options.ratings.map((r) => r.name)),
    selection: describeReportFilter(nameReportFilter(filter.data, options)),
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
