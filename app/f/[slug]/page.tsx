import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { publicBaseUrl } from "@/lib/platform/base-url";
import { getPublicFactCheck } from "@/lib/data/fact-checks";
import { claimReviewSlug, jsonLdScriptContent, toClaimReview, validateClaimReview } from "@/lib/reports/claim-review";
import { formatDate } from "@/lib/web/format";
import { Markdown } from "@/app/_components/markdown";
import { RatingBadge } from "@/app/_components/rating-badge";
import { cutText } from "@/lib/validation/common";

// A verdict can be corrected and publishing turned off at any time: never serve a stored copy.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const STANCES: Record<string, string> = { supports: "Supports", contradicts: "Contradicts", context: "Context" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublicFactCheck((await params).slug);
  if (!found) return { title: "Not found" };
  const { claim, organization } = found;
  const title = `Fact-check: ${[...claim.statement].length > 90 ? `${cutText(claim.statement, 89)}…` : claim.statement}`;
  return { title: { absolute: organization.name ? `${title} · ${organization.name}` : title }, description: `Rated ${claim.rating?.name}.` };
}

/** The public page of one published verdict, with its ClaimReview markup for search engines. */
export default async function FactCheckPage({ params }: Props) {
  const { slug } = await params;
  const found = await getPublicFactCheck(slug);
  if (!found) notFound();
  const { claim, organization } = found;
  const canonical = claimReviewSlug(claim);
  if (slug !== canonical) permanentRedirect(`/f/${canonical}`);
  const record = toClaimReview(claim, organization, publicBaseUrl());
  // Markup with a required field missing is rejected by search engines; the page itself still helps readers.
  const markup = validateClaimReview(record).problems.length === 0;

  return (
    <main style={{ maxWidth: 760 }}>
      {markup && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(record) }} />}
      <p className="muted small">
        Fact-check
        {organization.name && <> by {organization.url ? <a href={organization.url}>{organization.name}</a> : organization.name}</>}
        {claim.publishedAt && <>, published {formatDate(claim.publishedAt)}</>}
      </p>
      <article className="panel">
        <h1 style={{ marginTop: 0 }}>{claim.statement}</h1>
        <p>
          {claim.speaker ? <strong>{claim.speaker.name}</strong> : "No named speaker"}
          {claim.speaker?.description && `, ${claim.speaker.description}`}
          {claim.asOf && <> · claimed {formatDate(claim.asOf)}</>}
        </p>
        {claim.article && (
          <p className="small muted">
            In {claim.article.url ? <a href={claim.article.url} rel="noopener noreferrer nofollow">{claim.article.title}</a> : claim.article.title}
            {` (${claim.article.outlet}${claim.article.publishedAt ? `, ${formatDate(claim.article.publishedAt)}` : ""})`}
          </p>
        )}
        <section aria-labelledby="verdict-title">
          <h2 id="verdict-title">
            Verdict: <RatingBadge rating={claim.rating} />
          </h2>
          {claim.rating?.description && <p className="small muted">{claim.rating.description}</p>}
          {claim.explanation && <Markdown source={claim.explanation} />}
        </section>
        {claim.evidence.length > 0 && (
          <section aria-labelledby="sources-title">
            <h2 id="sources-title">Sources</h2>
            <ul>
              {claim.evidence.map((source, i) => (
                <li key={i}>
                  {STANCES[source.stance] ?? source.stance}:{" "}
                  <a href={source.url!} rel="noopener noreferrer nofollow">{source.title}</a>
                  {source.publisher && <span className="muted"> ({source.publisher})</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {claim.corrections.length > 0 && (
          <section aria-labelledby="corrections-title">
            <h2 id="corrections-title">Corrections</h2>
            <ul>
              {claim.corrections.map((correction, i) => (
                <li key={i}>
                  <strong>{formatDate(correction.createdAt)}</strong>: {correction.note}
                  {correction.previousRatingName !== correction.newRatingName && (
                    <span className="muted small"> (rating {correction.previousRatingName ?? "none"} → {correction.newRatingName ?? "withdrawn for re-check"})</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </main>
  );
}
