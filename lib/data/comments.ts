/** Data access for the discussion on a claim, with `@name` mentions resolved to people and notified. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { mentionWords, resolveMentions, type MentionablePerson } from "@/lib/notify/mentions";
import { recordAudit } from "./audit";
import { recordNotifications } from "./notifications";
import { caseInsensitive } from "./sql-dialect";

/** Active people whose name starts with one of the words written after an `@`. */
async function mentionCandidates(tx: Tx, body: string): Promise<MentionablePerson[]> {
  const words = mentionWords(body);
  if (!words.length) return [];
  return tx.user.findMany({ where: { active: true, OR: words.map((w) => ({ name: { startsWith: w, ...caseInsensitive() } })) }, select: { id: true, name: true }, take: 200 });
}

/**
 * Adds a working note to a claim's thread; it is part of the claim's history. Each `@name` that names an
 * active person is stored with the comment, and that person is notified (not the author).
 */
export async function addComment(actor: Actor, claimId: number, body: string) {
  assertCan(actor, "comment.add");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw notFound("That claim");
    const comment = await tx.comment.create({ data: { claimId, body, authorId: actor.id } });
    const mentions = resolveMentions(body, await mentionCandidates(tx, body));
    for (const m of mentions) await tx.commentMention.create({ data: { commentId: comment.id, ...m } });
    await recordAudit(tx, { actor, entity: "comment", entityId: comment.id, claimId, action: "create", after: { body } });
    await recordNotifications(tx, { kind: "mentioned", claimId, actorId: actor.id, recipientIds: mentions.map((m) => m.userId), commentId: comment.id });
    return { ...comment, mentions };
  });
}
