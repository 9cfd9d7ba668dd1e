import { stringify } from "csv-stringify/sync";
import { getVerifiedClaims } from "@/lib/data/reports";
import { AppError } from "@/lib/errors";
import { withActor } from "@/lib/http";
import { REPORT_COLUMNS, toReportJson, toReportRow } from "@/lib/domain/report-rows";
import { neutralizeCell } from "@/lib/domain/spreadsheet-safe";
import { fieldErrorsOf } from "@/lib/validation/common";
import { ZReportFilter } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

/** The verified-claims report as CSV (for spreadsheets) or JSON, with the filters of /reports. */
export const GET = withActor(async (request, actor) => {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "json")
    throw new AppError("invalid", "format must be csv or json.", { fields: { format: ["format must be csv or json."] } });
  const filter = ZReportFilter.safeParse({ from: params.get("from"), to: params.get("to"), article: params.get("article") });
  if (!filter.success) throw new AppError("invalid", "Some filters are not valid.", { fields: fieldErrorsOf(filter.error) });

  const claims = await getVerifiedClaims(actor, filter.data);
  const stamp = new Date().toISOString().slice(0, 10);
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
