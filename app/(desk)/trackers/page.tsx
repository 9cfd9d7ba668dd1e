import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { can } from "@/lib/access/roles";
import { listTrackers } from "@/lib/data/trackers";
import { pluralize } from "@/lib/figures/figure";
import { formatDate } from "@/lib/web/format";
import { NewTrackerForm } from "./new-tracker-form";

export const metadata: Metadata = { title: "Figure trackers" };

export default async function TrackersPage() {
  const actor = await requireActor();
  const trackers = await listTrackers(actor);
  return (
    <>
      <h1>Figure trackers</h1>
      <p className="muted">One figure followed across sources and over time: every report on a timeline, the reports that cannot all be true, and a current estimate.</p>
      <div className="grid-2">
        <section className="panel" aria-labelledby="trackers-title">
          <h2 id="trackers-title" style={{ marginTop: 0 }}>Trackers ({trackers.length})</h2>
          {trackers.length === 0 ? (
            <p className="muted">No figure is tracked yet.</p>
          ) : (
            <ul>
              {trackers.map((t) => (
                <li key={t.id}>
                  <Link href={`/trackers/${t.id}`}>{t.description}</Link>
                  <div className="muted small">
                    {pluralize(t.unit)} · {t.kind === "cumulative" ? "running total" : "level"} · {t._count.claims} {t._count.claims === 1 ? "report" : "reports"} · changed {formatDate(t.updatedAt)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        {can(actor.role, "tracker.manage") && (
          <section className="panel">
            <NewTrackerForm />
          </section>
        )}
      </div>
    </>
  );
}
