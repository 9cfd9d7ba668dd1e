/** Data access for the discussion on a claim. */
import "server-only";
import { db } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";

/** Adds a working note to a claim's thread; it is part of the claim's history. */
export async function addComment(actor: Actor, claimId: number, body: string) {
  assertCan(actor, "comment.add");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw notFound("That claim");
    const comment = await tx.comment.create({ data: { claimId, body, authorId: actor.id } });
    await recordAudit(tx, { actor, entity: "comment", entityId: comment.id, claimId, action: "create", after: { body } });
    return comment;
  });
}
