import "server-only";
import type { Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { pickFields } from "@/lib/data/audit-diff";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";
import type { TClaimCreate } from "@/lib/validation/claim";
import { assertCan } from "@/lib/access/authorize";
import { recordAudits } from "./audit";
import { CLAIM_FIELDS, checkPlacement } from "./claims";
import { findOrCreateSpeaker } from "./speakers";

export type BulkClaimInput = Omit<TClaimCreate, "suggestionId"> & { importKey?: string };

/** Rows per INSERT: 14 columns each stays far below SQLite's limit of bound parameters. */
const CHUNK = 500;

/**
 * Creates many claims inside the caller's transaction, as `insertClaim` does one: the same checks, new
 * speakers created (and audited) once each, one audit record per claim. A few statements per chunk
 * instead of several per row keeps the write lock short (5,000 rows: well under a second).
 */
export async function insertClaims(tx: Tx, actor: Actor, inputs: BulkClaimInput[]): Promise<number[]> {
  assertCan(actor, "claim.create");
  await checkArticles(tx, inputs);
  const speakerIds = await resolveSpeakers(tx, actor, inputs);
  const ids: number[] = [];
  for (let at = 0; at < inputs.length; at += CHUNK) {
    const chunk = inputs.slice(at, at + CHUNK);
    const claims = await tx.claim.createManyAndReturn({
      data: chunk.map((input, i) => ({
        articleId: input.articleId ?? null,
        excerpt: input.excerpt ?? null,
        start: input.start ?? null,
        end: input.end ?? null,
        statement: input.statement,
        speakerId: speakerIds[at + i],
        attribution: input.attribution,
        value: input.value ?? null,
        low: input.low ?? null,
        high: input.high ?? null,
        qualifier: input.qualifier ?? null,
        unit: input.unit ?? null,
        asOf: input.asOf ?? null,
        importKey: input.importKey ?? null,
        createdById: actor.id,
        updatedById: actor.id,
      })),
    });
    await recordAudits(
      tx,
      claims.map((claim) => ({ actor, entity: "claim", entityId: claim.id, claimId: claim.id, action: "create", after: pickFields(claim, CLAIM_FIELDS) })),
    );
    ids.push(...claims.map((c) => c.id));
  }
  return ids;
}

/** Every named article exists; excerpts with offsets stand at them in the article's text. */
async function checkArticles(tx: Tx, inputs: BulkClaimInput[]) {
  const ids = [...new Set(inputs.flatMap((i) => (i.articleId === undefined ? [] : [i.articleId])))];
  const found = new Set((await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((a) => a.id));
  if (ids.some((id) => !found.has(id))) throw new AppError("invalid", "That article does not exist.", { fields: { articleId: ["That article does not exist."] } });
  for (const input of inputs) if (input.start !== undefined && input.end !== undefined) await checkPlacement(tx, input);
}

/** Each input's speaker id: existing ones checked, new names found or created once per name and kind. */
async function resolveSpeakers(tx: Tx, actor: Actor, inputs: BulkClaimInput[]): Promise<(number | null)[]> {
  const named = new Map<string, Promise<number>>();
  const given = [...new Set(inputs.flatMap((i) => (i.speakerId === undefined || i.newSpeakerName ? [] : [i.speakerId])))];
  const existing = new Set((await tx.speaker.findMany({ where: { id: { in: given } }, select: { id: true } })).map((s) => s.id));
  if (given.some((id) => !existing.has(id))) throw new AppError("invalid", "That speaker does not exist.", { fields: { speakerId: ["That speaker does not exist."] } });
  const ids: (number | null)[] = [];
  for (const input of inputs) {
    if (!input.newSpeakerName) {
      ids.push(input.speakerId ?? null);
      continue;
    }
    const key = `${normalizeSpeakerName(input.newSpeakerName)}\u0000${input.newSpeakerKind}`;
    if (!named.has(key))
      named.set(key, findOrCreateSpeaker(tx, actor, { name: input.newSpeakerName, kind: input.newSpeakerKind, description: input.newSpeakerDescription }).then((s) => s.id));
    ids.push(await named.get(key)!);
  }
  return ids;
}
