/** API v1's operations, declared once for the handlers and the OpenAPI document. */
import { z } from "zod";
import { ZArticleCreate, ZArticleFromUrl } from "@/lib/validation/article";
import { ZClaimCreate, ZClaimPatch, ZTransition } from "@/lib/validation/claim";
import { ZEvidenceCreate } from "@/lib/validation/evidence";
import { ZArticleListQuery, ZClaimListApiQuery, ZRatingListQuery, ZReportExportQuery, ZReportFilter, ZSpeakerListQuery, ZTrackerListQuery } from "@/lib/validation/filters";
import { ZTokenCreate } from "@/lib/validation/tokens";
import { ZClaimLink, ZClaimUnlinkQuery } from "@/lib/validation/claim-match";
import { ZTrackerClaim, ZTrackerClaimQuery, ZTrackerCreate, ZTrackerExportQuery } from "@/lib/validation/tracker";
import { ZTracker, ZTrackerDetail } from "./tracker-api-schemas";
import { ZPeopleSearch } from "@/lib/validation/notifications";
import { ZPersonMatch } from "./notification-api-schemas";
import {
  ZArticle,
  ZArticleDuplicate,
  ZArticlePage,
  ZArticlePreview,
  ZClaim,
  ZClaimPage,
  ZClaimMatches,
  ZClaimReviewExport,
  ZEvidence,
  ZNewToken,
  ZRating,
  ZReportExport,
  ZSpeaker,
  ZSpeakerPage,
  ZToken,
} from "./api-schemas";

/*
 * Every operation of API v1, declared once. The route handlers take their operation (lib/web/api-route.ts
 * parses the query and the id with it and checks the answer against it); the OpenAPI document is
 * generated from this list (lib/web/openapi.ts), with the error statuses that follow from what each
 * operation does (errorStatuses).
 */

export type ApiTag = "Claims" | "Evidence" | "Articles" | "Speakers" | "People" | "Ratings" | "Reports" | "Trackers" | "Tokens" | "Meta";

export interface ApiOperation {
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI style: `/api/v1/claims/{id}`. */
  path: string;
  tag: ApiTag;
  summary: string;
  description?: string;
  /** Only with a browser session: tokens cannot manage tokens. */
  sessionOnly?: boolean;
  /** The query string, parsed by the route wrapper; a value that does not fit, or an unknown name, is refused with 422. */
  query?: z.ZodObject;
  /**
   * The request body: JSON (parsed with parseJsonBody) and, where allowed, the same fields as multipart/form-data.
   * `mergePatch`: the JSON is a merge patch (RFC 7396), sent as application/merge-patch+json or application/json.
   */
  body?: { json: z.ZodType; multipart?: z.ZodType; mergePatch?: boolean };
  /** The success answer: JSON checked against `json` before it is sent, or a download described by `content`. */
  success: { status: 200 | 201; description: string; json: z.ZodType } | { status: 200; description: string; content: Record<string, z.ZodType> };
  /** Refusals the rest does not imply: 403 for a role that may not (beyond read tokens), 409 for a stale `version` or a claim in the wrong state. */
  refusals?: (403 | 409)[];
}

const op = <const O extends ApiOperation>(operation: O) => operation;

/** The error statuses an operation can answer with, from what it does. */
export function errorStatuses(operation: ApiOperation): number[] {
  // 503: a write that waited too long for a background import's lock (Retry-After says when to try again).
  const statuses = new Set<number>([401, ...(operation.refusals ?? [])]);
  // A write is refused when it comes from another site, or with a read token.
  if (operation.method !== "get") [403, 503].forEach((s) => statuses.add(s));
  if (operation.path.includes("{id}")) statuses.add(404);
  if (operation.body) [400, 413, 415, 422].forEach((s) => statuses.add(s));
  // Every operation refuses query parameters it does not know (lib/web/api-route.ts).
  statuses.add(422);
  return [...statuses].sort((a, b) => a - b);
}

const binary = z.string().meta({ format: "binary" });

export const API = {
  listClaims: op({
    method: "get", path: "/api/v1/claims", tag: "Claims", summary: "List claims",
    description: "Filters combine. Walk all claims with `cursor`: pass each answer's `nextCursor` until it is null.",
    query: ZClaimListApiQuery,
    success: { status: 200, description: "One page of claims", json: ZClaimPage },
  }),
  createClaim: op({
    method: "post", path: "/api/v1/claims", tag: "Claims", summary: "Create a claim",
    body: { json: ZClaimCreate.meta({ id: "ClaimCreate" }) },
    success: { status: 201, description: "The new claim", json: z.object({ claim: ZClaim }) },
  }),
  getClaim: op({
    method: "get", path: "/api/v1/claims/{id}", tag: "Claims", summary: "Get a claim",
    success: { status: 200, description: "The claim with its evidence, corrections and comments", json: z.object({ claim: ZClaim }) },
  }),
  patchClaim: op({
    method: "patch", path: "/api/v1/claims/{id}", tag: "Claims", summary: "Change some fields of a claim (JSON merge patch)",
    description:
      "JSON merge patch semantics (RFC 7396): send only the fields to change and the `version` the change is based on. " +
      "A field left out keeps its value; `null` clears a field that may be empty; unknown fields are refused. The claim that " +
      "results is checked as a whole (offsets with an article and excerpt, ordered bounds, a qualifier for a figure). " +
      "When the claim's verdict is published, any change needs a `correctionNote`, and the change is listed as a correction; " +
      "without one the answer is 422 with `fields.correctionNote`. There is no full replacement (PUT).",
    body: { json: ZClaimPatch.meta({ id: "ClaimPatch" }), mergePatch: true },
    refusals: [409],
    success: { status: 200, description: "The saved claim", json: z.object({ claim: ZClaim }) },
  }),
  transitionClaim: op({
    method: "post", path: "/api/v1/claims/{id}/workflow", tag: "Claims", summary: "Move a claim through verification",
    description: "403 when the role may not take the move (or would approve its own verdict under the two-person rule); 409 when the claim is not in the state the move starts from, has no evidence yet, or `version` is stale.",
    body: { json: ZTransition.meta({ id: "Transition" }) },
    refusals: [409],
    success: { status: 200, description: "The claim after the move", json: z.object({ claim: ZClaim }) },
  }),
  listClaimMatches: op({
    method: "get", path: "/api/v1/claims/{id}/matches", tag: "Claims", summary: "Checked before? A claim's group and the earlier claims that match it",
    description: "Two tiers: `same_claim` (high score, both claims of at least 8 words, figures that can both hold; may be linked) and `related` (shown only).",
    success: { status: 200, description: "The group and up to 8 matches, best first", json: ZClaimMatches },
  }),
  linkClaim: op({
    method: "post", path: "/api/v1/claims/{id}/matches", tag: "Claims", summary: "Link a claim to the claim it repeats",
    description: "The claim joins `targetId`'s group (its root when `targetId` is itself an appearance), so the group's verdict covers it; recorded in the history. 409 when already linked, or when the claim has its own published verdict.",
    body: { json: ZClaimLink.meta({ id: "ClaimLink" }) },
    refusals: [403, 409],
    success: { status: 201, description: "Linked", json: z.object({ link: z.object({ claimId: z.number().int(), sameAsId: z.number().int() }) }) },
  }),
  unlinkClaim: op({
    method: "delete", path: "/api/v1/claims/{id}/matches", tag: "Claims", summary: "Take a claim out of its group",
    description: "The claim needs its own verdict again; the history records the unlinking with `reason`. 409 when the claim is not linked.",
    query: ZClaimUnlinkQuery,
    refusals: [403, 409],
    success: { status: 200, description: "Unlinked", json: z.object({ unlinked: z.object({ claimId: z.number().int() }) }) },
  }),
  listExternalFactChecks: op({
    method: "get", path: "/api/v1/claims/{id}/external-fact-checks", tag: "Claims", summary: "Other fact-checkers' verdicts linked to a claim",
    success: { status: 200, description: "Newest first", json: z.object({ externalFactChecks: z.array(z.looseObject({})) }) },
  }),
  listEvidence: op({
    method: "get", path: "/api/v1/claims/{id}/evidence", tag: "Evidence", summary: "List a claim's evidence",
    success: { status: 200, description: "Oldest first", json: z.object({ evidence: z.array(ZEvidence) }) },
  }),
  addEvidence: op({
    method: "post", path: "/api/v1/claims/{id}/evidence", tag: "Evidence", summary: "Attach evidence",
    description: "Web sources and notes as JSON or multipart/form-data; documents only as multipart/form-data with a `file` field (at most 10 MB).",
    body: {
      json: ZEvidenceCreate.meta({ id: "EvidenceCreate" }),
      multipart: z.object({ kind: z.enum(["url", "document", "note"]), file: binary }).catchall(z.string()),
    },
    success: { status: 201, description: "The evidence", json: z.object({ evidence: ZEvidence }) },
  }),
  downloadEvidenceFile: op({
    method: "get", path: "/api/v1/evidence/{id}/file", tag: "Evidence", summary: "Download an evidence document",
    success: { status: 200, description: "The file, as an attachment", content: { "application/octet-stream": binary } },
  }),
  listArticles: op({
    method: "get", path: "/api/v1/articles", tag: "Articles", summary: "List articles",
    description:
      "Newest first, a page at a time: pass each answer's `nextCursor` as `after` until it is null. " +
      "With `prefix`, the titles starting with it instead, by title (one page, no cursor): what a type-ahead asks.",
    query: ZArticleListQuery,
    success: { status: 200, description: "One page of articles", json: ZArticlePage },
  }),
  createArticle: op({
    method: "post", path: "/api/v1/articles", tag: "Articles", summary: "Add an article",
    description:
      "Claim suggestions are extracted from the text as it is added. An article that looks like one already on the desk " +
      "(the same web address, or near-identical text) is saved all the same; `duplicates` names those articles and the " +
      "article's history records them.",
    body: { json: ZArticleCreate.meta({ id: "ArticleCreate" }) },
    success: {
      status: 201,
      description: "The new article, and the articles it looks like (empty when none)",
      json: z.object({ article: ZArticle, duplicates: z.array(ZArticleDuplicate) }),
    },
  }),
  previewArticle: op({
    method: "post", path: "/api/v1/article-previews", tag: "Articles", summary: "Read an article from its web address (nothing is saved)",
    description:
      "The server fetches the page (http or https, public addresses only unless the desk allows its intranet, at most 5 redirects, 5 MB " +
      "and 15 s, web pages only) and reads its title, outlet, date, byline and text. Send the result, reviewed, to POST /api/v1/articles. " +
      "A page that cannot be fetched is refused with 422 and the reason in `fields.url`.",
    body: { json: ZArticleFromUrl.meta({ id: "ArticleFromUrl" }) },
    refusals: [403],
    success: { status: 200, description: "What the page says, for review", json: z.object({ preview: ZArticlePreview }) },
  }),
  getArticle: op({
    method: "get", path: "/api/v1/articles/{id}", tag: "Articles", summary: "Get an article",
    success: { status: 200, description: "The article with its text and claims", json: z.object({ article: ZArticle }) },
  }),
  searchPeople: op({
    method: "get", path: "/api/v1/people", tag: "People", summary: "Find people by name",
    description: "Active people (not the caller) whose name, or a word of it, starts with `q`, by name; at most `limit` (8). Used for `@name` completion in comments.",
    query: ZPeopleSearch,
    success: { status: 200, description: "Up to `limit` people", json: z.object({ people: z.array(ZPersonMatch) }) },
  }),
  listSpeakers: op({
    method: "get", path: "/api/v1/speakers", tag: "Speakers", summary: "List speakers",
    description: "By name (case ignored), a page at a time: pass each answer's `nextCursor` as `after` until it is null. `prefix` keeps the names starting with it.",
    query: ZSpeakerListQuery,
    success: { status: 200, description: "One page of speakers by name, each with their claims per workflow state", json: ZSpeakerPage },
  }),
  getSpeaker: op({
    method: "get", path: "/api/v1/speakers/{id}", tag: "Speakers", summary: "Get a speaker",
    success: { status: 200, description: "The speaker with their claims", json: z.object({ speaker: ZSpeaker }) },
  }),
  listRatings: op({
    method: "get", path: "/api/v1/ratings", tag: "Ratings", summary: "List the rating scale",
    query: ZRatingListQuery,
    success: { status: 200, description: "In display order", json: z.object({ ratings: z.array(ZRating) }) },
  }),
  exportVerified: op({
    method: "get", path: "/api/v1/reports/verified", tag: "Reports", summary: "Export published claims (streamed)",
    query: ZReportExportQuery,
    success: {
      status: 200,
      description: "The report as a download, streamed a batch at a time",
      content: { "text/csv": z.string(), "application/json": ZReportExport, "application/ld+json": ZClaimReviewExport },
    },
  }),
  reportPdf: op({
    method: "get", path: "/api/v1/reports/pdf", tag: "Reports", summary: "The report as a PDF",
    query: ZReportFilter,
    success: { status: 200, description: "A PDF download", content: { "application/pdf": binary } },
  }),
  listTrackers: op({
    method: "get", path: "/api/v1/trackers", tag: "Trackers", summary: "List figure trackers",
    description: "Most recently changed first, a page at a time (`page`, `limit`).",
    query: ZTrackerListQuery,
    success: {
      status: 200,
      description: "One page of trackers, most recently changed first",
      json: z.object({ trackers: z.array(ZTracker), total: z.number().int(), page: z.number().int(), pageCount: z.number().int(), limit: z.number().int() }),
    },
  }),
  createTracker: op({
    method: "post", path: "/api/v1/trackers", tag: "Trackers", summary: "Start a figure tracker", description: "Editors and fact-checkers.",
    body: { json: ZTrackerCreate.meta({ id: "TrackerCreate" }) },
    success: { status: 201, description: "The new tracker", json: z.object({ tracker: ZTracker }) },
  }),
  getTracker: op({
    method: "get", path: "/api/v1/trackers/{id}", tag: "Trackers", summary: "Get a tracker with its reports, conflicts and estimate",
    success: { status: 200, description: "Reports by figure date, oldest first", json: z.object({ tracker: ZTrackerDetail }) },
  }),
  addTrackerClaim: op({
    method: "post", path: "/api/v1/trackers/{id}/claims", tag: "Trackers", summary: "Add a claim to a tracker",
    description: "The claim needs a figure counting the tracker's unit (422 otherwise); a claim already on the tracker is refused with 409.",
    body: { json: ZTrackerClaim.meta({ id: "TrackerClaim" }) },
    refusals: [409],
    success: { status: 201, description: "The claim is a report of the tracker", json: z.object({ report: z.object({ trackerId: z.number().int(), claimId: z.number().int(), addedAt: z.date() }) }) },
  }),
  removeTrackerClaim: op({
    method: "delete", path: "/api/v1/trackers/{id}/claims", tag: "Trackers", summary: "Take a claim off a tracker",
    description: "The claim itself stays.",
    query: ZTrackerClaimQuery,
    success: { status: 200, description: "Removed", json: z.object({ removed: z.object({ trackerId: z.number().int(), claimId: z.number().int() }) }) },
  }),
  exportTracker: op({
    method: "get", path: "/api/v1/trackers/{id}/export", tag: "Trackers", summary: "Download a tracker as CSV or JSON",
    query: ZTrackerExportQuery,
    success: {
      status: 200,
      description: "An attachment: one CSV row per report (with `conflicts_with`), or the tracker as in GET /trackers/{id}",
      content: { "text/csv": z.string(), "application/json": ZTrackerDetail },
    },
  }),
  listTokens: op({
    method: "get", path: "/api/v1/tokens", tag: "Tokens", summary: "List your API tokens", sessionOnly: true,
    success: { status: 200, description: "Newest first; only prefixes, never secrets", json: z.object({ tokens: z.array(ZToken) }) },
  }),
  createToken: op({
    method: "post", path: "/api/v1/tokens", tag: "Tokens", summary: "Create an API token", sessionOnly: true,
    description: "Write tokens need a role that can change things (403 otherwise).",
    body: { json: ZTokenCreate.meta({ id: "TokenCreate" }) },
    refusals: [403],
    success: { status: 201, description: "The token", json: z.object({ token: ZNewToken }) },
  }),
  revokeToken: op({
    method: "delete", path: "/api/v1/tokens/{id}", tag: "Tokens", summary: "Revoke an API token", sessionOnly: true,
    description: "Admins may revoke anyone's; anyone else's token is not found.",
    success: { status: 200, description: "The revoked token", json: z.object({ token: ZToken }) },
  }),
  openApiDocument: op({
    method: "get", path: "/api/v1/openapi.json", tag: "Meta", summary: "This document",
    success: { status: 200, description: "OpenAPI 3.1", json: z.looseObject({ openapi: z.literal("3.1.0") }) },
  }),
} as const satisfies Record<string, ApiOperation>;
