import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/session";
import { pickFields } from "@/lib/domain/audit-diff";
import type { TEvidenceCreate } from "@/lib/validation/evidence";
import { assertCan } from "./authorize";
import { recordAudit } from "./audit";

const EVIDENCE_FIELDS = ["kind", "url", "title", "notes", "stance"] as const;

export async function addEvidence(actor: Actor, claimId: number, input: TEvidenceCreate) {
  assertCan(actor, "evidence.add");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw notFound("That claim");
    const evidence = await tx.evidence.create({
      data: { claimId, kind: input.kind, url: input.url ?? null, title: input.title, notes: input.notes ?? null, stance: input.stance, addedById: actor.id },
    });
    await recordAudit(tx, { actor, entity: "evidence", entityId: evidence.id, claimId, action: "create", after: pickFields(evidence, EVIDENCE_FIELDS) });
    return evidence;
  });
}
