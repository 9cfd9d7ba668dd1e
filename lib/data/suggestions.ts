/** Claim suggestions of an article: store, accept and dismiss. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { ExtractedClaim } from "@/lib/extraction/extract";
import { extractClaimsOffThread } from "@/lib/jobs/extract-off-thread";
import { figureKey, guessSpeakerKind, isRecordedBy, suggestionFingerprint } from "@/lib/extraction/suggestion";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";
import type { Attribution, SpeakerKind } from "@/lib/figures/vocabulary";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import { insertClaim } from "./claims";
import { findAlreadyChecked, linkClaimsInTx } from "./claim-matches";
import { insertRows, storedDateTime } from "./bulk-insert";

const SUGGESTION_COLUMNS = [
  "articleId", "fingerprint", "sentence", "start", "end", "statement", "qualifier", "value", "low", "high", "unit",
  "speakerName", "speakerDescription", "attribution", "createdAt",
] as const;

/**
 * Stores what extraction found in an article that is new: suggestions seen before (pending, accepted or
 * dismissed) and figures already recorded as claims are not offered again. The rows go in a few
 * statements, so even a long article's thousands of suggestions hold the transaction for milliseconds.
 */
export async function storeSuggestions(tx: Tx, articleId: number, found: readonly ExtractedClaim[]) {
  const [known, claims] = await Promise.all([
    tx.claimSuggestion.findMany({ where: { articleId }, select: { fingerprint: true, start: true, end: true, qualifier: true, value: true, low: true, high: true } }),
    tx.claim.findMany({ where: { articleId }, select: { start: true, end: true, qualifier: true, value: true, low: true, high: true } }),
  ]);
  const seen = new Set(known.map((k) => k.fingerprint));
  const figures = new Set(known.map(figureKey));
  const createdAt = storedDateTime(new Date());
  const rows: (string | number | null)[][] = [];
  for (const claim of found) {
    const fingerprint = suggestionFingerprint(claim);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const figure = {
      qualifier: claim.quantity?.qualifier ?? null,
      value: claim.quantity?.value ?? null,
      low: claim.quantity?.low ?? null,
      high: claim.quantity?.high ?? null,
      unit: claim.quantity?.unit ?? null,
    };
    const key = figureKey({ start: claim.start, end: claim.end, ...figure });
    if (figures.has(key)) continue;
    figures.add(key);
    if (claims.some((recorded) => isRecordedBy({ start: claim.start, end: claim.end, ...figure }, recorded))) continue;
    rows.push([
      articleId, fingerprint, claim.sentence, claim.start, claim.end, claim.statement, figure.qualifier, figure.value, figure.low, figure.high,
      figure.unit, claim.speaker, claim.speakerDescription, claim.attribution, createdAt,
    ]);
  }
  await insertRows(tx, "ClaimSuggestion", SUGGESTION_COLUMNS, rows);
  return rows.length;
}

/**
 * "Find claims": re-runs extraction on an article. A long article is read in a worker thread first; its
 * suggestions are then stored in one transaction, provided the text is still the one that was read.
 */
export async function findClaimsInArticle(actor: Actor, articleId: number) {
  assertCan(actor, "claim.create");
  const article = await db.article.findUnique({ where: { id: articleId }, select: { body: true } });
  if (!article) throw notFound("That article");
  const found = await extractClaimsOffThread(article.body);
  return db.$transaction(async (tx) => {
    const now = await tx.article.findUnique({ where: { id: articleId }, select: { body: true } });
    if (!now) throw notFound("That article");
    if (now.body !== article.body) throw new AppError("conflict", "The article's text changed while claims were being found. Please try again.");
    return storeSuggestions(tx, articleId, found);
  });
}

export async function listPendingSuggestions(actor: Actor, articleId: number) {
  assertCan(actor, "read");
  return db.claimSuggestion.findMany({ where: { articleId, state: "pending" }, orderBy: [{ start: "asc" }, { id: "asc" }] });
}

export type PendingSuggestion = Awaited<ReturnType<typeof listPendingSuggestions>>[number];

/** The speaker a suggestion names: an existing one with the same name (of either kind), else a new one. */
async function speakerFields(tx: Tx, suggestion: PendingSuggestion) {
  if (!suggestion.speakerName) return {};
  const existing = await tx.speaker.findFirst({ where: { normalizedName: normalizeSpeakerName(suggestion.speakerName) }, select: { id: true } });
  if (existing) return { speakerId: existing.id };
  return {
    newSpeakerName: suggestion.speakerName,
    newSpeakerKind: guessSpeakerKind(suggestion.speakerName) as SpeakerKind,
    newSpeakerDescription: suggestion.speakerDescription ?? undefined,
  };
}

async function acceptInTx(tx: Tx, actor: Actor, suggestion: PendingSuggestion) {
  return insertClaim(tx, actor, {
    articleId: suggestion.articleId,
    excerpt: suggestion.sentence,
    start: suggestion.start,
    end: suggestion.end,
    statement: suggestion.statement,
    attribution: suggestion.attribution as Attribution,
    value: suggestion.value ?? undefined,
    low: suggestion.low ?? undefined,
    high: suggestion.high ?? undefined,
    qualifier: (suggestion.qualifier ?? undefined) as never,
    unit: suggestion.unit ?? undefined,
    newSpeakerKind: "person",
    ...(await speakerFields(tx, suggestion)),
    suggestionId: suggestion.id,
  });
}

async function pendingOrThrow(tx: Tx, suggestionId: number) {
  const suggestion = await tx.claimSuggestion.findUnique({ where: { id: suggestionId } });
  if (!suggestion) throw notFound("That suggestion");
  if (suggestion.state !== "pending") throw new AppError("conflict", "That suggestion was already accepted or dismissed.");
  return suggestion;
}

export async function acceptSuggestion(actor: Actor, suggestionId: number) {
  assertCan(actor, "claim.create");
  return db.$transaction(async (tx) => acceptInTx(tx, actor, await pendingOrThrow(tx, suggestionId)));
}

/**
 * Accepts a suggestion as another appearance of the desk's published claim it matches ("same claim" tier,
 * the panel's "Already checked"): the new claim is recorded and linked to that claim's group in one
 * transaction, so the published verdict covers it. Refused when no published claim of the desk matches.
 */
export async function acceptSuggestionAsSameClaim(actor: Actor, suggestionId: number) {
  assertCan(actor, "claim.create");
  assertCan(actor, "claim.edit");
  const suggestion = await db.claimSuggestion.findUnique({ where: { id: suggestionId } });
  if (!suggestion) throw notFound("That suggestion");
  const match = (await findAlreadyChecked(actor, [suggestion])).get(suggestion.id);
  if (!match?.claimId) throw new AppError("conflict", "No published verdict of the desk checks the same claim as this suggestion.");
  const targetId = match.claimId;
  return db.$transaction(async (tx) => {
    const target = await tx.claim.findUnique({ where: { id: targetId }, select: { status: true } });
    if (target?.status !== "published") throw new AppError("conflict", "The matching verdict is no longer published; accept the suggestion on its own.");
    const claim = await acceptInTx(tx, actor, await pendingOrThrow(tx, suggestionId));
    const linked = await linkClaimsInTx(tx, actor, claim.id, targetId);
    return { id: claim.id, sameAsId: linked.sameAsId };
  });
}

/** Accepts every pending suggestion of an article, all or none. */
export async function acceptAllSuggestions(actor: Actor, articleId: number) {
  assertCan(actor, "claim.create");
  return db.$transaction(async (tx) => {
    const pending = await tx.claimSuggestion.findMany({ where: { articleId, state: "pending" }, orderBy: { start: "asc" } });
    for (const suggestion of pending) await acceptInTx(tx, actor, suggestion);
    return pending.length;
  });
}

/** Dismisses a pending suggestion; the decision is part of the history, like accepting one. */
export async function dismissSuggestion(actor: Actor, suggestionId: number) {
  assertCan(actor, "claim.create");
  return db.$transaction(async (tx) => {
    const suggestion = await pendingOrThrow(tx, suggestionId);
    await tx.claimSuggestion.update({ where: { id: suggestion.id }, data: { state: "dismissed", decidedById: actor.id, decidedAt: new Date() } });
    await recordAudit(tx, {
      actor,
      entity: "suggestion",
      entityId: suggestion.id,
      action: "update",
      before: { state: suggestion.state },
      after: { state: "dismissed", statement: suggestion.statement, articleId: suggestion.articleId },
    });
    return suggestion;
  });
}
