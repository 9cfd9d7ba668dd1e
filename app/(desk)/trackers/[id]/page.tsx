import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { can } from "@/lib/access/roles";
import { getTrackerById } from "@/lib/data/tracker-reports";
import { listAddableClaims } from "@/lib/data/trackers";
import { claimHeadline, pluralize } from "@/lib/figures/figure";
import { ESTIMATE_RULES } from "@/lib/figures/estimate";
import { figureDomain, timelineMarks } from "@/lib/figures/timeline";
import { formatInterval, intervalOf } from "@/lib/figures/intervals";
import { formatDate, isoDay } from "@/lib/web/format";
import { parseId } from "@/app/_components/parse-id";
import { notFound } from "next/navigation";
import { TrackerChart } from "./tracker-chart";
import { AddTrackerClaimForm, RemoveTrackerClaimButton } from "./tracker-claim-forms";
import { ConflictList } from "@/app/_components/conflict-list";

export const metadata: Metadata = { title: "Figure tracker" };

const DIGITS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const n = (x: number) => DIGITS.format(x);
const DATE_FROM = { as_of: "as-of date", article: "article date", recorded: "date recorded" } as const;

export default async function TrackerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const id = parseId((await params).id);
  const tracker = await getTrackerById(actor, id);
  if (!tracker) notFound();
  const manage = can(actor.role, "tracker.manage");
  const hasCandidates = manage && (await listAddableClaims(actor, id, 1)).length > 0;
  const marks = timelineMarks(tracker.reports);
  const units = pluralize(tracker.unit);
  const { estimate } = tracker;
  const describe = `Timeline of ${tracker.reports.length} reports of ${tracker.description}: ${marks.map((m) => `${isoDay(new Date(m.x))} ${m.source} ${m.figure}`).join("; ")}.`;

  return (
    <>
      <p className="small"><Link href="/trackers">← All trackers</Link></p>
      <h1>{tracker.description}</h1>
      <p className="muted">
        Counts {units} · {tracker.kind === "cumulative" ? "a running total: it should not fall" : "a level: it may rise or fall"} · started by {tracker.createdBy.name}, {formatDate(tracker.createdAt)} ·{" "}
        <a href={`/api/v1/trackers/${id}/export?format=csv`}>CSV</a> · <a href={`/api/v1/trackers/${id}/export?format=json`}>JSON</a>
      </p>

      <section className="panel" aria-labelledby="estimate-title">
        <h2 id="estimate-title" style={{ marginTop: 0 }}>Current estimate</h2>
        {estimate ? (
          <>
            <ul className="cards" aria-label="Estimate">
              <li className="card"><span className="count">{n(estimate.low)}</span> low</li>
              <li className="card"><span className="count">{n(estimate.best)}</span> best</li>
              <li className="card"><span className="count">{n(estimate.high)}</span> high</li>
              <li className="card"><span className="count">{estimate.sources}</span> {estimate.sources === 1 ? "independent source" : "independent sources"}</li>
            </ul>
            <p className="small">{units} as of {isoDay(estimate.asOf)}, from claims {estimate.claimIds.map((c) => `#${c}`).join(", ")}.</p>
          </>
        ) : (
          <p className="muted">No report with a number yet.</p>
        )}
        <details>
          <summary>How the estimate is made</summary>
          <ol className="small">{ESTIMATE_RULES.map((rule) => <li key={rule}>{rule}</li>)}</ol>
        </details>
      </section>

      <section className="panel" aria-labelledby="conflicts-title">
        <h2 id="conflicts-title" style={{ marginTop: 0 }}>Conflicts ({tracker.conflicts.length})</h2>
        {tracker.conflicts.length === 0 ? <p className="muted">The reports can all be true together.</p> : <ConflictList conflicts={tracker.conflicts} />}
      </section>

      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title" style={{ marginTop: 0 }}>Timeline</h2>
        {marks.length === 0 ? <p className="muted">Add claims to see them on the timeline.</p> : <TrackerChart marks={marks} domain={figureDomain(marks)} describe={describe} />}
        <table className="table" aria-labelledby="reports-caption">
          <caption id="reports-caption">Reports ({tracker.reports.length})</caption>
          <thead>
            <tr>
              <th scope="col">Date</th><th scope="col">Source</th><th scope="col">Figure</th><th scope="col">Allows</th><th scope="col">Claim</th>
              {manage && <th scope="col"><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {tracker.reports.map((r) => {
              const interval = intervalOf(r);
              return (
                <tr key={r.claimId}>
                  <td>{isoDay(r.date)} <span className="muted small">({DATE_FROM[r.dateFrom]})</span></td>
                  <th scope="row">{r.source}{r.article && r.speakerName && <div className="muted small">in {r.article.outlet}</div>}</th>
                  <td>{claimHeadline(r).figure}</td>
                  <td>{interval ? formatInterval(interval) : "—"}</td>
                  <td><Link href={`/claims/${r.claimId}`}>#{r.claimId}</Link> <span className="small">{claimHeadline(r, 90).statement}</span></td>
                  {manage && <td><RemoveTrackerClaimButton trackerId={id} claimId={r.claimId} /></td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      {manage && (
        <section className="panel">
          <AddTrackerClaimForm trackerId={id} unit={tracker.unit} hasCandidates={hasCandidates} />
        </section>
      )}
    </>
  );
}
