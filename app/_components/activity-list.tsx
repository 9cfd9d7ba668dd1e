import Link from "next/link";
import type { AuditEntry } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/web/format";
import { WORKFLOW_STATE_LABELS, type WorkflowState } from "@/lib/workflow/workflow";

const VERB: Record<string, string> = { create: "added", update: "edited", delete: "deleted", status: "changed the status of" };

function describe(entry: AuditEntry): string {
  if (entry.action === "status" && entry.after) {
    const state = String(entry.after.status);
    return `set ${entry.entity} #${entry.entityId} to “${WORKFLOW_STATE_LABELS[state as WorkflowState] ?? state}”`;
  }
  return `${VERB[entry.action] ?? entry.action} ${entry.entity} #${entry.entityId}`;
}

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === "") return <em className="muted">empty</em>;
  return <>{typeof value === "string" ? value : JSON.stringify(value)}</>;
}

/** Audit entries as a readable list: who did what, when, and the fields that changed. */
export function ActivityList({ entries, showLinks = true, showDiff = false }: { entries: AuditEntry[]; showLinks?: boolean; showDiff?: boolean }) {
  if (!entries.length) return <p className="empty">No activity yet.</p>;
  return (
    <ol className="history">
      {entries.map((entry) => {
        const fields = Object.keys({ ...entry.before, ...entry.after });
        return (
          <li key={entry.id}>
            <strong>{entry.actorName ?? "System"}</strong>{" "}
            {showLinks && entry.claimId && entry.action !== "delete" ? (
              <Link href={`/claims/${entry.claimId}`}>{describe(entry)}</Link>
            ) : (
              describe(entry)
            )}{" "}
            <span className="muted small">· {formatDateTime(entry.createdAt)}</span>
            {entry.reason && <p className="small" style={{ margin: "0.2rem 0" }}>Note: {entry.reason}</p>}
            {showDiff && fields.length > 0 && (
              <dl className="diff">
                {fields.map((field) => (
                  <div key={field}>
                    <dt style={{ display: "inline", fontWeight: 600 }}>{field}: </dt>
                    <dd style={{ display: "inline", margin: 0 }}>
                      {entry.before && field in entry.before && (
                        <>
                          <del><Value value={entry.before[field]} /></del> →{" "}
                        </>
                      )}
                      <ins><Value value={entry.after?.[field]} /></ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
