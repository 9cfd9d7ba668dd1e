import { STATUS_LABELS, type ClaimStatus } from "@/lib/domain/status";

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{STATUS_LABELS[status as ClaimStatus] ?? status}</span>;
}
