import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { countClaimsByStatus, listMyClaimsInProgress } from "@/lib/data/claim-list";
import { getRecentActivity } from "@/lib/data/audit";
import { WORKFLOW_STATES, WORKFLOW_STATE_LABELS } from "@/lib/workflow/workflow";
import { formatDate, formatDateTime } from "@/lib/web/format";
import { ActivityList } from "@/app/_components/activity-list";
import { ClaimTitle } from "@/app/_components/claim-title";
import { ConflictList } from "@/app/_components/conflict-list";
import { listFigureConflicts } from "@/lib/data/tracker-reports";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requireActor();
  const [counts, mine, activity, conflicts] = await Promise.all([
    countClaimsByStatus(actor),
    listMyClaimsInProgress(actor),
    getRecentActivity(actor),
    listFigureConflicts(actor),
  ]);
  return (
    <>
      <h1>Dashboard</h1>
      <section aria-labelledby="by-status">
        <h2 id="by-status">Claims by state</h2>
        <div className="cards">
          {WORKFLOW_STATES.map((status) => (
            <Link key={status} href={`/claims?status=${status}`} className="card">
              <span className="count">{counts[status]}</span>
              <span className="sr-only">{counts[status] === 1 ? "claim" : "claims"} </span>
              <span className={`badge status-${status}`}>{WORKFLOW_STATE_LABELS[status]}</span>
            </Link>
          ))}
        </div>
      </section>
      {conflicts.length > 0 && (
        <section aria-labelledby="figure-conflicts" className="panel">
          <h2 id="figure-conflicts" style={{ marginTop: 0 }}>Figures in conflict ({conflicts.length})</h2>
          <ConflictList conflicts={conflicts.slice(0, 10)} tracker />
          {conflicts.length > 10 && <p className="small"><Link href="/trackers">All trackers</Link></p>}
        </section>
      )}
      <div className="grid-2">
        <section aria-labelledby="activity" className="panel">
          <h2 id="activity" style={{ marginTop: 0 }}>Recent activity</h2>
          <ActivityList entries={activity} />
        </section>
        <section aria-labelledby="mine" className="panel">
          <h2 id="mine" style={{ marginTop: 0 }}>My claims in review</h2>
          {mine.length === 0 ? (
            <p className="muted">Nothing assigned to you is in review. See <Link href="/queue">your queue</Link> or the <Link href="/claims?status=unverified">unverified claims</Link>.</p>
          ) : (
            <ul>
              {mine.map((claim) => (
                <li key={claim.id}>
                  <ClaimTitle claim={claim} />
                  <div className="muted small">
                    {claim.article?.title ?? "No article"} · since {formatDateTime(claim.statusChangedAt)}
                    {claim.dueAt && <> · due {formatDate(claim.dueAt)}</>}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
