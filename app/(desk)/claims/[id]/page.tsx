import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/session";
import { getClaimById } from "@/lib/data/claims";
import { getClaimHistory } from "@/lib/data/audit";
import { listSpeakerOptions } from "@/lib/data/speakers";
import { can } from "@/lib/domain/roles";
import { allowedStatuses, type ClaimStatus } from "@/lib/domain/status";
import { formatFigure } from "@/lib/domain/figure";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/domain/vocabulary";
import { formatDateTime, isoDay } from "@/lib/format";
import { StatusBadge } from "@/app/_components/badges";
import { ActivityList } from "@/app/_components/activity-list";
import { parseId } from "@/app/_components/parse-id";
import { loadOr404 } from "@/app/_components/load";
import { ClaimEditor } from "./claim-editor";
import { StatusForm } from "./status-form";
import { EvidenceForm } from "./evidence-form";
import { DeleteClaim } from "./delete-claim";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  const claim = await loadOr404(() => getClaimById(actor, id));
  const [history, speakers] = await Promise.all([getClaimHistory(actor, id), listSpeakerOptions(actor)]);
  const statusOptions = allowedStatuses(actor.role).filter((s) => s !== claim.status);
  const figure = formatFigure(claim);

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
              {claim.statusNote && (
                <>
                  <dt><strong>Status note</strong></dt>
                  <dd>{claim.statusNote} <span className="muted small">— {claim.statusChangedBy?.name}, {formatDateTime(claim.statusChangedAt)}</span></dd>
                </>
              )}
            </dl>
            <p className="muted small">Added by {claim.createdBy.name} · last changed by {claim.updatedBy.name}, {formatDateTime(claim.updatedAt)} · version {claim.version}</p>
          </section>
          {can(actor.role, "claim.edit") && (
            <section className="panel">
              <ClaimEditor
                claimId={claim.id}
                version={claim.version}
                speakers={speakers}
                initial={{ ...claim, asOf: isoDay(claim.asOf) }}
              />
            </section>
          )}
        </div>
        <div>
          {statusOptions.length > 0 && (
            <section className="panel">
              <StatusForm claimId={claim.id} version={claim.version} current={claim.status} options={statusOptions as ClaimStatus[]} />
            </section>
          )}
          <section className="panel" aria-labelledby="evidence-title">
            <h2 id="evidence-title" style={{ marginTop: 0 }}>Evidence ({claim.evidence.length})</h2>
            {claim.evidence.length === 0 ? (
              <p className="muted">No sources attached yet.</p>
            ) : (
              <ul style={{ paddingLeft: "1.2rem" }}>
                {claim.evidence.map((e) => (
                  <li key={e.id} style={{ marginBottom: "0.5rem" }}>
                    {e.url ? <a href={e.url} target="_blank" rel="noopener noreferrer nofollow">{e.title}</a> : <strong>{e.title}</strong>}{" "}
                    <span className="badge status-unverified">{e.stance}</span> <span className="muted small">{e.kind}</span>
                    {e.notes && <p className="small" style={{ margin: "0.2rem 0" }}>{e.notes}</p>}
                    <div className="muted small">{e.addedBy.name}, {formatDateTime(e.createdAt)}</div>
                  </li>
                ))}
              </ul>
            )}
            {can(actor.role, "evidence.add") && <EvidenceForm claimId={claim.id} />}
          </section>
          <section className="panel" aria-labelledby="history-title">
            <h2 id="history-title" style={{ marginTop: 0 }}>History</h2>
            <ActivityList entries={history} showLinks={false} showDiff />
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
