import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { getArticleById } from "@/lib/data/articles";
import { findSpeakersByNames } from "@/lib/data/speakers";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";
import { listPendingSuggestions } from "@/lib/data/suggestions";
import { findAlreadyChecked } from "@/lib/data/claim-matches";
import { formatDate } from "@/lib/web/format";
import { can } from "@/lib/access/roles";
import { claimHeadline } from "@/lib/figures/figure";
import { StatusBadge } from "@/app/_components/badges";
import { ClaimTitle } from "@/app/_components/claim-title";
import { parseId } from "@/app/_components/parse-id";
import { loadOr404 } from "@/app/_components/load";
import { ArticleWorkspace } from "./article-workspace";
import type { TextMark } from "./article-reader";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  const [article, suggestions] = await Promise.all([loadOr404(() => getArticleById(actor, id)), listPendingSuggestions(actor, id)]);
  const [checked, knownSpeakers] = await Promise.all([
    findAlreadyChecked(actor, suggestions),
    findSpeakersByNames(actor, suggestions.flatMap((s) => (s.speakerName ? [s.speakerName] : []))),
  ]);
  const suggestionViews = suggestions.map((s) => {
    const c = checked.get(s.id);
    const knownSpeaker = s.speakerName ? (knownSpeakers.get(normalizeSpeakerName(s.speakerName)) ?? null) : null;
    return { ...s, knownSpeaker, alreadyChecked: c ? { rating: c.rating, date: c.date ? formatDate(c.date) : null, href: c.href, by: c.by, claimId: c.claimId } : null };
  });
  const marks: TextMark[] = [
    ...suggestions.map((s) => ({ id: s.id, kind: "suggestion" as const, start: s.start, end: s.end, label: `Suggested: ${s.statement}` })),
    ...article.claims
      .filter((c) => c.start != null && c.end != null)
      .map((c) => ({ id: c.id, kind: "claim" as const, start: c.start!, end: c.end!, status: c.status, label: `Claim #${c.id}: ${claimHeadline(c).text}` })),
  ];

  const claimList = (
    <section className="panel" aria-labelledby="claims-title">
      <h2 id="claims-title" style={{ marginTop: 0 }}>
        Claims in this article ({article.claims.length})
      </h2>
      {article.claims.length === 0 ? (
        <p className="muted">No claims recorded yet.</p>
      ) : (
        <ol style={{ paddingLeft: "1.2rem" }}>
          {article.claims.map((claim) => (
            <li key={claim.id} style={{ marginBottom: "0.5rem" }}>
              <ClaimTitle claim={claim} />
              <div className="small">
                <StatusBadge status={claim.status} /> {claim.speaker?.name ?? ""}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{article.title}</h1>
          <p className="muted small" style={{ margin: 0 }}>
            {article.outlet}
            {article.byline && <> · by {article.byline}</>}
            {article.publishedAt && <> · published {formatDate(article.publishedAt)}</>} · added by {article.createdBy.name}
            {article.url && (
              <>
                {" "}·{" "}
                <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                  original
                </a>
              </>
            )}
          </p>
        </div>
      </div>
      <ArticleWorkspace
        articleId={article.id}
        body={article.body}
        marks={marks}
        suggestions={suggestionViews}
        canAddClaims={can(actor.role, "claim.create")}
        claimList={claimList}
      />
    </>
  );
}
