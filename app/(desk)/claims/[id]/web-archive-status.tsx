import Link from "next/link";
import type { WebSnapshotSummary } from "@/lib/data/evidence";
import { formatDateTime } from "@/lib/web/format";
import { CheckAgainButton } from "./check-again-button";

/** The archive line of a web source: its archived copy and what the latest check found, or why it failed. */
export function WebArchiveStatus({ claimId, evidenceId, snapshots, pending, canCheck }: {
  claimId: number;
  evidenceId: number;
  snapshots: WebSnapshotSummary[];
  pending: boolean;
  canCheck: boolean;
}) {
  const latest = snapshots.at(-1);
  const copy = snapshots.findLast((s) => s.outcome === "archived" || s.outcome === "changed");
  const firstCopy = snapshots.find((s) => s.outcome === "archived");
  const check = latest && latest !== copy ? latestCheck(latest, copy !== undefined) : null;
  return (
    <div className="small" data-testid={`archive-${evidenceId}`}>
      {copy ? (
        <>
          <Link href={`/evidence/archive/${copy.id}`}>
            {copy.outcome === "changed" && firstCopy ? "changed; new copy archived" : "archived"} {formatDateTime(copy.fetchedAt)}
          </Link>
          {copy.outcome === "changed" && firstCopy && (
            <>
              {" "}(<Link href={`/evidence/archive/${firstCopy.id}`}>first copy, {formatDateTime(firstCopy.fetchedAt)}</Link>)
            </>
          )}
        </>
      ) : pending ? null : (
        <span className={latest ? "field-error" : "muted"}>{latest ? `not archived: ${latest.error ?? "the page could not be read"}` : "not archived yet"}</span>
      )}
      {check && <> · <span className={latest?.outcome === "unchanged" ? "muted" : "field-error"}>{check}</span></>}
      {pending && <> {copy || latest ? "· " : ""}<span className="muted">archiving…</span></>}
      {canCheck && !pending && (
        <>
          {" "}
          <CheckAgainButton claimId={claimId} evidenceId={evidenceId} label={snapshots.length ? "Check again" : "Archive now"} />
        </>
      )}
    </div>
  );
}

/** What the latest check found, when it is not the copy itself. */
function latestCheck(latest: WebSnapshotSummary, hasCopy: boolean): string | null {
  const when = formatDateTime(latest.fetchedAt);
  switch (latest.outcome) {
    case "unchanged": return `unchanged when checked ${when}`;
    case "gone": return `${hasCopy ? "the page is gone" : "gone"} (checked ${when}: ${latest.error})`;
    case "failed": return hasCopy ? `last check failed ${when}: ${latest.error}` : null;
    default: return null;
  }
}
