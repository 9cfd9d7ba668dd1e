/** Data access for claims: create, read, edit and delete, with permission, audit and version checks. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { diffFields, pickFields } from "@/lib/data/audit-diff";
import { CLAIM_PATCH_FIELDS, mergeClaimPatch, ZClaimUpdate, type TClaimCreate, type TClaimPatch, type TClaimUpdate } from "@/lib/validation/claim";
import { fieldErrorsOf } from "@/lib/validation/common";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { findOrCreateSpeaker } from "./speakers";
import { staleVersionError } from "./stale";
import { SNAPSHOT_SUMMARY_SELECT } from "./web-snapshots";
import { markSuggestionAccepted } from "./suggestion-state";

/** The fields a person edits, and so the ones the history compares. */
export const CLAIM_FIELDS = [
  "articleId",
  "excerpt",
  "start",
  "end",
  "statement",
  "speakerId",
  "attribution",
  "value",
  "low",
  "high",
  "qualifier",
  "unit",
  "asOf",
] as const;

/** The structured figure: when one of them changes, the history records all of them, so it can say the whole figure. */
const FIGURE_FIELDS = ["qualifier", "value", "low", "high", "unit"] as const;

const invalid = (field: string, message: string) => new AppError("invalid", message, { fields: { [field]: [message] } });

/** Checks that the article exists and the excerpt stands at the given offsets in its text. */
export async function checkPlacement(tx: Tx, input: TClaimCreate) {
  if (input.articleId === undefined) return;
  const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { body: true } });
  if (!article) throw invalid("articleId", "That article does not exist.");
  if (input.start === undefined || input.end === undefined) return;
  if (input.end > article.body.length) throw invalid("end", "The offsets fall outside the article text.");
  if (article.body.slice(input.start, input.end) !== input.excerpt)
    throw invalid("excerpt", "The excerpt does not match the article text at those offsets.");
}

async function resolveSpeakerId(tx: Tx, actor: Actor, input: TClaimCreate): Promise<number | null> {
  if (input.newSpeakerName)
    return (await findOrCreateSpeaker(tx, actor, { name: input.newSpeakerName, kind: input.newSpeakerKind, description: input.newSpeakerDescription })).id;
  if (input.speakerId === undefined) return null;
  const speaker = await tx.speaker.findUnique({ where: { id: input.speakerId }, select: { id: true } });
  if (!speaker) throw invalid("speakerId", "That speaker does not exist.");
  return speaker.id;
}

/** The stored columns of a claim from the form's input, its speaker already resolved; absent fields are stored empty. */
export function claimColumns(input: Omit<TClaimCreate, "suggestionId">, speakerId: number | null) {
  return {
    articleId: input.articleId ?? null,
    excerpt: input.excerpt ?? null,
    start: input.start ?? null,
    end: input.end ?? null,
    statement: input.statement,
    speakerId,
    attribution: input.attribution,
    value: input.value ?? null,
    low: input.low ?? null,
    high: input.high ?? null,
    qualifier: input.qualifier ?? null,
    unit: input.unit ?? null,
    asOf: input.asOf ?? null,
  };
}

async function claimData(tx: Tx, actor: Actor, input: TClaimCreate) {
  await checkPlacement(tx, input);
  return claimColumns(input, await resolveSpeakerId(tx, actor, input));
}

/** Creates a claim inside the caller's transaction (with its new speaker, if any) and records it. */
export async function insertClaim(tx: Tx, actor: Actor, input: TClaimCreate) {
  assertCan(actor, "claim.create");
  const data = await claimData(tx, actor, input);
  const claim = await tx.claim.create({ data: { ...data, createdById: actor.id, updatedById: actor.id } });
  await recordAudit(tx, { actor, entity: "claim", entityId: claim.id, claimId: claim.id, action: "create", after: pickFields(claim, CLAIM_FIELDS) });
  if (input.suggestionId !== undefined) await markSuggestionAccepted(tx, actor, input.suggestionId, claim);
  return claim;
}

export async function createClaim(actor: Actor, input: TClaimCreate) {
  assertCan(actor, "claim.create");
  return db.$transaction((tx) => insertClaim(tx, actor, input));
}

/** What a change to a claim's fields records: the changed fields, and the whole figure when any part of it changed. */
function claimChange(before: Record<string, unknown>, data: Record<string, unknown>) {
  const diff = diffFields(before, data, CLAIM_FIELDS);
  if (diff.changed.some((field) => (FIGURE_FIELDS as readonly string[]).includes(field)))
    return { ...diff, before: { ...diff.before, ...pickFields(before, FIGURE_FIELDS) }, after: { ...diff.after, ...pickFields(data, FIGURE_FIELDS) } };
  return diff;
}

/**
 * Saves an edit made on top of `input.version`. If someone saved the claim since, nothing is written and
 * a conflict names who changed what, so the person can reapply their input. A claim whose verdict is
 * published changes only with a correction note, and the change is listed as a correction.
 */
export async function updateClaim(actor: Actor, id: number, input: TClaimUpdate) {
  assertCan(actor, "claim.edit");
  return db.$transaction((tx) => updateInTx(tx, actor, id, input));
}

async function updateInTx(tx: Tx, actor: Actor, id: number, input: TClaimUpdate) {
  const before = await tx.claim.findUnique({ where: { id }, include: { rating: { select: { name: true } } } });
  if (!before) throw notFound("That claim");
  if (before.version !== input.version) throw await staleVersionError(tx, id, input.version);
  const data = await claimData(tx, actor, input);
  const change = claimChange(before, data);
  if (!change.changed.length) return before;
  const published = before.status === "published";
  if (published && !input.correctionNote)
    throw invalid(
      "correctionNote",
      "This claim's verdict is published: add a correction note saying what changed and why. It will be listed as a correction.",
    );
  // The version was checked above, but on PostgreSQL another transaction may have saved in between (SQLite runs
  // one writer at a time): the update then matches no row, and the edit is refused as stale like any other.
  const saved = await tx.claim.updateMany({ where: { id, version: input.version }, data: { ...data, updatedById: actor.id, version: { increment: 1 } } });
  if (saved.count === 0) throw await staleVersionError(tx, id, input.version);
  const after = await tx.claim.findUniqueOrThrow({ where: { id } });
  if (published) {
    const rating = before.rating?.name ?? null;
    await tx.correction.create({
      data: {
        claimId: id,
        note: input.correctionNote!,
        previousRatingName: rating,
        newRatingName: rating,
        changes: JSON.stringify({ before: change.before, after: change.after }),
        createdById: actor.id,
      },
    });
  }
  await recordAudit(tx, {
    actor,
    entity: "claim",
    entityId: id,
    claimId: id,
    action: "update",
    before: change.before,
    after: change.after,
    reason: published ? input.correctionNote : null,
  });
  return after;
}

/** The stored claim as patch input: what a field left out of a merge patch keeps. */
function storedFields(claim: Record<string, unknown>) {
  const stored: Record<string, unknown> = {};
  for (const field of CLAIM_PATCH_FIELDS) {
    const value = claim[field];
    if (value === null || value === undefined) continue;
    stored[field] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }
  return stored;
}

/** Applies a JSON merge patch: only the fields sent change; the merged claim is validated as a whole. */
export async function patchClaim(actor: Actor, id: number, patch: TClaimPatch) {
  assertCan(actor, "claim.edit");
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id } });
    if (!current) throw notFound("That claim");
    if (current.version !== patch.version) throw await staleVersionError(tx, id, patch.version);
    const parsed = ZClaimUpdate.safeParse(mergeClaimPatch(storedFields(current), patch));
    if (!parsed.success) throw new AppError("invalid", "Some fields are not valid.", { fields: fieldErrorsOf(parsed.error) });
    return updateInTx(tx, actor, id, parsed.data);
  });
}

export async function deleteClaim(actor: Actor, id: number, version: number) {
  assertCan(actor, "claim.delete");
  await db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id } });
    if (!before) throw notFound("That claim");
    if (before.version !== version) throw await staleVersionError(tx, id, version);
    await tx.claim.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      entity: "claim",
      entityId: id,
      claimId: id,
      action: "delete",
      before: { ...pickFields(before, CLAIM_FIELDS), status: before.status },
    });
  });
}

export async function getClaimById(actor: Actor, id: number) {
  assertCan(actor, "read");
  const claim = await db.claim.findUnique({
    where: { id },
    include: {
      article: { select: { id: true, title: true, outlet: true, url: true } },
      speaker: true,
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
      statusChangedBy: { select: { name: true } },
      rating: true,
      assignee: { select: { id: true, name: true } },
      proposedBy: { select: { id: true, name: true } },
      publishedBy: { select: { name: true } },
      // Web sources' archive checks, oldest first, without their text (read at /evidence/archive/{id}).
      evidence: { orderBy: { createdAt: "asc" }, include: { addedBy: { select: { name: true } }, snapshots: { orderBy: { id: "asc" }, select: SNAPSHOT_SUMMARY_SELECT } } },
      corrections: { orderBy: { createdAt: "asc" }, include: { createdBy: { select: { name: true } } } },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } }, mentions: { select: { userId: true, start: true, length: true } } } },
    },
  });
  if (!claim) throw notFound("That claim");
  return claim;
}
