import Link from "next/link";
import type { Actor } from "@/lib/platform/session";
import { can } from "@/lib/access/roles";
import { conflictsOfClaimOn } from "@/lib/data/tracker-reports";
import { suggestTrackersFor, type ClaimForTrackers } from "@/lib/data/tracker-suggestions";
import type { ClaimPage } from "@/lib/data/claim-page";
import { ConflictList } from "@/app/_components/conflict-list";
import { TrackerSuggestion } from "./tracker-suggestion";

/** The figure trackers a claim reports for, the conflicts it is part of, and trackers it may belong to. */
export async function ClaimTrackers({ actor, claim, trackers }: { actor: Actor; claim: ClaimForTrackers; trackers: ClaimPage["trackers"] }) {
  const claimId = claim.id;
  const [conflicts, suggested] = await Promise.all([
    conflictsOfClaimOn(actor, claimId, trackers),
    can(actor.role, "tracker.manage") ? suggestTrackersFor(actor, claim) : Promise.resolve([]),
  ]);
  if (trackers.length === 0 && suggested.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="trackers-title">
      <h2 id="trackers-title" style={{ marginTop: 0 }}>Figure trackers</h2>
      {trackers.length > 0 && (
        <p>Reports the figure of {trackers.map((t, i) => <span key={t.id}>{i > 0 && ", "}<Link href={`/trackers/${t.id}`}>{t.description}</Link></span>)}.</p>
      )}
      {conflicts.length > 0 && (
        <div role="group" aria-labelledby="claim-conflicts-title">
          <h3 id="claim-conflicts-title">Figures in conflict ({conflicts.length})</h3>
          <ConflictList conflicts={conflicts} tracker />
        </div>
      )}
      {suggested.length > 0 && (
        <div role="group" aria-labelledby="suggested-trackers-title">
          <h3 id="suggested-trackers-title">Suggested trackers</h3>
          <ul>{suggested.map((t) => <TrackerSuggestion key={t.id} trackerId={t.id} claimId={claimId} description={t.description} />)}</ul>
        </div>
      )}
    </section>
  );
}
