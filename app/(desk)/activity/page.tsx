import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, listActivity, listActivityActors } from "@/lib/data/activity";
import { FilterSelect } from "@/app/_components/filter-select";
import { ActivityList } from "@/app/_components/activity-list";
import { loadHistoryNames } from "@/lib/data/audit";
import { activityHref, ZActivityQuery } from "./activity-query";
import { formatCount } from "@/lib/web/format";

export const metadata: Metadata = { title: "Activity" };

type Search = Record<string, string | string[] | undefined>;

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const first = (k: string) => (Array.isArray(raw[k]) ? raw[k]![0] : raw[k]);
  const query = ZActivityQuery.parse(Object.fromEntries(["person", "claim", "kind", "after", "before"].map((k) => [k, first(k) || undefined])));
  const [{ entries, total, totalCapped, older, newer }, people] = await Promise.all([
    listActivity(actor, { actorId: query.person, claimId: query.claim, kind: query.kind, after: query.after, before: query.before }),
    listActivityActors(actor),
  ]);
  const names = await loadHistoryNames(actor, entries);
  const filtered = Boolean(query.person || query.claim || query.kind);

  return (
    <>
      <div className="page-head">
        <h1>Activity</h1>
        <span className="muted">{formatCount(total, totalCapped)} {total === 1 && !totalCapped ? "change" : "changes"}</span>
      </div>
      <form className="filters" aria-label="Filter activity">
        <FilterSelect name="person" label="Person" anyLabel="Anyone" value={query.person} options={people.map((p) => ({ value: p.id, label: p.name }))} />
        <div className="field">
          <label htmlFor="f-claim">Claim number</label>
          <input id="f-claim" name="claim" inputMode="numeric" pattern="[0-9]*" defaultValue={query.claim ?? ""} />
        </div>
        <FilterSelect name="kind" label="Kind of change" anyLabel="Any kind" value={query.kind} options={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_LABELS[k] }))} />
        <button type="submit">Apply filters</button>
        <Link href="/activity" className="button secondary">Clear</Link>
      </form>
      <section aria-label="Changes" className="panel">
        {entries.length === 0 ? (
          <p className="empty">{filtered ? "No changes match these filters." : "Nothing has been changed yet."}</p>
        ) : (
          <ActivityList entries={entries} names={names} />
        )}
      </section>
      {(newer !== null || older !== null) && (
        <nav className="pagination" aria-label="Pages">
          {newer !== null && <Link href={activityHref(query, { before: newer, after: undefined })}>← Newer</Link>}
          {older !== null && <Link href={activityHref(query, { after: older, before: undefined })}>Older →</Link>}
        </nav>
      )}
    </>
  );
}
