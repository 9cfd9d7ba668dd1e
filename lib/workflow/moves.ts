/**
 * What each workflow move changes on a claim, as a typed patch, decided here so the data layer only
 * loads the claim, applies the patch, records and saves.
 */
import type { Refusal } from "./refusals";
import { checkTransition, type ChosenRating, type TransitionInput, type WorkflowAction, type WorkflowState } from "./workflow";

/** The claim as it stands before the move: what the move's effects depend on. */
export interface ClaimBeforeMove {
  status: WorkflowState;
  assigneeId: string | null;
  proposedById: string | null;
  /** The name of the current rating, for the correction record. */
  ratingName: string | null;
  evidenceCount: number;
}

/** What the person sent with the move. */
export interface MoveInput {
  action: WorkflowAction;
  /** The rating chosen (`propose`, `correct`); `"unknown"` when the id sent matches no rating. */
  rating?: ChosenRating | "unknown" | null;
  explanation?: string | null;
  note?: string | null;
}

export interface MoveActor {
  id: string;
  role: TransitionInput["role"];
}

/** The claim columns a move sets; a column left out stays as it is. */
export interface ClaimMovePatch {
  status: WorkflowState;
  statusChangedAt: Date;
  statusChangedById: string;
  updatedById: string;
  assigneeId?: string | null;
  ratingId?: number;
  explanation?: string;
  proposedById?: string | null;
  proposedAt?: Date | null;
  returnComment?: string | null;
  publishedAt?: Date | null;
  publishedById?: string | null;
}

/** A correction to a published verdict, listed on the claim and in the report. */
export interface CorrectionEntry {
  note: string;
  previousRatingName: string | null;
  newRatingName: string | null;
}

export type MovePlan = { ok: true; patch: ClaimMovePatch; correction: CorrectionEntry | null } | { ok: false; refusal: Refusal };

/**
 * Checks the move (checkTransition) and, when it is allowed, says what it changes on the claim and
 * whether it leaves a correction record.
 */
export function planMove(claim: ClaimBeforeMove, input: MoveInput, actor: MoveActor, twoPersonRule: boolean, now: Date): MovePlan {
  const check = checkTransition({
    action: input.action,
    from: claim.status,
    role: actor.role,
    actorId: actor.id,
    proposerId: claim.proposedById,
    twoPersonRule,
    rating: input.rating,
    explanation: input.explanation,
    evidenceCount: claim.evidenceCount,
    note: input.note,
  });
  if (!check.ok) return check;

  const base: ClaimMovePatch = { status: check.to, statusChangedAt: now, statusChangedById: actor.id, updatedById: actor.id };
  const move = (patch: ClaimMovePatch, correction: CorrectionEntry | null = null): MovePlan => ({ ok: true, patch, correction });
  // checkTransition has made sure the verdict moves come with a usable rating, an explanation and a note.
  const rating = typeof input.rating === "object" && input.rating !== null ? input.rating : null;
  const explanation = input.explanation ?? "";
  const note = input.note ?? "";
  switch (input.action) {
    case "start_review":
      return move(claim.assigneeId ? base : { ...base, assigneeId: actor.id });
    case "release":
      return move(base);
    case "propose":
      return move({ ...base, ratingId: rating!.id, explanation, proposedById: actor.id, proposedAt: now, returnComment: null });
    case "approve":
      return move({ ...base, publishedAt: now, publishedById: actor.id });
    case "return":
      // Back to whoever proposed it, with the editor's comment.
      return move({ ...base, returnComment: note, assigneeId: claim.proposedById ?? claim.assigneeId });
    case "correct":
      return move({ ...base, ratingId: rating!.id, explanation }, { note, previousRatingName: claim.ratingName, newRatingName: rating!.name });
    case "reopen":
      return move(
        { ...base, publishedAt: null, publishedById: null, proposedById: null, proposedAt: null },
        { note, previousRatingName: claim.ratingName, newRatingName: null },
      );
  }
}
