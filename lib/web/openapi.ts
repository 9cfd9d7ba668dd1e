import { z } from "zod";
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { ATTRIBUTIONS, QUALIFIERS, SPEAKER_KINDS, STANCES } from "@/lib/figures/vocabulary";
import { WORKFLOW_STATES } from "@/lib/workflow/workflow";
import { ZArticleCreate } from "@/lib/validation/article";
import { ZClaimCreate, ZClaimPatch, ZTransition } from "@/lib/validation/claim";
import { ZEvidenceCreate } from "@/lib/validation/evidence";
import { CLAIM_SORTS, CLAIMS_PAGE_SIZE, MAX_CLAIMS_LIMIT } from "@/lib/validation/filters";
import { TOKEN_SCOPES, ZTokenCreate } from "@/lib/validation/tokens";

/*
 * The API's OpenAPI 3.1 description, generated from the zod schemas the route handlers parse with.
 *
 * The request bodies are the shared schemas themselves, named with `.meta({ id })`: they are built when
 * lib/validation loads, before `extendZodWithOpenApi` can run, so they have no `.openapi()` method, and
 * the generator reads `.meta` ids just as well. Their preprocessing (blank → absent, "12" → 12) shows
 * up as fields that also accept null, which is what the API accepts.
 * The claim-list query (`ZClaimListQuery`) falls back to defaults with `.catch` and coerces strings,
 * which does not describe a query string well, so its parameters are declared explicitly below and
 * must be kept in step with lib/validation/filters.ts. Responses are described here: the data layer
 * returns Prisma rows, not zod-parsed values.
 */
extendZodWithOpenApi(z);

const id = z.number().int().positive();
const date = z.iso.datetime().openapi({ description: "ISO 8601 date and time" });

const ZError = z
  .object({
    error: z.object({
      code: z.enum(["unauthenticated", "forbidden", "not_found", "conflict", "invalid", "internal"]),
      message: z.string().openapi({ description: "Safe to show to people" }),
      fields: z.record(z.string(), z.array(z.string())).openapi({ description: "Messages by field name; empty when the error is not about a field" }),
    }),
  })
  .openapi("Error");

const ZClaimSummary = z
  .object({
    id,
    statement: z.string(),
    status: z.enum(WORKFLOW_STATES),
    qualifier: z.enum(QUALIFIERS).nullable(),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: z.string().nullable(),
    updatedAt: date,
    dueAt: date.nullable(),
    speaker: z.object({ id, name: z.string() }).nullable(),
    article: z.object({ id, title: z.string() }).nullable(),
    assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
    rating: z.object({ name: z.string(), colour: z.string() }).nullable(),
  })
  .openapi("ClaimSummary");

const ZClaim = z
  .looseObject({
    id,
    articleId: id.nullable(),
    excerpt: z.string().nullable(),
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    statement: z.string(),
    speakerId: id.nullable(),
    attribution: z.enum(ATTRIBUTIONS),
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    qualifier: z.enum(QUALIFIERS).nullable(),
    unit: z.string().nullable(),
    asOf: date.nullable(),
    status: z.enum(WORKFLOW_STATES),
    ratingId: id.nullable(),
    explanation: z.string().nullable(),
    version: z.number().int().openapi({ description: "Send it back with edits; a stale one is refused with 409" }),
    createdAt: date,
    updatedAt: date,
  })
  .openapi("Claim", { description: "GET adds the article, speaker, rating, people, evidence, corrections and comments" });

const ZArticle = z
  .looseObject({ id, title: z.string(), outlet: z.string(), url: z.string().nullable(), publishedAt: date.nullable(), createdAt: date })
  .openapi("Article", { description: "GET /articles/{id} adds `body` and `claims`; the list adds `_count.claims`" });

const ZSpeaker = z
  .looseObject({ id, name: z.string(), kind: z.enum(SPEAKER_KINDS), description: z.string().nullable() })
  .openapi("Speaker", { description: "The list adds `claimCount` and `statusCounts`; GET /speakers/{id} adds `url` and `claims`" });

const ZEvidence = z
  .looseObject({
    id,
    claimId: id,
    kind: z.enum(["url", "document", "note"]),
    title: z.string(),
    url: z.string().nullable(),
    notes: z.string().nullable(),
    stance: z.enum(STANCES),
    fileName: z.string().nullable(),
    fileType: z.string().nullable(),
    fileSize: z.number().int().nullable(),
    createdAt: date,
    addedBy: z.object({ name: z.string() }),
  })
  .openapi("Evidence");

const ZRating = z
  .object({ id, name: z.string(), order: z.number().int(), colour: z.string(), description: z.string(), reviewValue: z.number().int().nullable(), retired: z.boolean(), claimCount: z.number().int() })
  .openapi("Rating");

const ZToken = z
  .object({
    id,
    name: z.string(),
    prefix: z.string().openapi({ description: "The first characters of the token, to tell tokens apart" }),
    scope: z.enum(TOKEN_SCOPES),
    createdAt: date,
    lastUsedAt: date.nullable(),
    revokedAt: date.nullable(),
  })
  .openapi("Token");

// Explicit equivalent of ZClaimListQuery (see the note at the top).
const ZClaimListParams = z.object({
  cursor: id.optional().openapi({ description: "`nextCursor` from the previous page; when given, `page` is ignored" }),
  limit: z.number().int().min(1).max(MAX_CLAIMS_LIMIT).default(CLAIMS_PAGE_SIZE).optional().openapi({ description: `Claims per page, at most ${MAX_CLAIMS_LIMIT}` }),
  page: z.number().int().min(1).default(1).optional(),
  status: z.enum(WORKFLOW_STATES).optional(),
  assignee: z.string().optional().openapi({ description: "A user id, or `none` for unassigned claims" }),
  rating: id.optional(),
  speaker: id.optional(),
  article: id.optional(),
  q: z.string().max(200).optional().openapi({
    description:
      "Text in the statement, excerpt or unit. A number is understood as written: `20000`, `20,000`, `20 000` and `20k` " +
      "all find claims whose figure (value, low or high bound) is 20,000, or whose text writes it in any of those ways; " +
      "words typed with the number (`20k trucks`) must appear too.",
  }),
  unit: z.string().max(80).optional().openapi({ description: "What is counted, as stored on the claim (`person`, `truck`); exact match" }),
  min: z.string().optional().openapi({ description: "Lowest figure, as written (`20000`, `20k`); claims whose value, or whose range, reaches this far" }),
  max: z.string().optional().openapi({ description: "Highest figure, as written; claims whose value, or whose range, reaches down to it" }),
  sort: z.enum(CLAIM_SORTS).default("updated").optional(),
  dir: z.enum(["asc", "desc"]).default("desc").optional(),
});

const idParams = z.object({ id: z.string().openapi({ param: { description: "A record id" }, example: "1" }) });

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, json(ZError, ERROR_TEXT[s] ?? "Error")]));
const ERROR_TEXT: Record<number, string> = {
  400: "The body is not valid JSON",
  401: "No valid session or token (missing, malformed, unknown or revoked)",
  403: "The role does not allow it, or a read token was used to change something",
  404: "No such record",
  409: "Someone saved the claim since `version`; the message says who changed what",
  413: "The body is too large",
  415: "The body is not sent as application/json (or multipart/form-data where allowed)",
  422: "Some fields are not valid (`fields` says which)",
};
const READ_ERRORS = [401, 403, 404];
const WRITE_ERRORS = [400, 401, 403, 404, 413, 415, 422];

function buildRegistry() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "A personal API token (`cd_…`) from /settings/tokens. Read tokens may only use GET.",
  });
  registry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description: "The browser session of a signed-in person",
  });
  const path = (tag: string, route: Omit<RouteConfig, "tags">) => registry.registerPath({ tags: [tag], ...route });

  path("Claims", {
    method: "get", path: "/api/v1/claims", summary: "List claims",
    description: "Filters combine. Walk all claims with `cursor`: pass each answer's `nextCursor` until it is null.",
    request: { query: ZClaimListParams },
    responses: {
      200: json(z.object({ claims: z.array(ZClaimSummary), total: z.number().int().openapi({ description: "Counted up to 10,000; see totalCapped" }), totalCapped: z.boolean().openapi({ description: "true when there are more than 10,000 matches" }), limit: z.number().int(), nextCursor: id.nullable(), page: z.number().int().nullable(), pageCount: z.number().int() }), "One page of claims"),
      ...errors(401, 403, 422),
    },
  });
  path("Claims", {
    method: "post", path: "/api/v1/claims", summary: "Create a claim",
    request: { body: { required: true, content: { "application/json": { schema: ZClaimCreate.meta({ id: "ClaimCreate" }) } } } },
    responses: { 201: json(z.object({ claim: ZClaim }), "The new claim"), ...errors(...WRITE_ERRORS) },
  });
  path("Claims", {
    method: "get", path: "/api/v1/claims/{id}", summary: "Get a claim", request: { params: idParams },
    responses: { 200: json(z.object({ claim: ZClaim }), "The claim with its evidence, corrections and comments"), ...errors(...READ_ERRORS) },
  });
  path("Claims", {
    method: "patch", path: "/api/v1/claims/{id}", summary: "Change some fields of a claim (JSON merge patch)",
    description:
      "JSON merge patch semantics (RFC 7396): send only the fields to change and the `version` the change is based on. " +
      "A field left out keeps its value; `null` clears a field that may be empty; unknown fields are refused. The claim that " +
      "results is checked as a whole (offsets with an article and excerpt, ordered bounds, a qualifier for a figure). " +
      "When the claim's verdict is published, any change needs a `correctionNote`, and the change is listed as a correction; " +
      "without one the answer is 422 with `fields.correctionNote`. There is no full replacement (PUT).",
    request: {
      params: idParams,
      body: { required: true, content: { "application/merge-patch+json": { schema: ZClaimPatch.meta({ id: "ClaimPatch" }) }, "application/json": { schema: ZClaimPatch } } },
    },
    responses: { 200: json(z.object({ claim: ZClaim }), "The saved claim"), ...errors(...WRITE_ERRORS, 409) },
  });
  path("Claims", {
    method: "post", path: "/api/v1/claims/{id}/workflow", summary: "Move a claim through verification",
    request: { params: idParams, body: { required: true, content: { "application/json": { schema: ZTransition.meta({ id: "Transition" }) } } } },
    responses: { 200: json(z.object({ claim: ZClaim }), "The claim after the move"), ...errors(...WRITE_ERRORS, 409) },
  });

  const evidenceBody = ZEvidenceCreate.meta({ id: "EvidenceCreate" });
  path("Evidence", {
    method: "get", path: "/api/v1/claims/{id}/evidence", summary: "List a claim's evidence", request: { params: idParams },
    responses: { 200: json(z.object({ evidence: z.array(ZEvidence) }), "Oldest first"), ...errors(...READ_ERRORS) },
  });
  path("Evidence", {
    method: "post", path: "/api/v1/claims/{id}/evidence", summary: "Attach evidence",
    description: "Web sources and notes as JSON or multipart/form-data; documents only as multipart/form-data with a `file` field (at most 10 MB).",
    request: {
      params: idParams,
      body: {
        required: true,
        content: {
          "application/json": { schema: evidenceBody },
          "multipart/form-data": { schema: z.object({ kind: z.enum(["url", "document", "note"]), file: z.string().openapi({ format: "binary" }) }).catchall(z.string()) },
        },
      },
    },
    responses: { 201: json(z.object({ evidence: ZEvidence }), "The evidence"), ...errors(...WRITE_ERRORS) },
  });
  path("Evidence", {
    method: "get", path: "/api/v1/evidence/{id}/file", summary: "Download an evidence document", request: { params: idParams },
    responses: { 200: { description: "The file, as an attachment", content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } } }, ...errors(...READ_ERRORS) },
  });

  path("Articles", {
    method: "get", path: "/api/v1/articles", summary: "List articles",
    request: { query: z.object({ q: z.string().max(200).optional().openapi({ description: "Text in the title or outlet" }) }) },
    responses: { 200: json(z.object({ articles: z.array(ZArticle) }), "Newest first"), ...errors(401, 403) },
  });
  path("Articles", {
    method: "post", path: "/api/v1/articles", summary: "Add an article",
    description:
      "Claim suggestions are extracted from the text as it is added. An article that looks like one already on the desk " +
      "(the same web address, or near-identical text) is saved all the same; `duplicates` names those articles and the " +
      "article's history records them.",
    request: { body: { required: true, content: { "application/json": { schema: ZArticleCreate.meta({ id: "ArticleCreate" }) } } } },
    responses: {
      201: json(
        z.object({ article: ZArticle, duplicates: z.array(z.object({ id, title: z.string(), reason: z.string().openapi({ description: "Why it looks the same, in words" }) })) }),
        "The new article, and the articles it looks like (empty when none)",
      ),
      ...errors(...WRITE_ERRORS),
    },
  });
  path("Articles", {
    method: "get", path: "/api/v1/articles/{id}", summary: "Get an article", request: { params: idParams },
    responses: { 200: json(z.object({ article: ZArticle }), "The article with its text and claims"), ...errors(...READ_ERRORS) },
  });

  path("Speakers", {
    method: "get", path: "/api/v1/speakers", summary: "List speakers",
    responses: { 200: json(z.object({ speakers: z.array(ZSpeaker) }), "By name"), ...errors(401, 403) },
  });
  path("Speakers", {
    method: "get", path: "/api/v1/speakers/{id}", summary: "Get a speaker", request: { params: idParams },
    responses: { 200: json(z.object({ speaker: ZSpeaker }), "The speaker with their claims"), ...errors(...READ_ERRORS) },
  });

  path("Ratings", {
    method: "get", path: "/api/v1/ratings", summary: "List the rating scale",
    request: { query: z.object({ all: z.enum(["1"]).optional().openapi({ description: "`1` includes retired ratings" }) }) },
    responses: { 200: json(z.object({ ratings: z.array(ZRating) }), "In display order"), ...errors(401, 403) },
  });

  const reportFilters = {
    from: z.iso.date().optional().openapi({ description: "Published on or after (YYYY-MM-DD)" }),
    to: z.iso.date().optional().openapi({ description: "Published on or before (YYYY-MM-DD)" }),
    article: id.optional(),
    speaker: id.optional(),
    rating: id.optional(),
    assignee: z.string().optional().openapi({ description: "A user id, or `none` for unassigned claims" }),
  };
  path("Reports", {
    method: "get", path: "/api/v1/reports/verified", summary: "Export published claims (streamed)",
    request: { query: z.object({ format: z.enum(["csv", "json", "claimreview"]).default("csv").optional(), ...reportFilters }) },
    responses: {
      200: {
        description: "The report as a download, streamed a batch at a time",
        content: {
          "text/csv": { schema: z.string() },
          "application/json": { schema: z.object({ generatedAt: date, claims: z.array(z.looseObject({})) }) },
          "application/ld+json": {
            schema: z.object({
              "@context": z.literal("https://schema.org"),
              "@graph": z.array(z.looseObject({})).openapi({ description: "One schema.org ClaimReview per exportable verdict" }),
              skipped: z.array(z.object({ claimId: z.number().int(), statement: z.string(), reasons: z.array(z.string()) })),
              warnings: z.array(z.object({ claimId: z.number().int(), warnings: z.array(z.string()) })),
            }),
          },
        },
      },
      ...errors(401, 403, 422),
    },
  });
  path("Reports", {
    method: "get", path: "/api/v1/reports/pdf", summary: "The report as a PDF",
    request: { query: z.object(reportFilters) },
    responses: { 200: { description: "A PDF download", content: { "application/pdf": { schema: z.string() } } }, ...errors(401, 403, 422) },
  });
  path("Claims", {
    method: "get", path: "/api/v1/claims/{id}/external-fact-checks", summary: "Other fact-checkers' verdicts linked to a claim",
    request: { params: idParams },
    responses: { 200: json(z.object({ externalFactChecks: z.array(z.looseObject({})) }), "Newest first"), ...errors(...READ_ERRORS) },
  });

  const sessionOnly = "Only with a browser session: tokens cannot manage tokens.";
  path("Tokens", {
    method: "get", path: "/api/v1/tokens", summary: "List your API tokens", description: sessionOnly, security: [{ sessionCookie: [] }],
    responses: { 200: json(z.object({ tokens: z.array(ZToken) }), "Newest first; only prefixes, never secrets"), ...errors(401) },
  });
  path("Tokens", {
    method: "post", path: "/api/v1/tokens", summary: "Create an API token", description: `${sessionOnly} Write tokens need a role that can change things.`,
    security: [{ sessionCookie: [] }],
    request: { body: { required: true, content: { "application/json": { schema: ZTokenCreate.meta({ id: "TokenCreate" }) } } } },
    responses: {
      201: json(z.object({ token: ZToken.extend({ token: z.string().openapi({ description: "The secret, shown only in this answer" }) }) }), "The token"),
      ...errors(400, 401, 403, 413, 415, 422),
    },
  });
  path("Tokens", {
    method: "delete", path: "/api/v1/tokens/{id}", summary: "Revoke an API token", description: `${sessionOnly} Admins may revoke anyone's.`,
    security: [{ sessionCookie: [] }], request: { params: idParams },
    responses: { 200: json(z.object({ token: ZToken }), "The revoked token"), ...errors(401, 404) },
  });

  path("Meta", {
    method: "get", path: "/api/v1/openapi.json", summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": { schema: z.looseObject({ openapi: z.literal("3.1.0") }) } } }, ...errors(401) },
  });
  return registry;
}

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

let cached: OpenApiDocument | null = null;

/** The document; built once per process since the schemas do not change while it runs. */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= new OpenApiGeneratorV31(buildRegistry().definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Claimdesk API",
      version: "1",
      description:
        "Claims, articles, speakers, evidence and reports of the desk. Authenticate with `Authorization: Bearer <token>` " +
        'or a browser session. Every error has the shape `{"error":{"code","message","fields"}}`.',
    },
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [
      { name: "Claims" }, { name: "Evidence" }, { name: "Articles" }, { name: "Speakers" },
      { name: "Ratings" }, { name: "Reports" }, { name: "Tokens" }, { name: "Meta" },
    ],
  });
  return cached;
}
