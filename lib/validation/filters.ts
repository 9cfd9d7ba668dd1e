import { z } from "zod";
import { WORKFLOW_STATES } from "@/lib/workflow/workflow";
import { parseWrittenNumber } from "@/lib/figures/number-query";
import { zOptionalDate, zOptionalId, zOptionalText } from "./common";

/** Query-string filters: anything unrecognised falls back to the default instead of failing the page. */
const fallback = <T extends z.ZodType>(schema: T, value: z.infer<T>) => schema.catch(value);

/** `relevance` (best match first) is the order of a search; without search text it is `updated`. */
export const CLAIM_SORTS = ["relevance", "updated", "created", "status", "statement", "speaker"] as const;
export const CLAIMS_PAGE_SIZE = 50;
export const MAX_CLAIMS_LIMIT = 200;

/** A figure bound as typed: "20000", "20,000", "20 000" and "20k" are the same number. */
const zWrittenNumber = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : (parseWrittenNumber(v) ?? v)) : v),
  z.number().finite().optional(),
);

export const ZClaimListQuery = z.object({
  status: fallback(z.enum(WORKFLOW_STATES).optional(), undefined),
  assignee: fallback(z.string().trim().min(1).max(100).optional(), undefined),
  rating: fallback(zOptionalId("Rating"), undefined),
  speaker: fallback(zOptionalId("Speaker"), undefined),
  article: fallback(zOptionalId("Article"), undefined),
  /** text, and numbers as written: "20k" finds claims whose figure is 20,000 */
  q: fallback(z.string().trim().max(200).optional(), undefined),
  /** what is counted, as stored ("truck", "person") */
  unit: fallback(z.string().trim().min(1).max(80).optional(), undefined),
  /** the figure range: claims whose value (or interval) reaches into [min, max] */
  min: fallback(zWrittenNumber, undefined),
  max: fallback(zWrittenNumber, undefined),
  /** unset: best match first when searching, else the latest updated first */
  sort: fallback(z.enum(CLAIM_SORTS).optional(), undefined),
  dir: fallback(z.enum(["asc", "desc"]), "desc"),
  page: fallback(z.coerce.number().int().min(1).max(100_000), 1),
  /** how many claims per page; larger values are capped rather than refused */
  limit: fallback(z.coerce.number().int().min(1).transform((n) => Math.min(n, MAX_CLAIMS_LIMIT)), CLAIMS_PAGE_SIZE),
  /**
   * the id of the last claim of the previous page (its `nextCursor`); when given, `page` is ignored.
   * Not caught: a broken cursor must fail loudly, or a client would silently restart from the first page.
   */
  cursor: zOptionalId("Cursor"),
}).transform((query) => ({
  ...query,
  sort: !query.q && query.sort === "relevance" ? "updated" : (query.sort ?? (query.q ? "relevance" : "updated")),
}));
export type TClaimListQuery = z.infer<typeof ZClaimListQuery>;

export const ZReportFilter = z
  .object({
    from: zOptionalDate("From date"),
    to: zOptionalDate("To date"),
    article: zOptionalId("Article"),
    speaker: zOptionalId("Speaker"),
    rating: zOptionalId("Rating"),
    /** a user id, or "none" for claims nobody is assigned to */
    assignee: zOptionalText("Assignee", 100),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The from date must not be after the to date.", path: ["from"] });
export type TReportFilter = z.infer<typeof ZReportFilter>;
/** The query-string keys of the report's filters, shared by /reports and its exports. */
export const REPORT_FILTER_KEYS = ["from", "to", "article", "speaker", "rating", "assignee"] as const;
