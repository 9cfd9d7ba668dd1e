/** Zod schemas of imports: article file fields and other fact-checkers' ClaimReview JSON-LD. */
import { z } from "zod";
import { ARTICLE_SOURCE_FIELDS } from "./article";
import { zOptionalText, zString } from "./common";

export const MAX_JSONLD_BYTES = 2 * 1024 * 1024;
export const MAX_CLAIM_REVIEWS = 1000;

/** The form fields that go with an article file; the title comes from the file unless typed. */
export const ZArticleFileFields = z.object({ title: zOptionalText("Title", 300), ...ARTICLE_SOURCE_FIELDS });
export type TArticleFileFields = z.infer<typeof ZArticleFileFields>;

const webUrl = zString("url", { error: "url is required." })
  .trim()
  .max(2000, "url must be at most 2000 characters.")
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "url must be a web address (http or https).");

const zName = z.object({ name: zString("name").trim().max(200).optional() });

/** A schema.org ClaimReview as other fact-checkers publish it: only what the desk keeps is checked. */
export const ZClaimReview = z.object({
  "@type": z
    .union([z.string(), z.array(z.string())])
    .optional()
    .refine((t) => t === undefined || [t].flat().includes("ClaimReview"), "@type must be ClaimReview."),
  url: webUrl,
  claimReviewed: zString("claimReviewed", { error: "claimReviewed is required." }).trim().min(1, "claimReviewed is required.").max(2000, "claimReviewed must be at most 2000 characters."),
  reviewRating: z.object(
    {
      alternateName: zString("reviewRating.alternateName", { error: "reviewRating.alternateName is required." })
        .trim()
        .min(1, "reviewRating.alternateName is required.")
        .max(200, "reviewRating.alternateName must be at most 200 characters."),
      ratingValue: z
        .union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/)], { error: "reviewRating.ratingValue must be a number." })
        .transform(Number)
        .optional(),
    },
    { error: "reviewRating is required." },
  ),
  author: z.union([zName, z.array(zName)], { error: "author must have a name." }).optional(),
  datePublished: z
    .string({ error: "datePublished must be a date." })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), "datePublished must be a date (YYYY-MM-DD).")
    .transform((value) => new Date(value))
    .optional(),
});

export interface ExternalFactCheckInput {
  url: string;
  publisher: string;
  claimReviewed: string;
  ratingName: string;
  ratingValue: number | null;
  datePublished: Date | null;
  rawJson: string;
}

export interface ClaimReviewError {
  item: number;
  message: string;
}

const isClaimReviewNode = (node: unknown) => {
  const type = (node as { "@type"?: unknown } | null)?.["@type"];
  return type === "ClaimReview" || (Array.isArray(type) && type.includes("ClaimReview"));
};

/** The ClaimReviews in a JSON-LD document: one, an array, or a `@graph` (where other node types are skipped). */
function claimReviewNodes(document: unknown): unknown[] {
  if (Array.isArray(document)) return document.flatMap((node) => (node && typeof node === "object" && "@graph" in node ? claimReviewNodes(node) : [node]));
  if (document && typeof document === "object" && "@graph" in document) {
    const graph = (document as { "@graph": unknown })["@graph"];
    return Array.isArray(graph) ? graph.filter(isClaimReviewNode) : [graph].filter(isClaimReviewNode);
  }
  return [document];
}

function publisherOf(author: z.infer<typeof ZClaimReview>["author"], url: string): string {
  const name = [author ?? []].flat().find((a) => a.name)?.name;
  return name || new URL(url).hostname.replace(/^www\./, "");
}

/** Parses JSON-LD text into fact-checks to store; any error means none is stored. */
export function parseClaimReviews(text: string): { reviews: ExternalFactCheckInput[]; errors: ClaimReviewError[] } {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { reviews: [], errors: [{ item: 0, message: "The text is not valid JSON." }] };
  }
  const nodes = claimReviewNodes(document);
  if (nodes.length === 0) return { reviews: [], errors: [{ item: 0, message: "No ClaimReview was found." }] };
  if (nodes.length > MAX_CLAIM_REVIEWS) return { reviews: [], errors: [{ item: 0, message: `Import at most ${MAX_CLAIM_REVIEWS} ClaimReviews at a time.` }] };
  const reviews: ExternalFactCheckInput[] = [];
  const errors: ClaimReviewError[] = [];
  const seen = new Set<string>();
  nodes.forEach((node, index) => {
    const item = index + 1;
    const parsed = ZClaimReview.safeParse(node);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ item, message: issue.message });
      return;
    }
    const review = parsed.data;
    if (seen.has(review.url)) return errors.push({ item, message: `The url ${review.url} appears twice in this import.` });
    seen.add(review.url);
    reviews.push({
      url: review.url,
      publisher: publisherOf(review.author, review.url),
      claimReviewed: review.claimReviewed,
      ratingName: review.reviewRating.alternateName,
      ratingValue: review.reviewRating.ratingValue ?? null,
      datePublished: review.datePublished ?? null,
      rawJson: JSON.stringify(node),
    });
  });
  return { reviews, errors };
}

export const ZClaimCsvIntent = z.enum(["preview", "import"]);
