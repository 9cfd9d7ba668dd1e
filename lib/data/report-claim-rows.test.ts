import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { makeActors, makeArticle, makeClaim, makeEvidence, makeSpeaker, ratingNamed, type Actors } from "./testing/fixtures";
import { readReportClaims } from "./report-claim-rows";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

/** What the report showed of a claim when it was read through Prisma's nested select: the reference. */
const PRISMA_SELECT = {
  id: true, statement: true, excerpt: true, attribution: true, qualifier: true, value: true, low: true, high: true, unit: true,
  asOf: true, status: true, explanation: true, publishedAt: true,
  rating: { select: { name: true, colour: true, reviewValue: true } },
  speaker: { select: { name: true, kind: true, description: true } },
  corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true, previousRatingName: true, newRatingName: true, changes: true } },
  article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
  evidence: {
    orderBy: { createdAt: "asc" },
    select: {
      kind: true, title: true, url: true, stance: true, notes: true,
      snapshots: { orderBy: { id: "asc" }, select: { url: true, finalUrl: true, outcome: true, httpStatus: true, contentHash: true, error: true, fetchedAt: true, text: true } },
    },
  },
  appearances: { orderBy: { id: "asc" }, select: { article: { select: { title: true, url: true } } } },
} as const;

async function publishedClaim(data: Parameters<typeof makeClaim>[1] = {}) {
  const rating = await ratingNamed("Mostly false");
  return makeClaim(actors.factchecker, {
    status: "published", ratingId: rating.id, explanation: "Checked.", publishedAt: new Date("2024-05-10T08:30:00.000Z"), ...data,
  });
}

describe("readReportClaims", () => {
  it("reads a claim with every relation exactly as Prisma's nested select did", async () => {
    const article = await makeArticle(actors.factchecker, { url: "https://news.example/a", publishedAt: new Date("2024-05-01T00:00:00.000Z") });
    const other = await makeArticle(actors.factchecker, { url: null });
    const speaker = await makeSpeaker({ kind: "organization" });
    const claim = await publishedClaim({
      articleId: article.id, speakerId: speaker.id, excerpt: "the excerpt", qualifier: "at_least", value: 17, low: 17, unit: "truck",
      asOf: new Date("2024-04-30T00:00:00.000Z"),
    });
    const first = await makeEvidence(actors.factchecker, claim.id);
    await db.evidence.create({ data: { claimId: claim.id, kind: "note", title: "Call with the ministry", notes: "Confirmed.", stance: "refutes", addedById: actors.factchecker.id, createdAt: new Date("2030-01-01T00:00:00.000Z") } });
    await db.webSnapshot.create({ data: { evidenceId: first.id, url: "https://example.org/source", outcome: "archived", httpStatus: 200, contentHash: "abc", text: "Words." } });
    await db.webSnapshot.create({ data: { evidenceId: first.id, url: "https://example.org/source", outcome: "gone", httpStatus: 404, error: "Not found" } });
    await db.correction.create({ data: { claimId: claim.id, note: "Rating changed.", previousRatingName: "True", newRatingName: "Mostly false", changes: "{}", createdById: actors.editor.id } });
    await makeClaim(actors.factchecker, { articleId: other.id, sameAsId: claim.id });
    await makeClaim(actors.factchecker, { articleId: null, sameAsId: claim.id });

    const [read] = await readReportClaims([claim.id]);
    const reference = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: PRISMA_SELECT });
    expect(read).toEqual(reference);
    expect(read.evidence[0].snapshots).toHaveLength(2);
    expect(read.appearances).toEqual([{ article: { title: other.title, url: null } }, { article: null }]);
  });

  it("reads a bare claim (no speaker, article, rating or lists) as Prisma did", async () => {
    const claim = await makeClaim(actors.factchecker, { status: "published", articleId: null });
    const [read] = await readReportClaims([claim.id]);
    expect(read).toEqual(await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: PRISMA_SELECT }));
  });

  it("keeps the order of the ids asked for and leaves out claims that are not published", async () => {
    const a = await publishedClaim();
    const b = await publishedClaim();
    const draft = await makeClaim(actors.factchecker, { status: "verdict_proposed" });
    const read = await readReportClaims([b.id, draft.id, a.id, 999_999_999]);
    expect(read.map((c) => c.id)).toEqual([b.id, a.id]);
    expect(await readReportClaims([])).toEqual([]);
  });
});
