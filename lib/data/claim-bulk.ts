/** Many claims in one transaction with insertClaim's checks and audit records: what the CSV import writes with. */
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { pickFields } from "@/lib/data/audit-diff";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";
import type { TClaimCreate } from "@/lib/validation/claim";
import { assertCan } from "@/lib/access/authorize";
import { recordAudits } from "./audit";
import { CLAIM_FIELDS, checkPlacement, claimColumns } from "./claims";
import { SPEAKER_FIELDS } from "./speakers";
import { insertRows, selectWhereIn, storedDateTime } from "./bulk-insert";

export type BulkClaimInput = Omit<TClaimCreate, "suggestionId"> & { importKey?: string };

/**
 * Creates many claims inside the caller's transaction, as `insertClaim` does one: the same checks, new
 * speakers created (and audited) once each, one audit record per claim. A few multi-row statements
 * instead of several Prisma calls per row keep the write lock short.
 */
export async function insertClaims(tx: Tx, actor: Actor, inputs: BulkClaimInput[]): Promise<number[]> {
  assertCan(actor, "claim.create");
  await checkArticles(tx, inputs);
  const speakerIds = await resolveSpeakers(tx, actor, inputs);
  const now = storedDateTime(new Date());
  const claims = inputs.map((input, i) => claimColumns(input, speakerIds[i]));
  const ids = await insertRows(
    tx,
    "Claim",
    [...CLAIM_FIELDS, "importKey", "createdById", "updatedById", "createdAt", "updatedAt"],
    claims.map((c, i) => [...CLAIM_FIELDS.map((f) => sqlValue(c[f])), inputs[i].importKey ?? null, actor.id, actor.id, now, now]),
  );
  await recordAudits(
    tx,
    ids.map((id, i) => ({ actor, entity: "claim", entityId: id, claimId: id, action: "create", after: pickFields(claims[i], CLAIM_FIELDS) })),
  );
  return ids;
}

const sqlValue = (value: string | number | Date | null) => (value instanceof Date ? storedDateTime(value) : value);

/** Every named article exists; excerpts with offsets stand at them in the article's text. */
async function checkArticles(tx: Tx, inputs: BulkClaimInput[]) {
  const ids = [...new Set(inputs.flatMap((i) => (i.articleId === undefined ? [] : [i.articleId])))];
  const found = new Set((await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((a) => a.id));
  if (ids.some((id) => !found.has(id))) throw new AppError("invalid", "That article does not exist.", { fields: { articleId: ["That article does not exist."] } });
  for (const input of inputs) if (input.start !== undefined && input.end !== undefined) await checkPlacement(tx, input);
}

/** Each input's speaker id: given ones checked; new names found, or created (and audited) once per name and kind. */
async function resolveSpeakers(tx: Tx, actor: Actor, inputs: BulkClaimInput[]): Promise<(number | null)[]> {
  const given = [...new Set(inputs.flatMap((i) => (i.speakerId === undefined || i.newSpeakerName ? [] : [i.speakerId])))];
  const known = new Set((await tx.speaker.findMany({ where: { id: { in: given } }, select: { id: true } })).map((s) => s.id));
  if (given.some((id) => !known.has(id))) throw new AppError("invalid", "That speaker does not exist.", { fields: { speakerId: ["That speaker does not exist."] } });

  const keyOf = (normalizedName: string, kind: string) => `${normalizedName}\u0000${kind}`;
  const wanted = new Map<string, { name: string; normalizedName: string; kind: string; description: string | null }>();
  for (const input of inputs) {
    if (!input.newSpeakerName) continue;
    const normalizedName = normalizeSpeakerName(input.newSpeakerName);
    if (!normalizedName) throw new AppError("invalid", "A speaker needs a name.", { fields: { newSpeakerName: ["A speaker needs a name."] } });
    const key = keyOf(normalizedName, input.newSpeakerKind);
    if (!wanted.has(key)) wanted.set(key, { name: input.newSpeakerName.trim(), normalizedName, kind: input.newSpeakerKind, description: input.newSpeakerDescription ?? null });
  }
  const names = [...new Set([...wanted.values()].map((s) => s.normalizedName))];
  const existing = await selectWhereIn<{ id: number | bigint; normalizedName: string; kind: string }>(tx, `SELECT "id", "normalizedName", "kind" FROM "Speaker"`, "normalizedName", names);
  const idOf = new Map(existing.map((s) => [keyOf(s.normalizedName, s.kind), Number(s.id)]));
  const missing = [...wanted.entries()].filter(([key]) => !idOf.has(key));
  if (missing.length) {
    assertCan(actor, "speaker.create");
    const now = storedDateTime(new Date());
    const created = await insertRows(tx, "Speaker", ["name", "normalizedName", "kind", "description", "createdAt", "updatedAt"],
      missing.map(([, s]) => [s.name, s.normalizedName, s.kind, s.description, now, now]));
    missing.forEach(([key], i) => idOf.set(key, created[i]));
    await recordAudits(tx, missing.map(([, s], i) => ({
      actor, entity: "speaker", entityId: created[i], action: "create", after: pickFields({ ...s, url: null }, SPEAKER_FIELDS),
    })));
  }
  return inputs.map((input) =>
    input.newSpeakerName ? idOf.get(keyOf(normalizeSpeakerName(input.newSpeakerName), input.newSpeakerKind))! : (input.speakerId ?? null),
  );
}
