import "server-only";
import { unitSpellings } from "@/lib/figures/unit";
import { db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { rankMatches, type MatchableClaim, type MatchTier } from "@/lib/figures/matching";
import { keyWords } from "@/lib/figures/text-terms";
import { recordAudit } from "./audit";
import { claimIdsSharingWords } from "./search";
import { Prisma } from "@/lib/generated/prisma/client";
import { toDate, type Stored } from "./report-claim-rows";

/**
 * How many claims each way of finding candidates hands to the scorer, at most. Scoring is most of the time
 * a match takes (about 0.05 ms a candidate), so the full-text index, which finds the likely ones, gives most.
 */
export const CANDIDATES_BY_TEXT = 150;
export const CANDIDATES_BY_FIGURE = 120;
export const RECENT_CANDIDATES = 50;
/** Published claims and imported fact-checks compared with each suggestion ("Already checked"): the latest ones… */
export const PUBLISHED_CANDIDATES = 450;
/** …and, for each suggestion, the published claims that share its rarer words most, found by the full-text index. */
export const PUBLISHED_BY_TEXT = 20;
export const EXTERNAL_CANDIDATES = 200;

const MATCH_SELECT = {
  // speakerId, not the speaker's name: a join per candidate costs more than the scoring.
  id: true, statement: true, excerpt: true, unit: true, qualifier: true, value: true, low: true, high: true, sameAsId: true, speakerId: true,
} as const;

export interface ClaimForMatching {
  id: number; statement: string; excerpt: string | null; unit: string | null; qualifier: string | null;
  value: number | null; low: number | null; high: number | null; sameAsId: number | null; speakerId: number | null;
}

const matchable = (c: ClaimForMatching): MatchableClaim => ({
  id: c.id, text: [c.statement, c.excerpt].filter(Boolean).join(" "), unit: c.unit, speaker: c.speakerId == null ? null : String(c.speakerId),
  qualifier: c.qualifier, value: c.value, low: c.low, high: c.high,
});

/**
 * The claims worth scoring against `claim`, from three places: the full-text index (BM25 over the claim's
 * key words, any of them, so another wording of the figure or an old claim is still found), claims of the
 * same unit whose figure is within a factor of two (the Claim(unit, value) index), and the most recent claims.
 */
export async function fetchMatchCandidates(claim: ClaimForMatching): Promise<ClaimForMatching[]> {
  const centre = claim.value ?? claim.low ?? claim.high;
  // The figure's and the latest claims do not wait for the text's: each is its own statement, run at once. Plain
  // statements, not ORM queries: the claim page asks on every view, and each ORM query compiles a plan per call.
  const byText = async () => {
    const ids = await claimIdsSharingWords(keyWords([claim.statement, claim.excerpt].filter(Boolean).join(" ")), claim.id, CANDIDATES_BY_TEXT);
    return ids.length ? matchRows(Prisma.sql`"id" IN (${Prisma.join(ids)})`) : [];
  };
  const [textual, byFigure, recent] = await Promise.all([
    byText(),
    claim.unit && centre != null
      ? matchRows(
          Prisma.sql`"unit" IN (${Prisma.join(unitSpellings(claim.unit))}) AND "value" >= ${Math.min(centre / 2, centre * 2)} AND "value" <= ${Math.max(centre / 2, centre * 2)}
            AND "id" <> ${claim.id} ORDER BY "id" DESC LIMIT ${CANDIDATES_BY_FIGURE}`,
        )
      : Promise.resolve([]),
    matchRows(Prisma.sql`"id" <> ${claim.id} ORDER BY "id" DESC LIMIT ${RECENT_CANDIDATES}`),
  ]);
  const seen = new Set<number>();
  return [...textual, ...byFigure, ...recent].filter((c) => !seen.has(c.id) && seen.add(c.id));
}

type Integer = number | bigint;
const intOrNull = (value: Integer | null) => (value === null ? null : Number(value));

/** The claims `where` picks (a condition, with any ORDER BY and LIMIT after it), with what matching reads of each. */
async function matchRows(where: Prisma.Sql): Promise<ClaimForMatching[]> {
  const rows = await db.$queryRaw<(Omit<ClaimForMatching, "id" | "sameAsId" | "speakerId"> & { id: Integer; sameAsId: Integer | null; speakerId: Integer | null })[]>`
    SELECT "id", "statement", "excerpt", "unit", "qualifier", "value", "low", "high", "sameAsId", "speakerId" FROM "Claim" WHERE ${where}`;
  return rows.map((r) => ({ ...r, id: Number(r.id), sameAsId: intOrNull(r.sameAsId), speakerId: intOrNull(r.speakerId) }));
}

export interface ClaimMatchView {
  id: number;
  tier: MatchTier;
  score: number;
  statement: string;
  status: string;
  rating: { name: string; colour: string } | null;
  publishedAt: Date | null;
  article: { title: string; outlet: string } | null;
}

/** Earlier claims that say the same thing ("same claim", one click to link) or are related, best first. */
export async function findClaimMatches(actor: Actor, claimId: number, limit = 8): Promise<ClaimMatchView[]> {
  assertCan(actor, "read");
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: MATCH_SELECT });
  if (!claim) throw notFound("That claim");
  return findMatchesOf(actor, claim, limit);
}

/** findClaimMatches for a claim already read (the claim page reads it with everything else it shows). */
export async function findMatchesOf(actor: Actor, claim: ClaimForMatching, limit = 8): Promise<ClaimMatchView[]> {
  assertCan(actor, "read");
  const candidates = (await fetchMatchCandidates(claim)).filter((c) => c.id !== claim.sameAsId && c.sameAsId !== claim.id && !(claim.sameAsId && c.sameAsId === claim.sameAsId));
  const ranked = rankMatches(matchable(claim), candidates.map(matchable), limit);
  if (ranked.length === 0) return [];
  const rows = await db.$queryRaw<{ id: Integer; statement: string; status: string; publishedAt: Stored | null; ratingName: string | null; ratingColour: string | null; title: string | null; outlet: string | null }[]>`
    SELECT c."id", c."statement", c."status", c."publishedAt", r."name" AS "ratingName", r."colour" AS "ratingColour", a."title", a."outlet"
    FROM "Claim" c LEFT JOIN "RatingLabel" r ON r."id" = c."ratingId" LEFT JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."id" IN (${Prisma.join(ranked.map((m) => m.id))})`;
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return ranked.map((m) => {
    const row = byId.get(m.id)!;
    return {
      ...m,
      statement: row.statement,
      status: row.status,
      publishedAt: toDate(row.publishedAt),
      rating: row.status === "published" && row.ratingName !== null ? { name: row.ratingName, colour: row.ratingColour! } : null,
      article: row.title === null ? null : { title: row.title, outlet: row.outlet! },
    };
  });
}

/**
 * Records that `claimId` is another appearance of `targetId`: the target's verdict covers it. Groups stay
 * one level deep: the claim joins the target's group, and the claim's own appearances move with it.
 */
export async function linkClaims(actor: Actor, claimId: number, targetId: number) {
  assertCan(actor, "claim.edit");
  return db.$transaction((tx) => linkClaimsInTx(tx, actor, claimId, targetId));
}

/** linkClaims inside a caller's transaction (accepting a suggestion as the same claim does both at once). */
export async function linkClaimsInTx(tx: Tx, actor: Actor, claimId: number, targetId: number) {
  if (claimId === targetId) throw new AppError("invalid", "A claim cannot be linked to itself.");
  const [claim, target] = await Promise.all([
    tx.claim.findUnique({ where: { id: claimId }, select: { id: true, sameAsId: true, status: true } }),
    tx.claim.findUnique({ where: { id: targetId }, select: { id: true, sameAsId: true } }),
  ]);
  if (!claim) throw notFound("That claim");
  if (!target) throw notFound("The claim to link to");
  const rootId = target.sameAsId ?? target.id;
  if (rootId === claimId) throw new AppError("conflict", "That claim is already an appearance of this one.");
  if (claim.sameAsId === rootId) throw new AppError("conflict", "The claims are already linked.");
  if (claim.status === "published") throw new AppError("conflict", "This claim has its own published verdict; link the other claim to it instead.");
  await tx.claim.update({ where: { id: claimId }, data: { sameAsId: rootId, updatedById: actor.id, version: { increment: 1 } } });
  await tx.claim.updateMany({ where: { sameAsId: claimId }, data: { sameAsId: rootId } });
  await recordAudit(tx, { actor, entity: "claim", entityId: claimId, claimId, action: "update", before: { sameAsId: claim.sameAsId }, after: { sameAsId: rootId } });
  return { claimId, sameAsId: rootId };
}

/** Takes a claim out of its group; the history records it, with a reason when one is given. */
export async function unlinkClaim(actor: Actor, claimId: number, reason?: string) {
  assertCan(actor, "claim.edit");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { sameAsId: true } });
    if (!claim) throw notFound("That claim");
    if (claim.sameAsId == null) throw new AppError("conflict", "That claim is not linked to another.");
    await tx.claim.update({ where: { id: claimId }, data: { sameAsId: null, updatedById: actor.id, version: { increment: 1 } } });
    await recordAudit(tx, { actor, entity: "claim", entityId: claimId, claimId, action: "update", before: { sameAsId: claim.sameAsId }, after: { sameAsId: null }, reason: reason ?? null });
    return { claimId };
  });
}

/** A claim's group: the claim whose verdict covers it (when linked) and every appearance. */
export async function getClaimGroup(actor: Actor, claimId: number) {
  assertCan(actor, "read");
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { id: true, sameAsId: true } });
  if (!claim) throw notFound("That claim");
  const rootId = claim.sameAsId ?? claim.id;
  const APPEARANCE = { id: true, statement: true, status: true, publishedAt: true, rating: { select: { name: true, colour: true } }, article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } } } as const;
  const root = await db.claim.findUnique({ where: { id: rootId }, select: { ...APPEARANCE, appearances: { select: APPEARANCE, orderBy: { id: "asc" } } } });
  if (!root) throw notFound("That claim");
  const { appearances, ...rootClaim } = root;
  return { root: rootClaim, appearances, isRoot: rootId === claimId };
}

export interface AlreadyChecked {
  rating: string;
  date: Date | null;
  /** the desk's claim, or the other fact-checker's page */
  href: string;
  /** the desk's published claim (null for another fact-checker's check): a suggestion can be accepted as it */
  claimId: number | null;
  by: string | null;
}

/**
 * For each suggestion (or any unsaved claim), a published verdict of the desk or an imported fact-check
 * that checks the same claim ("same claim" tier), so no one checks a figure twice.
 */
export async function findAlreadyChecked(
  actor: Actor,
  drafts: { id: number; statement: string; sentence: string; unit: string | null; qualifier: string | null; value: number | null; low: number | null; high: number | null; speakerName: string | null }[],
): Promise<Map<number, AlreadyChecked>> {
  assertCan(actor, "read");
  const out = new Map<number, AlreadyChecked>();
  if (drafts.length === 0) return out;
  // Published claims sharing each suggestion's rarer words, from the full-text index (any age), plus the latest ones.
  const byText = await Promise.all(drafts.map((d) => claimIdsSharingWords(keyWords(`${d.statement} ${d.sentence}`), 0, PUBLISHED_BY_TEXT, { publishedOnly: true })));
  const select = { ...MATCH_SELECT, publishedAt: true, rating: { select: { name: true } } } as const;
  const [found, latest, external] = await Promise.all([
    db.claim.findMany({ where: { status: "published", id: { in: [...new Set(byText.flat())] } }, select }),
    db.claim.findMany({ where: { status: "published", publishedAt: { not: null } }, select, orderBy: { publishedAt: "desc" }, take: PUBLISHED_CANDIDATES }),
    db.externalFactCheck.findMany({ orderBy: { importedAt: "desc" }, take: EXTERNAL_CANDIDATES, select: { id: true, url: true, publisher: true, claimReviewed: true, ratingName: true, datePublished: true } }),
  ]);
  const published = [...new Map([...latest, ...found].map((c) => [c.id, c])).values()];
  // External fact-checks take negative ids so they cannot collide with the desk's claims.
  const candidates: MatchableClaim[] = [
    ...published.map(matchable),
    ...external.map((e) => ({ id: -e.id, text: e.claimReviewed, unit: null, speaker: null, qualifier: null, value: null, low: null, high: null })),
  ];
  for (const d of drafts) {
    const draft: MatchableClaim = { id: 0, text: `${d.statement} ${d.sentence === d.statement ? "" : d.sentence}`.trim(), unit: d.unit, speaker: null, qualifier: d.qualifier, value: d.value, low: d.low, high: d.high };
    const best = rankMatches(draft, candidates, 1).find((m) => m.tier === "same_claim");
    if (!best) continue;
    if (best.id > 0) {
      const c = published.find((p) => p.id === best.id)!;
      out.set(d.id, { rating: c.rating?.name ?? "rated", date: c.publishedAt, href: `/claims/${c.id}`, claimId: c.id, by: null });
    } else {
      const e = external.find((x) => x.id === -best.id)!;
      out.set(d.id, { rating: e.ratingName, date: e.datePublished, href: e.url, claimId: null, by: e.publisher });
    }
  }
  return out;
}
