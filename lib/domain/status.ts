import type { Role } from "./roles";
import { can } from "./roles";

export const STATUSES = ["unverified", "in_progress", "verified", "false", "misleading", "unverifiable"] as const;
export type ClaimStatus = (typeof STATUSES)[number];

/** Final statuses end the check: only editors set them, and each needs a note saying why. */
export const FINAL_STATUSES = ["verified", "false", "misleading", "unverifiable"] as const satisfies readonly ClaimStatus[];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: "Unverified",
  in_progress: "In progress",
  verified: "Verified",
  false: "False",
  misleading: "Misleading",
  unverifiable: "Unverifiable",
};

export function isFinalStatus(status: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

/** The statuses a role may move a claim to. */
export function allowedStatuses(role: Role): ClaimStatus[] {
  if (can(role, "status.final")) return [...STATUSES];
  if (can(role, "status.progress")) return ["unverified", "in_progress"];
  return [];
}

/**
 * Whether `role` may move a claim from `from` to `to`. Fact-checkers only move open claims between
 * unverified and in progress; a claim with a final status is reopened by an editor.
 */
export function canChangeStatus(role: Role, from: ClaimStatus, to: ClaimStatus): boolean {
  if (from === to) return false;
  if (!allowedStatuses(role).includes(to)) return false;
  if (isFinalStatus(from)) return can(role, "status.final");
  return true;
}
