import { isoDay } from "@/lib/web/format";
import { REPORT_FILTER_KEYS, ZReportFilter, type TReportFilter } from "@/lib/validation/filters";

/** The report's filters from a query string (or the page's search params); blanks mean "not filtered". */
export function parseReportFilter(get: (key: string) => string | null | undefined) {
  return ZReportFilter.safeParse(Object.fromEntries(REPORT_FILTER_KEYS.map((key) => [key, get(key) ?? undefined])));
}

/** The filters as a query string, for the export links: the downloads show what the page shows. */
export function reportQuery(filter: TReportFilter): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.from) query.set("from", isoDay(filter.from));
  if (filter.to) query.set("to", isoDay(filter.to));
  if (filter.article) query.set("article", String(filter.article));
  if (filter.speaker) query.set("speaker", String(filter.speaker));
  if (filter.rating) query.set("rating", String(filter.rating));
  if (filter.assignee) query.set("assignee", filter.assignee);
  return query;
}
