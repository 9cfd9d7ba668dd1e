/** Marks an article's claim suggestion accepted when a claim is saved from it. */
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";

/** Marks a pending suggestion as accepted by `claim`; refuses one already decided (someone else got there first). */
export async function markSuggestionAccepted(tx: Tx, actor: Actor, suggestionId: number, claim: { id: number; articleId: number | null }) {
  const updated = await tx.claimSuggestion.updateMany({
    where: { id: suggestionId, articleId: claim.articleId ?? -1, state: "pending" },
    data: { state: "accepted", claimId: claim.id, decidedById: actor.id, decidedAt: new Date() },
  });
  if (updated.count === 0) throw new AppError("conflict", "That suggestion was already accepted or dismissed. Reload the article.");
}
