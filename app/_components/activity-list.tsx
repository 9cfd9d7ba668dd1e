import Link from "next/link";
import type { AuditEntry } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/web/format";
import { describeHistory, NO_NAMES, type HistoryContext, type HistoryNames } from "@/lib/web/history-sentence";

/** Audit entries as sentences: who did what, when, and the note they gave (a correction, a return comment). */
export function ActivityList({
  entries,
  names = NO_NAMES,
  context = "feed",
}: {
  entries: AuditEntry[];
  names?: HistoryNames;
  context?: HistoryContext;
}) {
  if (!entries.length) return <p className="empty">No activity yet.</p>;
  return (
    <ol className="history">
      {entries.map((entry) => {
        const sentence = describeHistory(entry, names, context);
        const linked = context === "feed" && entry.claimId && !(entry.entity === "claim" && entry.action === "delete");
        return (
          <li key={entry.id}>
            <strong>{entry.actorName ?? "System"}</strong> {linked ? <Link href={`/claims/${entry.claimId}`}>{sentence}</Link> : sentence}{" "}
            <span className="muted small">· {formatDateTime(entry.createdAt)}</span>
            {entry.reason && <p className="small" style={{ margin: "0.2rem 0" }}>Note: {entry.reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}
