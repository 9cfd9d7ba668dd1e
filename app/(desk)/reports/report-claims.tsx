import Link from "next/link";
import type { VerifiedClaim } from "@/lib/data/reports";
import { correctionsOf, groupByArticle } from "@/lib/reports/report-groups";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/figures/vocabulary";
import { ClaimTitle } from "@/app/_components/claim-title";
import { changedParts } from "@/lib/web/history-sentence";
import { formatDate } from "@/lib/web/format";
import { RatingBadge } from "@/app/_components/rating-badge";
import { Markdown } from "@/app/_components/markdown";

const STANCE_WORDS: Record<string, string> = { supports: "Supports", contradicts: "Contradicts", context: "Context" };

/** The report's claims grouped by article, then the corrections to their verdicts. */
export function ReportClaims({ claims }: { claims: VerifiedClaim[] }) {
  const groups = groupByArticle(claims);
  const corrections = correctionsOf(claims);
  return (
    <>
      {groups.length === 0 && <p className="empty">No verdict has been published in this selection yet.</p>}
      {groups.map((group) => (
        <section key={group.article?.id ?? "none"} className="panel report-group" aria-label={group.article?.title ?? "Claims without an article"}>
          <h2 style={{ marginTop: 0 }}>{group.article ? group.article.title : "Claims without an article"}</h2>
          {group.article && (
            <p className="muted small">
              {group.article.outlet}
              {group.article.publishedAt && <>, {formatDate(group.article.publishedAt)}</>}
              {group.article.url && <> · <a href={group.article.url} rel="noopener noreferrer nofollow">{group.article.url}</a></>}
            </p>
          )}
          {group.claims.map((claim) => (
            <article key={claim.id} className="report-claim">
              <h3 style={{ margin: "0 0 0.25rem" }}>
                <RatingBadge rating={claim.rating} /> <ClaimTitle claim={claim} max={200} />
              </h3>
              <p className="small" style={{ margin: "0.2rem 0" }}>
                {claim.speaker ? <strong>{claim.speaker.name}</strong> : "No named speaker"}
                {claim.speaker?.description && `, ${claim.speaker.description}`} · {ATTRIBUTION_LABELS[claim.attribution as Attribution]}
              </p>
              {claim.explanation && <Markdown source={claim.explanation} />}
              {claim.corrections.length > 0 && <p className="small" style={{ margin: "0.2rem 0" }}><strong>Corrected</strong> {claim.corrections.length === 1 ? "once" : `${claim.corrections.length} times`}; see Corrections below.</p>}
              {claim.evidence.length > 0 && (
                <ul className="small" style={{ margin: "0.3rem 0" }}>
                  {claim.evidence.map((e, i) => (
                    <li key={i}>
                      {STANCE_WORDS[e.stance] ?? "Evidence"}: {e.url ? <a href={e.url} rel="noopener noreferrer nofollow">{e.title}</a> : e.title}
                    </li>
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      ))}
      {corrections.length > 0 && (
        <section className="panel report-group" aria-labelledby="corrections-title">
          <h2 id="corrections-title" style={{ marginTop: 0 }}>Corrections</h2>
          <ul>
            {corrections.map((c, i) => (
              <li key={i} style={{ marginBottom: "0.4rem" }}>
                <strong>{formatDate(c.createdAt)}</strong> · <Link href={`/claims/${c.claimId}`}>{c.statement}</Link>: {c.note}
                <span className="muted small">
                  {" "}
                  ({changedParts(c.changes) ? `corrected ${changedParts(c.changes)}` : `${c.previousRatingName ?? "no rating"} → ${c.newRatingName ?? "withdrawn for re-check"}`})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
