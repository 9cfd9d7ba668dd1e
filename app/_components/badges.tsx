import { WORKFLOW_STATE_LABELS, type WorkflowState } from "@/lib/workflow/workflow";

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{WORKFLOW_STATE_LABELS[status as WorkflowState] ?? status}</span>;
}
