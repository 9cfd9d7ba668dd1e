import { assertCan } from "@/lib/access/authorize";
import { AppError } from "@/lib/platform/errors";
import { getTrackerById } from "@/lib/data/tracker-reports";
import { trackerCsv, trackerJson } from "@/lib/reports/tracker-export";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";

export const dynamic = "force-dynamic";

/** The tracker as a download: `format=csv` (one row per report) or `format=json`. */
export const GET = apiRoute(API.exportTracker, async ({ actor, id, query }) => {
  assertCan(actor, "report.export");
  const tracker = await getTrackerById(actor, id);
  if (!tracker) throw new AppError("not_found", "That tracker was not found.");
  const headers = { "Content-Disposition": `attachment; filename="tracker-${id}.${query.format}"`, "Cache-Control": "no-store" };
  if (query.format === "json") return new Response(JSON.stringify(trackerJson(tracker), null, 2), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  return new Response(trackerCsv(tracker), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
});
