/** The shapes of API v1's answers, as zod schemas: checked on every answer and published in the OpenAPI document. */
import { z } from "zod";
import { ATTRIBUTIONS, QUALIFIERS, SPEAKER_KINDS, STANCES } from "@/lib/figures/vocabulary";
import { WORKFLOW_STATES } from "@/lib/workflow/workflow";
import { APP_ERROR_CODES } from "@/lib/platform/errors";
import { TOKEN_SCOPES } from "@/lib/validation/tokens";

/*
 * What the API answers, as zod schemas: the route handlers check every JSON answer against them
 * (lib/web/api-route.ts) and the OpenAPI document is generated from them, so the two cannot drift.
 * Dates are `z.date()` because the handlers hand over the data layer's Date objects (JSON turns them
 * into ISO 8601 strings, which is how the document describes them). Loose objects may carry more
 * than they list.
 */

const id = z.number().int().positive();
const date = z.date();

export const ZError = z
  .object({
    error: z.object({
      code: z.enum(APP_ERROR_CODES),
      message: z.string().meta({ description: "Safe to show to people" }),
      fields: z.record(z.string(), z.array(z.string())).meta({ description: "Messages by field name; empty when the error is not about a field" }),
    }),
  })
  .meta({ id: "Error" });

export const ZClaimSummary = z
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
    highlight: z
      .object({ statement: z.string().nullable(), excerpt: z.string().nullable(), speaker: z.string().nullable() })
      .nullish()
      .meta({ description: "With `q`: where the claim matched, as HTML (escaped, matches in `<mark>`)" }),
  })
  .meta({ id: "ClaimSummary" });

export const ZClaimPage = z.object({
  claims: z.array(ZClaimSummary),
  total: z.number().int().meta({ description: "Counted up to 10,000; `totalCapped` says when there are more" }),
  totalCapped: z.boolean().meta({ description: "true when more than 10,000 claims match (`total` is then 10,000)" }),
  rankedAmongNewest: z
    .number()
    .int()
    .nullable()
    .meta({
      description:
        "With `q` and best matches first: when more than 10,000 claims match, the order is the best matches among the newest 10,000 (this number) and the pages end there; sort by `created` to reach older ones. null when every match is ranked",
    }),
  limit: z.number().int(),
  nextCursor: id.nullable(),
  page: z.number().int().nullable(),
  pageCount: z.number().int(),
});

export const ZClaim = z
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
    version: z.number().int().meta({ description: "Send it back with edits; a stale one is refused with 409" }),
    createdAt: date,
    updatedAt: date,
  })
  .meta({ id: "Claim", description: "GET adds the article, speaker, rating, people, evidence, corrections and comments" });

export const ZArticle = z
  .looseObject({ id, title: z.string(), outlet: z.string(), url: z.string().nullable(), publishedAt: date.nullable(), createdAt: date })
  .meta({ id: "Article", description: "GET /articles/{id} adds `body` and `claims`; the list adds `_count.claims`" });

/** The `nextCursor` of a keyset-paged list: pass it back as `after` for the next page; null on the last page. */
const nextCursor = id.nullable().meta({ description: "Send it back as `after` for the next page; null on the last page" });

export const ZArticlePage = z.object({ articles: z.array(ZArticle), nextCursor });

export const ZArticlePreview = z
  .object({
    title: z.string(),
    outlet: z.string().meta({ description: "The site's name, else its host name" }),
    url: z.string().meta({ description: "Where the redirects led: the address to save the article with" }),
    publishedAt: date.nullable(),
    byline: z.string().nullable(),
    body: z.string().meta({ description: "The article's readable text, paragraphs separated by blank lines" }),
    fetchedAt: date,
  })
  .meta({ id: "ArticlePreview" });

export const ZArticleDuplicate = z.object({ id, title: z.string(), reason: z.string().meta({ description: "Why it looks the same, in words" }) });

export const ZSpeaker = z
  .looseObject({ id, name: z.string(), kind: z.enum(SPEAKER_KINDS), description: z.string().nullable() })
  .meta({ id: "Speaker", description: "The list adds `claimCount` and `statusCounts`; GET /speakers/{id} adds `url` and `claims`" });

export const ZSpeakerPage = z.object({ speakers: z.array(ZSpeaker), nextCursor });

export const ZWebSnapshot = z
  .object({
    id,
    url: z.string(),
    finalUrl: z.string().nullable(),
    outcome: z.enum(["archived", "unchanged", "changed", "gone", "failed"]).meta({ description: "archived: the first copy; unchanged or changed: what a later check found; gone: 404, 410 or no such host" }),
    httpStatus: z.number().int().nullable(),
    contentType: z.string().nullable(),
    contentHash: z.string().nullable().meta({ description: "SHA-256 (hex) of the readable text" }),
    title: z.string().nullable(),
    error: z.string().nullable().meta({ description: "Why the check failed or found the page gone" }),
    fetchedAt: date,
  })
  .meta({ id: "WebSnapshot", description: "One check of a web source; its text is at /evidence/archive/{id}" });

export const ZEvidence = z
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
    addedBy: z.object({ name: z.string() }).optional().meta({ description: "Who attached it; in the claim's evidence list" }),
    snapshots: z.array(ZWebSnapshot).optional().meta({ description: "Web sources: each check of the archived copy, oldest first" }),
  })
  .meta({ id: "Evidence" });

export const ZRating = z
  .object({ id, name: z.string(), order: z.number().int(), colour: z.string(), description: z.string(), reviewValue: z.number().int().nullable(), retired: z.boolean(), claimCount: z.number().int() })
  .meta({ id: "Rating" });

export const ZToken = z
  .object({
    id,
    name: z.string(),
    prefix: z.string().meta({ description: "The first characters of the token, to tell tokens apart" }),
    scope: z.enum(TOKEN_SCOPES),
    createdAt: date,
    lastUsedAt: date.nullable(),
    revokedAt: date.nullable(),
  })
  .meta({ id: "Token" });

export const ZNewToken = ZToken.extend({ token: z.string().meta({ description: "The secret, shown only in this answer" }) }).meta({ id: "NewToken" });

/** The JSON export: its claims are the rows of lib/reports/report-rows.ts. */
export const ZReportExport = z.object({ generatedAt: z.iso.datetime(), claims: z.array(z.looseObject({})) });

export const ZClaimReviewExport = z.object({
  "@context": z.literal("https://schema.org"),
  "@graph": z.array(z.looseObject({})).meta({ description: "One schema.org ClaimReview per exportable verdict" }),
  skipped: z.array(z.object({ claimId: z.number().int(), statement: z.string(), reasons: z.array(z.string()) })),
  warnings: z.array(z.object({ claimId: z.number().int(), warnings: z.array(z.string()) })),
});

const ZMatchRating = z.object({ name: z.string(), colour: z.string() }).nullable();
const ZMatchArticle = z.object({ title: z.string(), outlet: z.string() }).nullable();

/** An earlier claim that says the same thing ("same_claim": may be linked) or is related (shown only). */
export const ZClaimMatch = z
  .object({
    id,
    tier: z.enum(["same_claim", "related"]),
    score: z.number().min(0).max(1).meta({ description: "0..1; the tier's threshold is lib/figures/matching.ts's" }),
    statement: z.string(),
    status: z.enum(WORKFLOW_STATES),
    rating: ZMatchRating.meta({ description: "The verdict, when the matching claim is published" }),
    publishedAt: date.nullable(),
    article: ZMatchArticle,
  })
  .meta({ id: "ClaimMatch" });

const ZAppearance = z.object({
  id,
  statement: z.string(),
  status: z.enum(WORKFLOW_STATES),
  publishedAt: date.nullable(),
  rating: ZMatchRating,
  article: z.object({ id, title: z.string(), outlet: z.string(), url: z.string().nullable(), publishedAt: date.nullable() }).nullable(),
});

/** A claim's group and its matches: the claim whose verdict covers the group, every appearance, and matches. */
export const ZClaimMatches = z
  .object({
    group: z.object({
      root: ZAppearance.meta({ description: "The claim whose verdict covers the group (the claim itself when it is not linked)" }),
      appearances: z.array(ZAppearance).meta({ description: "The other claims linked to the root, oldest first" }),
    }),
    matches: z.array(ZClaimMatch).meta({ description: "Same claim tier first, then by score" }),
  })
  .meta({ id: "ClaimMatches" });
