/** Other fact-checkers' ClaimReviews: import and link them to matching claims. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { bestClaimMatch } from "@/lib/imports/claim-match";
import { parseClaimReviews, type ClaimReviewError, type ExternalFactCheckInput } from "@/lib/validation/imports";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";
import type { ImportHooks } from "./imports";
import { lockForWriting } from "./bulk-insert";
import { keyWords } from "@/lib/figures/text-terms";
import { claimIdsSharingWords } from "./search";

export type ClaimReviewImport =
  | { ok: false; errors: ClaimReviewError[] }
  | { ok: true; created: number; updated: number; linked: number };

const FIELDS = ["url", "publisher", "claimReviewed", "ratingName", "ratingValue", "datePublished", "claimId"] as const;
const pick = (row: Record<(typeof FIELDS)[number], unknown>) => Object.fromEntries(FIELDS.map((f) => [f, row[f]]));

function audit(tx: Tx, actor: Actor, id: number, action: "create" | "update", before: Record<string, unknown> | null, after: Record<string, unknown>) {
  return recordAudit(tx, { actor, entity: "external_fact_check", entityId: id, action, before, after });
}

async function saveFactCheck(tx: Tx, actor: Actor, input: ExternalFactCheckInput, claimId: number | null) {
  const before = await tx.externalFactCheck.findUnique({ where: { url: input.url } });
  // Keep an earlier link when the claim no longer matches (it may have been reworded since).
  const data = { ...input, claimId: claimId ?? before?.claimId ?? null, importedById: actor.id, importedAt: new Date() };
  if (!before) {
    const created = await tx.externalFactCheck.create({ data });
    await audit(tx, actor, created.id, "create", null, pick(created));
    return { created: true, claimId: created.claimId };
  }
  const updated = await tx.externalFactCheck.update({ where: { id: before.id }, data });
  await audit(tx, actor, updated.id, "update", pick(before), pick(updated));
  return { created: false, claimId: updated.claimId };
}

/** How many of the best full-text matches of a review are compared with it word for word. */
export const MATCH_CANDIDATES = 50;

/**
 * Stores other fact-checkers' ClaimReviews (JSON-LD text), all or none, each linked to the desk's claim
 * with the same or a very similar statement. A url imported before is updated, not repeated.
 */
export async function importClaimReviews(actor: Actor, text: string, hooks: ImportHooks<ClaimReviewImport> = {}): Promise<ClaimReviewImport> {
  assertCan(actor, "claim.create");
  const { reviews, errors } = parseClaimReviews(text);
  if (errors.length) {
    const refused: ClaimReviewImport = { ok: false, errors };
    await hooks.commit?.(db, refused);
    return refused;
  }
  await hooks.progress?.(0, reviews.length);
  // Each review's candidates come from the full-text index (the claims sharing its rarer words, best first),
  // not from every claim's statement, so an import costs the same at a million claims as at a hundred.
  const candidateIds: number[][] = [];
  for (const review of reviews) candidateIds.push(await claimIdsSharingWords(keyWords(review.claimReviewed), 0, MATCH_CANDIDATES));
  return db.$transaction(
    async (tx) => {
      await lockForWriting(tx);
      // Read again inside the transaction: a claim deleted or reworded since is not linked by its old words.
      const rows = await tx.claim.findMany({ where: { id: { in: [...new Set(candidateIds.flat())] } }, select: { id: true, statement: true } });
      const byId = new Map(rows.map((claim) => [claim.id, claim]));
      const outcome = { ok: true as const, created: 0, updated: 0, linked: 0 };
      for (const [i, review] of reviews.entries()) {
        const claims = candidateIds[i].flatMap((id) => byId.get(id) ?? []);
        const saved = await saveFactCheck(tx, actor, review, bestClaimMatch(review.claimReviewed, claims)?.claim.id ?? null);
        if (saved.created) outcome.created++;
        else outcome.updated++;
        if (saved.claimId !== null) outcome.linked++;
      }
      await hooks.commit?.(tx, outcome);
      return outcome;
    },
    { timeout: 60_000 },
  );
}

const LIST_SELECT = {
  id: true,
  url: true,
  publisher: true,
  claimReviewed: true,
  ratingName: true,
  ratingValue: true,
  datePublished: true,
  importedAt: true,
  claimId: true,
  importedBy: { select: { name: true } },
} as const;

/** The external fact-checks linked to one claim, newest first. */
export async function listExternalFactChecks(actor: Actor, claimId: number) {
  assertCan(actor, "read");
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw notFound("That claim");
  return db.externalFactCheck.findMany({
    where: { claimId },
    orderBy: [{ datePublished: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    select: LIST_SELECT,
  });
}

/** The most recently imported external fact-checks, with the claim each is linked to. */
export async function listRecentExternalFactChecks(actor: Actor, take = 50) {
  assertCan(actor, "read");
  return db.externalFactCheck.findMany({
    orderBy: [{ importedAt: "desc" }, { id: "desc" }],
    take,
    select: { ...LIST_SELECT, claim: { select: { id: true, statement: true } } },
  });
}

export type ExternalFactCheckListItem = Awaited<ReturnType<typeof listRecentExternalFactChecks>>[number];
