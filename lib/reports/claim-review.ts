/**
 * A published verdict as one schema.org ClaimReview (https://schema.org/ClaimReview), the markup search
 * engines and fact-check aggregators read. Pure: the caller brings the claim, the organisation and the
 * public address of the app.
 */

/** What the mapping needs of a claim; a published claim from `getVerifiedClaims` fits. */
export interface ClaimReviewSource {
  id: number;
  statement: string;
  /** when the claim was made */
  asOf: Date | null;
  publishedAt: Date | null;
  rating: { name: string; reviewValue: number | null } | null;
  speaker: { name: string; kind: string; description: string | null } | null;
  article: { title: string; url: string | null; publishedAt: Date | null } | null;
  /** the claim's other appearances (claims linked to it as the same claim), whose verdict this one is */
  appearances?: { article: { title: string; url: string | null } | null }[];
}

/** The newsroom that publishes the fact-checks (the ClaimReview's author). */
export interface ReviewOrganization {
  name: string;
  /** empty when not set */
  url: string;
}

interface CreativeWork {
  "@type": "CreativeWork";
  url: string;
  headline?: string;
}

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished?: string;
  author?: { "@type": "Organization"; name: string; url?: string };
  reviewRating: { "@type": "Rating"; ratingValue?: number; bestRating?: number; worstRating?: number; alternateName: string };
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person"; name: string; jobTitle?: string } | { "@type": "Organization"; name: string; description?: string };
    datePublished?: string;
    appearance?: CreativeWork | CreativeWork[];
    firstAppearance?: CreativeWork;
  };
}

export interface SkippedClaim {
  claimId: number;
  statement: string;
  reasons: string[];
}

const SLUG_MAX = 60;
const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : undefined);
const text = (value: string | null | undefined) => value?.trim() || undefined;

/** The statement as lower-case ASCII words joined by hyphens, at most 60 characters, cut between words. */
export function slugify(statement: string): string {
  const words = statement
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= SLUG_MAX) return words;
  const cut = words.slice(0, SLUG_MAX + 1);
  const lastBreak = cut.lastIndexOf("-");
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, SLUG_MAX)).replace(/-+$/, "");
}

/** `${id}-${slug}`: the id keeps the address working if the statement is ever reworded. */
export function claimReviewSlug(claim: Pick<ClaimReviewSource, "id" | "statement">): string {
  const slug = slugify(claim.statement);
  return slug ? `${claim.id}-${slug}` : String(claim.id);
}

/** The claim id at the start of a fact-check address, or null. */
export function claimIdOfSlug(slug: string): number | null {
  const match = /^(\d{1,15})(?:-|$)/.exec(slug);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function factCheckUrl(baseUrl: string, claim: Pick<ClaimReviewSource, "id" | "statement">): string {
  return `${baseUrl.replace(/\/+$/, "")}/f/${claimReviewSlug(claim)}`;
}

function claimAuthor(speaker: ClaimReviewSource["speaker"]): ClaimReview["itemReviewed"]["author"] {
  const name = text(speaker?.name);
  if (!speaker || !name) return undefined;
  const description = text(speaker.description);
  return speaker.kind === "organization"
    ? { "@type": "Organization", name, ...(description && { description }) }
    : { "@type": "Person", name, ...(description && { jobTitle: description }) };
}

function appearanceOf(article: { title: string; url: string | null } | null | undefined): CreativeWork | undefined {
  const url = text(article?.url);
  if (!article || !url) return undefined;
  const headline = text(article.title);
  return { "@type": "CreativeWork", url, ...(headline && { headline }) };
}

/** Maps one published claim; check the result with `validateClaimReview` before publishing it. */
export function toClaimReview(claim: ClaimReviewSource, org: ReviewOrganization, baseUrl: string): ClaimReview {
  const orgName = text(org.name);
  const orgUrl = text(org.url);
  const value = claim.rating?.reviewValue;
  const first = appearanceOf(claim.article);
  // Every appearance of a linked group, the claim's own first, each address once.
  const all = [first, ...(claim.appearances ?? []).map((a) => appearanceOf(a.article))].filter((w): w is CreativeWork => Boolean(w));
  const unique = all.filter((w, i) => all.findIndex((o) => o.url === w.url) === i);
  const appearance = unique.length > 1 ? unique : unique[0];
  const author = claimAuthor(claim.speaker);
  const claimDate = day(claim.asOf ?? claim.article?.publishedAt);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: factCheckUrl(baseUrl, claim),
    claimReviewed: claim.statement.trim(),
    ...(claim.publishedAt && { datePublished: day(claim.publishedAt) }),
    ...(orgName && { author: { "@type": "Organization" as const, name: orgName, ...(orgUrl && { url: orgUrl }) } }),
    reviewRating: {
      "@type": "Rating",
      // A label outside the scale (Unverifiable) has a name but no place on it.
      ...(value != null && { ratingValue: value, bestRating: 5, worstRating: 1 }),
      alternateName: claim.rating?.name.trim() ?? "",
    },
    itemReviewed: {
      "@type": "Claim",
      ...(author && { author }),
      ...(claimDate && { datePublished: claimDate }),
      ...(appearance && { appearance, firstAppearance: first ?? unique[0] }),
    },
  };
}

/**
 * Problems make a record unusable (search engines reject ClaimReview without them); warnings name the
 * recommended fields that are missing.
 */
export function validateClaimReview(record: ClaimReview): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!record.claimReviewed) problems.push("claimReviewed: the claim has no statement");
  if (!record.reviewRating.alternateName) problems.push("reviewRating.alternateName: the verdict has no rating name");
  if (!record.url) problems.push("url: the fact-check has no address");
  if (!record.author?.name) problems.push("author.name: the organisation name is not set (Settings → Publishing)");
  else if (!record.author.url) warnings.push("author.url: the organisation's web address is not set");
  if (!record.datePublished) warnings.push("datePublished: the verdict has no publication date");
  if (!record.itemReviewed.author?.name) warnings.push("itemReviewed.author.name: the claim has no named speaker");
  if (!record.itemReviewed.appearance) warnings.push("itemReviewed.appearance: the claim's article has no web address");
  return { problems, warnings };
}

/** Every claim is either a record or listed in `skipped` with its reasons; none is dropped silently. */
export function buildClaimReviews(claims: ClaimReviewSource[], org: ReviewOrganization, baseUrl: string) {
  const records: ClaimReview[] = [];
  const skipped: SkippedClaim[] = [];
  const warnings: { claimId: number; warnings: string[] }[] = [];
  for (const claim of claims) {
    const record = toClaimReview(claim, org, baseUrl);
    const check = validateClaimReview(record);
    if (check.problems.length) {
      skipped.push({ claimId: claim.id, statement: claim.statement, reasons: check.problems });
      continue;
    }
    records.push(record);
    if (check.warnings.length) warnings.push({ claimId: claim.id, warnings: check.warnings });
  }
  return { records, skipped, warnings };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no text in it (a statement
 * quoting "</script>") can close the tag early; JSON parsers read `\u003c` back as `<`.
 */
export function jsonLdScriptContent(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
