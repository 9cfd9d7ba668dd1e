import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import { getTrackerById } from "@/lib/data/tracker-reports";
import { trackerCsv, trackerJson } from "@/lib/reports/tracker-export";
import { routeId, withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** The tracker as a download: `format=csv` (one row per report) or `format=json`. */
export const GET = withActor<{ params: Promise<{ id: string }> }>(async (request, actor, { params }) => {
  assertCan(actor, "report.export");
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json")
    throw new AppError("invalid", "Choose format=csv or format=json.", { fields: { format: ["Choose csv or json."] } });
  const id = routeId((await params).id);
  const tracker = await getTrackerById(actor, id);
  if (!tracker) throw new AppError("not_found", "That tracker was not found.");
  const name = `tracker-${id}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" };
  if (format === "json") return new Response(JSON.stringify(trackerJson(tracker), null, 2), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  return new Response(trackerCsv(tracker), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
});
