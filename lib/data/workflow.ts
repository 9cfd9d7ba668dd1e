/** Workflow moves on stored claims: loads, applies lib/workflow's plan, records and saves. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { isWorkflowState, type ChosenRating } from "@/lib/workflow/workflow";
import { planMove } from "@/lib/workflow/moves";
import { refusalError } from "@/lib/workflow/refusals";
import type { TTransition } from "@/lib/validation/claim";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { readSettings } from "./settings";
import { staleVersionError } from "./stale";
import { approverIds, recordNotifications } from "./notifications";
import { workflowEvent } from "@/lib/notify/events";

async function chosenRating(tx: Tx, ratingId: number | undefined): Promise<ChosenRating | "unknown" | null> {
  if (ratingId === undefined) return null;
  const rating = await tx.ratingLabel.findUnique({ where: { id: ratingId }, select: { id: true, name: true, retired: true } });
  return rating ?? "unknown";
}

/**
 * Moves a claim through the verification workflow. The rules and what each move changes live in
 * lib/workflow (planMove); this loads the claim, applies the plan and writes the change, its
 * correction record, its audit entry and the notifications it causes together. The update is conditional on the version the person
 * saw, so of two simultaneous decisions exactly one succeeds.
 */
export async function transitionClaim(actor: Actor, claimId: number, input: TTransition) {
  // Viewers take no part in the workflow; the finer rules per action follow in planMove.
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
    const verdict = input.action === "propose" || input.action === "correct";
    const plan = planMove(
      {
        status: claim.status,
        assigneeId: claim.assigneeId,
        proposedById: claim.proposedById,
        ratingName: claim.rating?.name ?? null,
        evidenceCount: claim._count.evidence,
      },
      { action: input.action, rating: verdict ? await chosenRating(tx, input.ratingId) : null, explanation: input.explanation, note: input.note },
      actor,
      twoPersonRule,
      new Date(),
    );
    if (!plan.ok) throw refusalError(plan.refusal);

    const updated = await tx.claim.updateMany({ where: { id: claimId, version: input.version }, data: { ...plan.patch, version: { increment: 1 } } });
    if (updated.count === 0) throw await staleVersionError(tx, claimId, input.version);
    if (plan.correction) await tx.correction.create({ data: { claimId, createdById: actor.id, ...plan.correction } });

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
    const approvers = input.action === "propose" ? await approverIds(tx) : [];
    await recordNotifications(tx, workflowEvent(input.action, claimId, actor.id, claim, after, approvers));
    return after;
  });
}
