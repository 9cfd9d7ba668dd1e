/**
 * Why the workflow refuses a move, as a code. The HTTP status (through the app's error codes) and the
 * form field a refusal is shown next to come from these tables, never from the wording of the message.
 */
import { AppError, type AppErrorCode } from "@/lib/platform/errors";
import type { WorkflowAction } from "./workflow";

export const REFUSAL_CODES = [
  "not_allowed",
  "self_approval",
  "wrong_state",
  "needs_rating",
  "unknown_rating",
  "retired_rating",
  "needs_explanation",
  "needs_evidence",
  "needs_note",
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** The transition form's fields a refusal can be about. */
export type RefusalField = "ratingId" | "explanation" | "note";

export interface Refusal {
  code: RefusalCode;
  /** The field the refusal is about, or null when it concerns the claim or the person. */
  field: RefusalField | null;
  message: string;
}

export const REFUSAL_FIELD: Record<RefusalCode, RefusalField | null> = {
  not_allowed: null,
  self_approval: null,
  wrong_state: null,
  needs_rating: "ratingId",
  unknown_rating: "ratingId",
  retired_rating: "ratingId",
  needs_explanation: "explanation",
  needs_evidence: null,
  needs_note: "note",
};

/**
 * The app error each refusal becomes: the person may not (403), the claim is not in a state that allows
 * it (409: someone else moved it, or it has no evidence yet), or something the person fills in (422).
 */
export const REFUSAL_ERROR_CODE: Record<RefusalCode, AppErrorCode> = {
  not_allowed: "forbidden",
  self_approval: "forbidden",
  wrong_state: "conflict",
  needs_rating: "invalid",
  unknown_rating: "invalid",
  retired_rating: "invalid",
  needs_explanation: "invalid",
  needs_evidence: "conflict",
  needs_note: "invalid",
};

export const refusal = (code: RefusalCode, message: string): Refusal => ({ code, field: REFUSAL_FIELD[code], message });

/** A refusal as the app's error: its code gives the error code (so the HTTP status), its field the form field. */
export function refusalError(refusal: Refusal): AppError {
  return new AppError(REFUSAL_ERROR_CODE[refusal.code], refusal.message, refusal.field ? { fields: { [refusal.field]: [refusal.message] } } : undefined);
}

/** Said when the role may not take the action at all. */
export const ROLE_REFUSALS: Record<WorkflowAction, string> = {
  start_review: "Only fact-checkers and editors can start a review.",
  release: "Only fact-checkers and editors can release a claim.",
  propose: "Only fact-checkers and editors can propose a verdict.",
  approve: "Only editors can approve a verdict.",
  return: "Only editors can return a verdict.",
  correct: "Only editors can correct a published verdict.",
  reopen: "Only editors can reopen a published claim.",
};

/** Said when the claim is not in the state the action starts from (often: someone else got there first). */
export const STATE_REFUSALS: Record<WorkflowAction, string> = {
  start_review: "This claim is already being checked.",
  release: "This claim is not in review.",
  propose: "A verdict can only be proposed for a claim that is in review.",
  approve: "This claim is not awaiting approval.",
  return: "This claim is not awaiting approval.",
  correct: "This claim has no published verdict to correct.",
  reopen: "This claim is not published, so it can't be reopened.",
};

export const VIEWER_REFUSAL = "Viewers can't change where a claim is in the checking process.";
export const SELF_APPROVAL_REFUSAL = "You proposed this verdict; another editor must approve it.";
