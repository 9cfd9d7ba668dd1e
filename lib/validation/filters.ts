/** Query strings of the claim list, the report and the API, strict for the API and forgiving for pages. */
import { z } from "zod";
import { WORKFLOW_STATES } from "@/lib/workflow/workflow";
import { parseWrittenNumber } from "@/lib/figures/number-query";
import { cutText, zEnum, zOptionalDate, zOptionalId, zOptionalText, zString } from "./common";

/*
 * Query strings. The API refuses a value it does not understand (422, `fields` says which); the desk's
 * pages read the same fields but fall back to the default, so a stale bookmark still opens the page.
 */

/** A blank query value (`?status=`) means the parameter was not given. */
const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** `relevance` (best match first) is the order of a search; without search text it is `updated`. */
export const CLAIM_SORTS = ["relevance", "updated", "created", "status", "statement", "speaker"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export const CLAIMS_PAGE_SIZE = 50;
export const MAX_CLAIMS_LIMIT = 200;

/** A figure bound as typed: "20000", "20,000", "20 000" and "20k" are the same number. */
const zWrittenNumber = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : (parseWrittenNumber(v) ?? v)) : v),
    z.number({ error: `${label} must be a number (like 20000 or 20k).` }).finite().optional(),
  );

/** Search text: cut at the limit between characters (never refused for its length); broken characters are refused. */
const zSearchText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? cutText(v.trim(), max) || undefined : v),
    zString(label).optional(),
  );

const claimListFields = {
  status: optionalParam(zEnum(WORKFLOW_STATES, "Status")),
  assignee: zOptionalText("Assignee", 100).meta({ description: "A user id, or `none` for unassigned claims" }),
  rating: zOptionalId("Rating"),
  speaker: zOptionalId("Speaker"),
  article: zOptionalId("Article"),
  q: zSearchText("Search text", 200).meta({
    description:
      "Full-text search of the statement, excerpt, unit and speaker's name: every word must appear (case and accents " +
      'ignored), `"a phrase"` in quotes, `word*` for a prefix (the last word matches as a prefix too); other punctuation ' +
      "is ignored. Best matches first (BM25) unless `sort` says otherwise; each claim gets `highlight` (HTML, escaped, " +
      "matches in `<mark>`). A number is understood as written: `20000`, `20,000`, `20 000` and `20k` " +
      "all find claims whose figure (value, low or high bound) is 20,000, or whose text writes it in any of those ways; " +
      "words typed with the number (`20k trucks`) must appear too.",
  }),
  unit: zOptionalText("Unit", 80).meta({ description: "What is counted, as stored on the claim (`person`, `truck`); exact match" }),
  min: zWrittenNumber("Lowest figure").meta({ description: "Lowest figure, as written (`20000`, `20k`); claims whose value, or whose range, reaches this far" }),
  max: zWrittenNumber("Highest figure").meta({ description: "Highest figure, as written; claims whose value, or whose range, reaches down to it" }),
  sort: optionalParam(zEnum(CLAIM_SORTS, "Sort")).meta({ description: "Default: `relevance` (best match first) with `q`, otherwise `updated`" }),
  dir: zEnum(SORT_DIRECTIONS, "Direction").default("desc"),
  page: z.coerce.number({ error: "Page must be a number." }).int("Page must be a whole number.").min(1, "Page starts at 1.").max(100_000).default(1),
  limit: z.coerce
    .number({ error: "Limit must be a number." })
    .int("Limit must be a whole number.")
    .min(1, "Limit must be at least 1.")
    // Larger values are capped rather than refused.
    .transform((n) => Math.min(n, MAX_CLAIMS_LIMIT))
    .default(CLAIMS_PAGE_SIZE)
    .meta({ description: `Claims per page; more than ${MAX_CLAIMS_LIMIT} gives ${MAX_CLAIMS_LIMIT}` }),
  cursor: zOptionalId("Cursor").meta({ description: "`nextCursor` from the previous page; when given, `page` is ignored" }),
};

/** Without a sort, a search lists the best matches first and a plain list the latest updated; `relevance` needs search text. */
export const withSearchOrder = <T extends { q?: string; sort?: (typeof CLAIM_SORTS)[number] }>(query: T) => ({
  ...query,
  sort: !query.q && query.sort === "relevance" ? ("updated" as const) : (query.sort ?? (query.q ? ("relevance" as const) : ("updated" as const))),
});

/** The API's claim list query (GET /api/v1/claims); the handler applies withSearchOrder. */
export const ZClaimListApiQuery = z.object(claimListFields);

/** Page query strings: a value that does not parse falls back to the default instead of failing the page. */
const fallback = <T extends z.ZodType>(schema: T, value: z.infer<T>) => schema.catch(value);

/** The desk's claim list (/claims): the API's fields, forgiving. */
export const ZClaimListQuery = z.object({
  status: fallback(claimListFields.status, undefined),
  assignee: fallback(claimListFields.assignee, undefined),
  rating: fallback(claimListFields.rating, undefined),
  speaker: fallback(claimListFields.speaker, undefined),
  article: fallback(claimListFields.article, undefined),
  q: fallback(claimListFields.q, undefined),
  unit: fallback(claimListFields.unit, undefined),
  min: fallback(claimListFields.min, undefined),
  max: fallback(claimListFields.max, undefined),
  sort: fallback(claimListFields.sort, undefined),
  dir: fallback(claimListFields.dir, "desc"),
  page: fallback(claimListFields.page, 1),
  limit: fallback(claimListFields.limit, CLAIMS_PAGE_SIZE),
  // Not caught: a broken cursor must fail loudly, or a client would silently restart from the first page.
  cursor: claimListFields.cursor,
}).transform(withSearchOrder);
export type TClaimListQuery = z.infer<typeof ZClaimListQuery>;

const reportFilterFields = {
  from: zOptionalDate("From date").meta({ description: "Published on or after (YYYY-MM-DD)" }),
  to: zOptionalDate("To date").meta({ description: "Published on or before (YYYY-MM-DD)" }),
  article: zOptionalId("Article"),
  speaker: zOptionalId("Speaker"),
  rating: zOptionalId("Rating"),
  /** a user id, or "none" for claims nobody is assigned to */
  assignee: zOptionalText("Assignee", 100).meta({ description: "A user id, or `none` for unassigned claims" }),
};

const fromNotAfterTo = <T extends { from?: Date; to?: Date }>(f: T) => !f.from || !f.to || f.from <= f.to;
const FROM_AFTER_TO = { message: "The from date must not be after the to date.", path: ["from"] };

export const ZReportFilter = z.object(reportFilterFields).refine(fromNotAfterTo, FROM_AFTER_TO);
export type TReportFilter = z.infer<typeof ZReportFilter>;
/** The query-string keys of the report's filters, shared by /reports and its exports. */
export const REPORT_FILTER_KEYS = Object.keys(reportFilterFields) as (keyof typeof reportFilterFields)[];

export const REPORT_FORMATS = ["csv", "json", "claimreview"] as const;
// Worded so existing clients matching "format must be csv or json" still recognise it.
const FORMAT_MESSAGE = "format must be csv or json (or claimreview for schema.org ClaimReview JSON-LD).";

/** GET /api/v1/reports/verified: the report's filters and the download format. */
export const ZReportExportQuery = z
  .object({ format: z.enum(REPORT_FORMATS, { error: FORMAT_MESSAGE }).default("csv"), ...reportFilterFields })
  .refine(fromNotAfterTo, FROM_AFTER_TO);

/** How many rows a page of articles or speakers holds unless `limit` says otherwise, and the most it may hold. */
export const LIST_PAGE_SIZE = 50;
export const MAX_LIST_LIMIT = 200;

const zListLimit = z.coerce
  .number({ error: "Limit must be a number." })
  .int("Limit must be a whole number.")
  .min(1, "Limit must be at least 1.")
  // Larger values are capped rather than refused.
  .transform((n) => Math.min(n, MAX_LIST_LIMIT))
  .default(LIST_PAGE_SIZE)
  .meta({ description: `Rows per page (${LIST_PAGE_SIZE} unless given); more than ${MAX_LIST_LIMIT} gives ${MAX_LIST_LIMIT}` });

/** A type-ahead's text: cut at its limit like search text, but kept when blank (a blank prefix matches every name). */
const zPrefix = (description: string) =>
  z.preprocess((v) => (typeof v === "string" ? cutText(v.trim(), 200) : v), zString("Prefix").optional()).meta({ description });

const zAfter = (what: string) =>
  zOptionalId("after").meta({ description: `The id of the last ${what} already seen: the previous answer's \`nextCursor\`` });

/** GET /api/v1/articles: newest first a page at a time, or by title for a type-ahead (`prefix`). */
export const ZArticleListQuery = z.object({
  q: zSearchText("Search text", 200).meta({
    description:
      'Full-text search of the title, outlet and text (words, `"phrases"`, `prefix*`): at most 100 articles, best match ' +
      "first, each with `highlight.title` and `highlight.snippet` (HTML, escaped, matches in `<mark>`)",
  }),
  prefix: zPrefix("Titles starting with this (case ignored), by title, instead of newest first: the type-ahead's search; `q` and `after` are then ignored"),
  after: zAfter("article"),
  limit: zListLimit,
});

/** GET /api/v1/speakers: by name a page at a time; `prefix` keeps names starting with it. */
export const ZSpeakerListQuery = z.object({
  prefix: zPrefix("Names starting with this (case ignored): the type-ahead's search"),
  after: zAfter("speaker"),
  limit: zListLimit,
});

/** GET /api/v1/trackers and /trackers: numbered pages (a tracker that changes moves to the top). */
export const ZTrackerListQuery = z.object({
  page: z.coerce.number({ error: "Page must be a number." }).int("Page must be a whole number.").min(1, "Page starts at 1.").max(100_000).default(1),
  limit: zListLimit,
});

/** GET /api/v1/ratings. */
export const ZRatingListQuery = z.object({
  all: optionalParam(z.enum(["1"], { error: "all must be 1 (or left out)." })).meta({ description: "`1` includes retired ratings" }),
});
