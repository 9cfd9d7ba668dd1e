import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { summarizeReport } from "@/lib/reports/report-summary";
import { countUnexportable } from "@/lib/reports/export-stream";
import { makeActors, makeArticle, makeClaim, makeSpeaker, ratingNamed, type Actors } from "./testing/fixtures";
import { countClaimReviewSkips, getReportSummary } from "./report-figures";
import { verifiedClaimBatches } from "./reports";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

describe("getReportSummary", () => {
  it("counts in the database what summarizing the claims in memory gives", async () => {
    const article = await makeArticle(actors.factchecker);
    const [ana, org] = [await makeSpeaker({ name: "Ana Figures" }), await makeSpeaker({ name: "Ana Figures", kind: "organization" })];
    const [trueId, falseId, unverifiable] = [(await ratingNamed("True")).id, (await ratingNamed("False")).id, (await ratingNamed("Unverifiable")).id];
    const publish = (data: Parameters<typeof makeClaim>[1]) =>
      makeClaim(actors.factchecker, { articleId: article.id, status: "published", publishedAt: new Date("2025-03-04T10:00:00Z"), ...data });
    await publish({ speakerId: ana.id, ratingId: falseId, value: 17 });
    await publish({ speakerId: ana.id, ratingId: trueId, publishedAt: new Date("2025-03-20T23:59:00Z") });
    const corrected = await publish({ speakerId: org.id, ratingId: unverifiable, low: 1, high: 3 });
    await publish({ ratingId: trueId });
    await makeClaim(actors.factchecker, { articleId: article.id, status: "verdict_proposed", ratingId: falseId });
    await db.correction.create({ data: { claimId: corrected.id, note: "Fixed.", createdById: actors.editor.id } });

    const order = ["True", "False", "Unverifiable"];
    const inMemory: Parameters<typeof summarizeReport>[0][number][] = [];
    for await (const batch of verifiedClaimBatches(actors.viewer, { article: article.id })) inMemory.push(...batch);
    const counted = await getReportSummary(actors.viewer, { article: article.id }, order);
    expect(counted).toEqual(summarizeReport(inMemory, order));
    expect(counted).toMatchObject({ verdicts: 4, articles: 1, speakers: 2, unattributed: 1, withFigure: 2, corrections: 1, falseOrMostlyFalse: 1 });
    expect(counted.byRating.map((r) => [r.name, r.count])).toEqual([["True", 2], ["False", 1], ["Unverifiable", 1]]);
    expect(counted.overTime.periods.map((p) => p.count)).toEqual([3, 0, 1]);
    expect((await getReportSummary(actors.viewer, { article: article.id, rating: trueId })).verdicts).toBe(2);
  });

  it("is empty for an empty selection", async () => {
    const article = await makeArticle(actors.factchecker);
    expect(await getReportSummary(actors.viewer, { article: article.id })).toMatchObject({ verdicts: 0, falseShare: null, byRating: [], overTime: { periods: [] } });
  });
});

describe("countClaimReviewSkips", () => {
  it("agrees with the ClaimReview check run over every claim", async () => {
    const article = await makeArticle(actors.factchecker);
    const trueId = (await ratingNamed("True")).id;
    await makeClaim(actors.factchecker, { articleId: article.id, status: "published", ratingId: trueId });
    await makeClaim(actors.factchecker, { articleId: article.id, status: "published", ratingId: null });
    await makeClaim(actors.factchecker, { articleId: article.id, status: "published", ratingId: trueId, statement: "   " });
    for (const name of ["Desk", ""]) {
      const org = { name, url: "" };
      const checked = await countUnexportable(verifiedClaimBatches(actors.viewer, { article: article.id }), org, "https://desk.example");
      expect(await countClaimReviewSkips(actors.viewer, { article: article.id }, name)).toBe(checked);
    }
    expect(await countClaimReviewSkips(actors.viewer, { article: article.id }, "Desk")).toBe(2);
  });
});
