import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/session";
import { correctionsOf, getVerifiedClaims, groupByArticle } from "@/lib/data/reports";
import { listArticleOptions } from "@/lib/data/articles";
import { formatFigure } from "@/lib/domain/figure";
import { ATTRIBUTION_LABELS, QUALIFIER_LABELS, type Attribution, type Qualifier } from "@/lib/domain/vocabulary";
import { formatDate, isoDay } from "@/lib/format";
import { fieldErrorsOf } from "@/lib/validation/common";
import { ZReportFilter } from "@/lib/validation/filters";
import { RatingBadge } from "@/app/_components/rating-badge";
import { Markdown } from "@/app/_components/markdown";

export const metadata: Metadata = { title: "Verified-claims report" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const parsed = ZReportFilter.safeParse({ from: raw.from, to: raw.to, article: raw.article });
  const filter = parsed.success ? parsed.data : {};
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const [claims, articles] = await Promise.all([getVerifiedClaims(actor, filter), listArticleOptions(actor)]);
  const groups = groupByArticle(claims);
  const corrections = correctionsOf(claims);
  const query = new URLSearchParams();
  if (parsed.success) {
    if (filter.from) query.set("from", isoDay(filter.from));
    if (filter.to) query.set("to", isoDay(filter.to));
    if (filter.article) query.set("article", String(filter.article));
  }
  const exportHref = (format: string) => `/api/v1/reports/verified?${new URLSearchParams([...query, ["format", format]])}`;

  return (
    <>
      <div className="page-head">
        <h1>Verified-claims report</h1>
        <div className="actions no-print">
          <a className="button secondary" href={exportHref("csv")} download>Download CSV</a>
          <a className="button secondary" href={exportHref("json")} download>Download JSON</a>
        </div>
      </div>
      <form className="filters no-print" aria-label="Filter the report">
        <div className="field">
          <label htmlFor="r-from">Published from</label>
          <input id="r-from" name="from" type="date" defaultValue={raw.from ?? ""} aria-invalid={Boolean(errors.from)} aria-describedby={errors.from ? "r-from-error" : undefined} />
        </div>
        <div className="field">
          <label htmlFor="r-to">Published to</label>
          <input id="r-to" name="to" type="date" defaultValue={raw.to ?? ""} aria-invalid={Boolean(errors.to)} />
        </div>
        <div className="field">
          <label htmlFor="r-article">Article</label>
          <select id="r-article" name="article" defaultValue={raw.article ?? ""}>
            <option value="">All articles</option>
            {articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
          </select>
        </div>
        <button type="submit">Apply</button>
        <Link href="/reports" className="button secondary">Clear</Link>
      </form>
      {!parsed.success && (
        <div role="alert" id="r-from-error" className="form-message error">
          {Object.values(errors).flat().join(" ")} Showing the whole report instead.
        </div>
      )}
      <p className="muted">
        {claims.length} published {claims.length === 1 ? "verdict" : "verdicts"}
        {filter.from || filter.to ? `, published ${filter.from ? `from ${formatDate(filter.from)} ` : ""}${filter.to ? `to ${formatDate(filter.to)}` : ""}` : ""}.
        Generated {formatDate(new Date())}.
      </p>
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
                <RatingBadge rating={claim.rating} /> <Link href={`/claims/${claim.id}`}>{claim.statement}</Link>
              </h3>
              <p className="small" style={{ margin: "0.2rem 0" }}>
                {claim.speaker ? <strong>{claim.speaker.name}</strong> : "No named speaker"}
                {claim.speaker?.description && `, ${claim.speaker.description}`} · {ATTRIBUTION_LABELS[claim.attribution as Attribution]}
                {claim.qualifier && <> · qualifier: {QUALIFIER_LABELS[claim.qualifier as Qualifier]}</>}
                {formatFigure(claim) && <> · figure: {formatFigure(claim)}</>}
              </p>
              {claim.explanation && <Markdown source={claim.explanation} />}
              {claim.corrections.length > 0 && <p className="small" style={{ margin: "0.2rem 0" }}><strong>Corrected</strong> {claim.corrections.length === 1 ? "once" : `${claim.corrections.length} times`}; see Corrections below.</p>}
              {claim.evidence.length > 0 && (
                <ul className="small" style={{ margin: "0.3rem 0" }}>
                  {claim.evidence.map((e, i) => (
                    <li key={i}>
                      {e.stance}: {e.url ? <a href={e.url} rel="noopener noreferrer nofollow">{e.title}</a> : e.title}
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
                <span className="muted small"> ({c.previousRatingName ?? "no rating"} → {c.newRatingName ?? "withdrawn for re-check"})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
