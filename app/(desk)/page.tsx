import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/session";
import { countClaimsByStatus, listMyClaimsInProgress } from "@/lib/data/claim-list";
import { getRecentActivity } from "@/lib/data/audit";
import { STATUSES, STATUS_LABELS } from "@/lib/domain/status";
import { formatDateTime } from "@/lib/format";
import { ActivityList } from "@/app/_components/activity-list";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requireActor();
  const [counts, mine, activity] = await Promise.all([
    countClaimsByStatus(actor),
    listMyClaimsInProgress(actor),
    getRecentActivity(actor),
  ]);
  return (
    <>
      <h1>Dashboard</h1>
      <section aria-labelledby="by-status">
        <h2 id="by-status">Claims by status</h2>
        <div className="cards">
          {STATUSES.map((status) => (
            <Link key={status} href={`/claims?status=${status}`} className={`card`} aria-label={`${STATUS_LABELS[status]}: ${counts[status]} claims`}>
              <span className="count">{counts[status]}</span>
              <span className={`badge status-${status}`}>{STATUS_LABELS[status]}</span>
            </Link>
          ))}
        </div>
      </section>
      <div className="grid-2">
        <section aria-labelledby="activity" className="panel">
          <h2 id="activity" style={{ marginTop: 0 }}>Recent activity</h2>
          <ActivityList entries={activity} />
        </section>
        <section aria-labelledby="mine" className="panel">
          <h2 id="mine" style={{ marginTop: 0 }}>My claims in progress</h2>
          {mine.length === 0 ? (
            <p className="muted">Nothing in progress. Pick an unverified claim from the <Link href="/claims?status=unverified">claims list</Link>.</p>
          ) : (
            <ul>
              {mine.map((claim) => (
                <li key={claim.id}>
                  <Link href={`/claims/${claim.id}`}>{claim.statement}</Link>
                  <div className="muted small">
                    {claim.article?.title ?? "No article"} · since {formatDateTime(claim.statusChangedAt)}
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
