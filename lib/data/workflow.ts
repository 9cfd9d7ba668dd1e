import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { checkTransition, isWorkflowState, type WorkflowAction } from "@/lib/workflow/workflow";
import type { TTransition } from "@/lib/validation/claim";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { readSettings } from "./settings";
import { staleVersionError } from "./stale";

const invalid = (field: string, message: string) => new AppError("invalid", message, { fields: { [field]: [message] } });

async function activeRating(tx: Tx, ratingId: number | undefined) {
  if (ratingId === undefined) return null;
  const rating = await tx.ratingLabel.findUnique({ where: { id: ratingId } });
  if (!rating) throw invalid("ratingId", "That rating does not exist.");
  if (rating.retired) throw invalid("ratingId", `The rating “${rating.name}” is retired; choose another.`);
  return rating;
}

/** Which form field a refusal is about, so the message appears next to it. */
function fieldOf(action: WorkflowAction, reason: string): string | undefined {
  if (/rating/i.test(reason)) return "ratingId";
  // "Explain the verdict…" as well as "…explanation".
  if (/explain/i.test(reason)) return "explanation";
  if (/comment|note/i.test(reason) && (action === "return" || action === "correct" || action === "reopen")) return "note";
  return undefined;
}

/**
 * Moves a claim through the verification workflow. The rules (who, from where, what is required, the
 * two-person rule) live in lib/workflow/workflow.ts; this applies them to the stored claim and writes the
 * change, its correction record and its audit entry together. The update is conditional on the version
 * the person saw, so of two simultaneous decisions exactly one succeeds.
 */
export async function transitionClaim(actor: Actor, claimId: number, input: TTransition) {
  // Viewers take no part in the workflow; the finer rules per action follow in checkTransition.
  assertCan(actor, "claim.edit");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      include: { rating: true, _count: { select: { evidence: true } } },
    });
    if (!claim) throw notFound("That claim");
    if (claim.version !== input.version) throw await staleVersionError(tx, claimId, input.version);
    if (!isWorkflowState(claim.status)) throw new AppError("internal", "The claim is in an unknown state.");
    const { twoPersonRule } = await readSettings(tx);
    const rating = await activeRating(tx, input.ratingId);
    if (input.action === "correct") {
      if (!rating) throw invalid("ratingId", "Choose the corrected rating.");
      if (!input.explanation) throw invalid("explanation", "Write the corrected explanation.");
    }

    const verdict = input.action === "propose" || input.action === "correct";
    const check = checkTransition({
      action: input.action,
      from: claim.status,
      role: actor.role,
      actorId: actor.id,
      proposerId: claim.proposedById,
      twoPersonRule,
      ratingId: verdict ? (rating?.id ?? null) : claim.ratingId,
      explanation: verdict ? (input.explanation ?? null) : claim.explanation,
      evidenceCount: claim._count.evidence,
      note: input.note ?? null,
    });
    if (!check.ok) {
      const field = fieldOf(input.action, check.reason);
      const code = /^(Only|Viewers|You proposed)/.test(check.reason) ? "forbidden" : field ? "invalid" : "conflict";
      throw new AppError(code, check.reason, field ? { fields: { [field]: [check.reason] } } : undefined);
    }

    const now = new Date();
    const data: Record<string, unknown> = { status: check.to, statusChangedAt: now, statusChangedById: actor.id, updatedById: actor.id };
    switch (input.action) {
      case "start_review":
        if (!claim.assigneeId) data.assigneeId = actor.id;
        break;
      case "propose":
        Object.assign(data, { ratingId: rating!.id, explanation: input.explanation, proposedById: actor.id, proposedAt: now, returnComment: null });
        break;
      case "approve":
        Object.assign(data, { publishedAt: now, publishedById: actor.id });
        break;
      case "return":
        // Back to whoever proposed it, with the editor's comment.
        Object.assign(data, { returnComment: input.note, assigneeId: claim.proposedById ?? claim.assigneeId });
        break;
      case "correct":
        Object.assign(data, { ratingId: rating!.id, explanation: input.explanation });
        break;
      case "reopen":
        Object.assign(data, { publishedAt: null, publishedById: null, proposedById: null, proposedAt: null });
        break;
    }
    const updated = await tx.claim.updateMany({ where: { id: claimId, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) throw await staleVersionError(tx, claimId, input.version);

    if (input.action === "correct" || input.action === "reopen") {
      await tx.correction.create({
        data: {
          claimId,
          note: input.note!,
          previousRatingName: claim.rating?.name ?? null,
          newRatingName: input.action === "correct" ? rating!.name : null,
          createdById: actor.id,
        },
      });
    }
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: { rating: true } });
    await recordAudit(tx, {
      actor,
      entity: "claim",
      entityId: claimId,
      claimId,
      action: "status",
      before: { status: claim.status, rating: claim.rating?.name ?? null, explanation: claim.explanation },
      after: { status: after.status, rating: after.rating?.name ?? null, explanation: after.explanation, action: input.action },
      reason: input.note ?? null,
    });
    return after;
  });
}
