import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/platform/session";
import { resolvePickedNames } from "@/app/_components/picked-ids";
import { getReportFilterOptions, listReportClaims, listReportCorrections, nameReportFilter, parseReportCursor } from "@/lib/data/reports";
import { getReportSummary } from "@/lib/data/report-figures";
import { describeReportFilter } from "@/lib/reports/report-summary";
import { formatDate } from "@/lib/web/format";
import { fieldErrorsOf } from "@/lib/validation/common";
import { parseReportFilter, reportQuery } from "./report-query";
import { ReportFilters } from "./report-filters";
import { SummaryCards } from "./summary-cards";
import { ReportCharts } from "./report-charts";
import { ReportClaims, ReportCorrections } from "./report-claims";

export const metadata: Metadata = { title: "Verified-claims report" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const raw = await resolvePickedNames(actor, Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const parsed = parseReportFilter((key) => raw[key]);
  const filter = parsed.success ? parsed.data : {};
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const after = parseReportCursor(raw.after);
  const before = after ? undefined : parseReportCursor(raw.before);
  // The claims and corrections do not wait for the filter's menus; only the summary needs the rating scale's order.
  const reading = getReportFilterOptions(actor, filter);
  const [options, summary, page, corrections] = await Promise.all([
    reading,
    reading.then((read) => getReportSummary(actor, filter, read.ratings.map((r) => r.name))),
    listReportClaims(actor, filter, { after, before }),
    listReportCorrections(actor, filter),
  ]);
  const selection = describeReportFilter(nameReportFilter(filter, options));
  const query = reportQuery(filter);
  const exportHref = (format: string) => `/api/v1/reports/verified?${new URLSearchParams([...query, ["format", format]])}`;
  const pageHref = (key: "after" | "before", cursor: string) => `/reports?${new URLSearchParams([...query, [key, cursor]])}#report-claims`;

  return (
    <>
      <div className="page-head">
        <h1>Verified-claims report</h1>
        <div className="actions no-print">
          <a className="button secondary" href={exportHref("csv")} download>Download CSV</a>
          <a className="button secondary" href={exportHref("json")} download>Download JSON</a>
          <a className="button secondary" href={exportHref("claimreview")} download>Download ClaimReview</a>
          <a className="button secondary" href={`/api/v1/reports/pdf${query.size ? `?${query}` : ""}`} download>Download PDF</a>
        </div>
      </div>
      <ReportFilters raw={raw} options={options} errors={errors} />
      {!parsed.success && (
        <div role="alert" id="report-filter-error" className="form-message error">
          {Object.values(errors).flat().join(" ")} Showing the whole report instead.
        </div>
      )}
      <p className="muted report-selection">
        {summary.verdicts.toLocaleString("en-GB")} published {summary.verdicts === 1 ? "verdict" : "verdicts"}
        {selection.length > 0 ? ` · ${selection.join(" · ")}` : " · all articles"}. Generated {formatDate(new Date())}.
      </p>
      <SummaryCards summary={summary} />
      <ReportCharts summary={summary} />
      <ReportClaims claims={page.claims} />
      {(page.previous || page.next) && (
        <nav className="pagination no-print" aria-label="Report pages">
          {page.previous && <Link href={pageHref("before", page.previous)}>← Previous claims</Link>}
          {page.next && <Link href={pageHref("after", page.next)}>Next claims →</Link>}
        </nav>
      )}
      <ReportCorrections corrections={corrections} total={summary.corrections} />
    </>
  );
}
