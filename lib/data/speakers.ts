/** Data access for speakers: list, read, find-or-create and edit. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { SpeakerKind } from "@/lib/figures/vocabulary";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";
import { diffFields, pickFields } from "@/lib/data/audit-diff";
import type { TSpeakerUpdate } from "@/lib/validation/speaker";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { ARTICLE_LINK_SELECT, CLAIM_SUMMARY_SELECT } from "./claim-select";

export const SPEAKER_FIELDS = ["name", "kind", "description", "url"] as const;

export async function listSpeakers(actor: Actor) {
  assertCan(actor, "read");
  const speakers = await db.speaker.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, description: true, claims: { select: { status: true } } },
  });
  return speakers.map(({ claims, ...speaker }) => ({
    ...speaker,
    claimCount: claims.length,
    statusCounts: claims.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.status]: (acc[c.status] ?? 0) + 1 }), {}),
  }));
}

export async function listSpeakerOptions(actor: Actor) {
  assertCan(actor, "read");
  return db.speaker.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
}

export async function getSpeakerById(actor: Actor, id: number) {
  assertCan(actor, "read");
  const speaker = await db.speaker.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: { updatedAt: "desc" },
        select: { ...CLAIM_SUMMARY_SELECT, attribution: true, article: ARTICLE_LINK_SELECT },
      },
    },
  });
  if (!speaker) throw notFound("That speaker");
  return speaker;
}

/**
 * The speaker with this name and kind, created when there is none yet. Runs inside the caller's
 * transaction, so a claim and its new speaker are saved together or not at all.
 */
export async function findOrCreateSpeaker(
  tx: Tx,
  actor: Actor,
  input: { name: string; kind: SpeakerKind; description?: string | null },
) {
  const normalizedName = normalizeSpeakerName(input.name);
  if (!normalizedName) throw new AppError("invalid", "A speaker needs a name.", { fields: { newSpeakerName: ["A speaker needs a name."] } });
  const existing = await tx.speaker.findUnique({ where: { normalizedName_kind: { normalizedName, kind: input.kind } } });
  if (existing) return existing;
  assertCan(actor, "speaker.create");
  const speaker = await tx.speaker.create({
    data: { name: input.name.trim(), normalizedName, kind: input.kind, description: input.description ?? null },
  });
  await recordAudit(tx, { actor, entity: "speaker", entityId: speaker.id, action: "create", after: pickFields(speaker, SPEAKER_FIELDS) });
  return speaker;
}

export async function updateSpeaker(actor: Actor, id: number, input: TSpeakerUpdate) {
  assertCan(actor, "speaker.edit");
  return db.$transaction(async (tx) => {
    const before = await tx.speaker.findUnique({ where: { id } });
    if (!before) throw notFound("That speaker");
    const normalizedName = normalizeSpeakerName(input.name);
    const clash = await tx.speaker.findFirst({ where: { normalizedName, kind: input.kind, NOT: { id } }, select: { id: true } });
    if (clash) {
      const message = "Another speaker of this kind already has this name.";
      throw new AppError("conflict", message, { fields: { name: [message] } });
    }
    const data = { name: input.name, normalizedName, kind: input.kind, description: input.description ?? null, url: input.url ?? null };
    const diff = diffFields(before, data, SPEAKER_FIELDS);
    // A save that changes nothing writes nothing, so every write has its audit record.
    if (!diff.changed.length) return before;
    const after = await tx.speaker.update({ where: { id }, data });
    await recordAudit(tx, { actor, entity: "speaker", entityId: id, action: "update", before: diff.before, after: diff.after });
    return after;
  });
}
