import { assertCan } from "@/lib/access/authorize";
import { getReportFilterOptions, nameReportFilter, reportCorrectionBatches, verifiedClaimBatches } from "@/lib/data/reports";
import { getReportSummary } from "@/lib/data/report-figures";
import { describeReportFilter } from "@/lib/reports/report-summary";
import { AppError } from "@/lib/platform/errors";
import { withActor } from "@/lib/web/http";
import { streamReportPdf } from "@/lib/reports/report-pdf";
import { fieldErrorsOf } from "@/lib/validation/common";
import { REPORT_FILTER_KEYS, ZReportFilter } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The verified-claims report as a PDF made on the server, with the filters of /reports: the figures from the
 * database's counts, then the claims streamed into the file a batch at a time.
 */
export const GET = withActor(async (request, actor) => {
  assertCan(actor, "report.export");
  const params = new URL(request.url).searchParams;
  const filter = ZReportFilter.safeParse(Object.fromEntries(REPORT_FILTER_KEYS.map((key) => [key, params.get(key)])));
  if (!filter.success) throw new AppError("invalid", "Some filters are not valid.", { fields: fieldErrorsOf(filter.error) });

  const options = await getReportFilterOptions(actor, filter.data);
  const summary = await getReportSummary(actor, filter.data, options.ratings.map((r) => r.name));
  const generatedAt = new Date();
  const pdf = streamReportPdf({
    claims: verifiedClaimBatches(actor, filter.data),
    corrections: reportCorrectionBatches(actor, filter.data),
    summary,
    selection: describeReportFilter(nameReportFilter(filter.data, options)),
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
