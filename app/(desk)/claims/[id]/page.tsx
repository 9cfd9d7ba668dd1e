import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { readClaimPage, type ClaimPageClaim } from "@/lib/data/claim-page";
import { listRatingChoices } from "@/lib/data/ratings";
import { listAssignees } from "@/lib/data/assignments";
import { getSettings } from "@/lib/data/settings";
import { markNotificationsRead } from "@/lib/data/notifications";
import { can } from "@/lib/access/roles";
import { formatFigure } from "@/lib/figures/figure";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/figures/vocabulary";
import { formatDate, formatDateTime, isoDay } from "@/lib/web/format";
import { StatusBadge } from "@/app/_components/badges";
import { ActivityList } from "@/app/_components/activity-list";
import { Disclosure } from "@/app/_components/disclosure";
import { claimEditPhrases } from "@/lib/web/history-sentence";
import { parseId } from "@/app/_components/parse-id";
import { loadOr404 } from "@/app/_components/load";
import type { ClaimInitial } from "@/app/(desk)/claims/claim-fields";
import { ClaimEditor } from "./claim-editor";
import { DeleteClaim } from "./delete-claim";
import { WorkflowPanel } from "./workflow-panel";
import { AssignmentForm } from "./assignment-form";
import { CommentForm } from "./comment-form";
import { EvidenceSection } from "./evidence-section";
import { ClaimTrackers } from "./claim-trackers";
import { ClaimMatches } from "./claim-matches";
import { CommentBody } from "./comment-body";

export const metadata: Metadata = { title: "Claim" };

/** A correction to what the verdict is about, as a sentence: "Changed the figure from … to …". */
function correctionChange(json: string, names: Parameters<typeof claimEditPhrases>[2]): string {
  const { before, after } = JSON.parse(json) as { before: Record<string, unknown>; after: Record<string, unknown> };
  const text = claimEditPhrases(before, after, names).join("; ");
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "Corrected the claim";
}

/** What the editor starts from: the claim's own fields only (the page's client data stays small). */
function claimInitial(claim: ClaimPageClaim): ClaimInitial {
  const { articleId, excerpt, start, end, statement, speakerId, attribution, value, low, high, qualifier, unit } = claim;
  return { articleId, excerpt, start, end, statement, speakerId, speakerName: claim.speaker?.name, attribution, value, low, high, qualifier, unit, asOf: isoDay(claim.asOf) };
}

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  // The claim with everything it lists is one statement; the desk's menus and settings are read beside it.
  const [{ claim, history, historyNames: names, archiving, externalFactChecks: external, trackers, group }, ratings, people, settings] = await Promise.all([
    loadOr404(() => readClaimPage(actor, id)),
    listRatingChoices(actor),
    can(actor.role, "claim.assign") ? listAssignees(actor) : Promise.resolve([]),
    getSettings(actor),
    // Opening the claim reads the person's notifications about it.
    markNotificationsRead(actor, { claimId: id }),
  ]);
  const figure = formatFigure(claim);
  const overdue = claim.dueAt && claim.dueAt < new Date() && claim.status !== "published";

  return (
    <>
      <p className="small"><Link href="/claims">← All claims</Link></p>
      <div className="page-head">
        <h1 style={{ maxWidth: "48rem" }}>{claim.statement}</h1>
        <StatusBadge status={claim.status} />
      </div>
      <div className="grid-2">
        <div>
          <section className="panel" aria-labelledby="facts-title">
            <h2 id="facts-title" style={{ marginTop: 0 }}>The claim</h2>
            <dl>
              <dt><strong>Speaker</strong></dt>
              <dd>
                {claim.speaker ? <Link href={`/speakers/${claim.speaker.id}`}>{claim.speaker.name}</Link> : "None recorded"}
                {claim.speaker?.description && <span className="muted">, {claim.speaker.description}</span>} ·{" "}
                {ATTRIBUTION_LABELS[claim.attribution as Attribution] ?? claim.attribution}
              </dd>
              {figure && (
                <>
                  <dt><strong>Figure</strong></dt>
                  <dd>{figure}{claim.asOf && <span className="muted"> (as of {isoDay(claim.asOf)})</span>}</dd>
                </>
              )}
              {claim.article && (
                <>
                  <dt><strong>Article</strong></dt>
                  <dd><Link href={`/articles/${claim.article.id}`}>{claim.article.title}</Link> <span className="muted">({claim.article.outlet})</span></dd>
                </>
              )}
              {claim.excerpt && (
                <>
                  <dt><strong>Excerpt</strong></dt>
                  <dd><blockquote style={{ margin: "0.25rem 0", fontStyle: "italic" }}>{claim.excerpt}</blockquote></dd>
                </>
              )}
              <dt><strong>Assigned to</strong></dt>
              <dd>
                {claim.assignee?.name ?? "Nobody"}
                {claim.dueAt && <span className={overdue ? "overdue" : "muted"}> · due {formatDate(claim.dueAt)}{overdue && " (overdue)"}</span>}
              </dd>
            </dl>
            <p className="muted small">Added by {claim.createdBy.name} · last changed by {claim.updatedBy.name}, {formatDateTime(claim.updatedAt)} · version {claim.version}</p>
          </section>
          {can(actor.role, "claim.edit") && (
            <section className="panel" aria-label="Edit claim">
              <Disclosure label="Edit claim" openLabel="Close the editor">
                <ClaimEditor
                  claimId={claim.id}
                  version={claim.version}
                  published={claim.status === "published"}
                  initial={claimInitial(claim)}
                />
              </Disclosure>
            </section>
          )}
          <EvidenceSection claimId={claim.id} evidence={claim.evidence} canAdd={can(actor.role, "evidence.add")} archiving={archiving} />
        </div>
        <div>
          <WorkflowPanel claim={claim} actor={actor} ratings={ratings.map((r) => ({ id: r.id, name: r.name }))} twoPersonRule={settings.twoPersonRule} />
          <ClaimMatches actor={actor} claim={claim} group={group} />
          <ClaimTrackers actor={actor} claim={{ ...claim, articlePublishedAt: claim.article?.publishedAt ?? null }} trackers={trackers} />
          {claim.corrections.length > 0 && (
            <section className="panel" aria-labelledby="corrections-title">
              <h2 id="corrections-title" style={{ marginTop: 0 }}>Corrections</h2>
              <ul style={{ paddingLeft: "1.2rem" }}>
                {claim.corrections.map((c) => (
                  <li key={c.id}>
                    <strong>{formatDate(c.createdAt)}</strong>: {c.note}
                    <div className="muted small">
                      {c.changes ? correctionChange(c.changes, names) : `Verdict: ${c.previousRatingName ?? "no rating"} → ${c.newRatingName ?? "withdrawn for re-check"}`} · {c.createdBy.name}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {external.length > 0 && (
            <section className="panel" aria-labelledby="external-title">
              <h2 id="external-title" style={{ marginTop: 0 }}>Other fact-checkers ({external.length})</h2>
              <ul style={{ paddingLeft: "1.2rem" }}>
                {external.map((f) => (
                  <li key={f.id}>
                    <a href={f.url} rel="noopener noreferrer nofollow" target="_blank">{f.publisher}</a>: <strong>{f.ratingName}</strong>
                    {f.datePublished && <span className="muted small"> · {formatDate(f.datePublished)}</span>}
                    <div className="small">{f.claimReviewed}</div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {can(actor.role, "claim.assign") && (
            <section className="panel">
              <AssignmentForm claimId={claim.id} version={claim.version} people={people} current={{ assigneeId: claim.assignee?.id ?? null, dueAt: isoDay(claim.dueAt) }} />
            </section>
          )}
          <section className="panel" aria-labelledby="discussion-title">
            <h2 id="discussion-title" style={{ marginTop: 0 }}>Discussion ({claim.comments.length})</h2>
            {claim.comments.length === 0 ? (
              <p className="muted">No comments yet.</p>
            ) : (
              <ol className="history">
                {claim.comments.map((c) => (
                  <li key={c.id}>
                    <strong>{c.author.name}</strong> <span className="muted small">· {formatDateTime(c.createdAt)}</span>
                    <CommentBody body={c.body} mentions={c.mentions} />
                  </li>
                ))}
              </ol>
            )}
            {can(actor.role, "comment.add") && <CommentForm claimId={claim.id} />}
          </section>
          <section className="panel" aria-labelledby="history-title">
            <h2 id="history-title" style={{ marginTop: 0 }}>History</h2>
            <ActivityList entries={history} names={names} context="claim" />
          </section>
          {can(actor.role, "claim.delete") && (
            <section className="panel">
              <DeleteClaim claimId={claim.id} version={claim.version} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
