import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { can } from "@/lib/access/roles";
import { listTrackers, TRACKERS_PAGE_SIZE } from "@/lib/data/trackers";
import { ZTrackerListQuery } from "@/lib/validation/filters";
import { pluralize } from "@/lib/figures/figure";
import { formatDate } from "@/lib/web/format";
import { NewTrackerForm } from "./new-tracker-form";

export const metadata: Metadata = { title: "Figure trackers" };

type Search = Record<string, string | string[] | undefined>;

export default async function TrackersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  // A page number that makes no sense shows the first page, as the other lists do.
  const parsed = ZTrackerListQuery.safeParse({ page: Array.isArray(raw.page) ? raw.page[0] : raw.page });
  const { trackers, total, page, pageCount } = await listTrackers(actor, { page: parsed.success ? parsed.data.page : 1, limit: TRACKERS_PAGE_SIZE });
  return (
    <>
      <h1>Figure trackers</h1>
      <p className="muted">One figure followed across sources and over time: every report on a timeline, the reports that cannot all be true, and a current estimate.</p>
      <div className="grid-2">
        <section className="panel" aria-labelledby="trackers-title">
          <h2 id="trackers-title" style={{ marginTop: 0 }}>Trackers ({total})</h2>
          {trackers.length === 0 ? (
            <p className="muted">{total === 0 ? "No figure is tracked yet." : "This page is past the last tracker."}</p>
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
          {pageCount > 1 && (
            <nav className="pagination" aria-label="Tracker pages">
              {page > 1 && <Link href={page === 2 ? "/trackers" : `/trackers?page=${page - 1}`}>← Previous</Link>}
              <span>Page {page} of {pageCount}</span>
              {page < pageCount && <Link href={`/trackers?page=${page + 1}`}>Next →</Link>}
            </nav>
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
