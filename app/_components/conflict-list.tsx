import Link from "next/link";
import type { FigureConflict } from "@/lib/figures/conflicts";

/** Conflicting reports, each naming both claims and why they cannot both hold. */
export function ConflictList({ conflicts, tracker }: { conflicts: (FigureConflict & { tracker?: { id: number; description: string } })[]; tracker?: boolean }) {
  return (
    <ul className="conflicts">
      {conflicts.map((c) => (
        <li key={`${c.tracker?.id ?? ""}-${c.first.claimId}-${c.second.claimId}`}>
          <strong>{c.kind === "cumulative_fall" ? "Running total falls" : "Same day, incompatible figures"}</strong>
          {tracker && c.tracker && <> in <Link href={`/trackers/${c.tracker.id}`}>{c.tracker.description}</Link></>}:{" "}
          <Link href={`/claims/${c.first.claimId}`}>claim #{c.first.claimId}</Link> and <Link href={`/claims/${c.second.claimId}`}>claim #{c.second.claimId}</Link>
          <div className="small">{c.reason}</div>
        </li>
      ))}
    </ul>
  );
}
