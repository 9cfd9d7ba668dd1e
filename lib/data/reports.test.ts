import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { makeActors, makeArticle, makeClaim, makeSpeaker, ratingNamed, type Actors } from "./testing/fixtures";
import { getReportFilterOptions, getVerifiedClaims, nameReportFilter, verifiedClaimBatches } from "./reports";
import { correctionsOf, groupByArticle } from "@/lib/reports/report-groups";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function publish(articleId: number | null, data: { start?: number; publishedAt?: Date; speakerId?: number; rating?: string } = {}) {
  const rating = await ratingNamed(data.rating ?? "True");
  return makeClaim(actors.factchecker, {
    articleId,
    start: data.start,
    speakerId: data.speakerId,
    status: "published",
    ratingId: rating.id,
    explanation: "Checked.",
    publishedAt: data.publishedAt ?? day("2024-05-10"),
  });
}

describe("getVerifiedClaims", () => {
  it("gives every role, viewers included, only published verdicts, ordered by article and position", async () => {
    const article = await makeArticle(actors.factchecker);
    const second = await publish(article.id, { start: 40 });
    const first = await publish(article.id, { start: 5 });
    await makeClaim(actors.factchecker, { articleId: article.id, status: "verdict_proposed" });
    for (const actor of Object.values(actors)) {
      const claims = await getVerifiedClaims(actor, { article: article.id });
      expect(claims.map((c) => c.id)).toEqual([first.id, second.id]);
    }
  });

  it("filters by speaker, rating and a date range that includes the whole 'to' day", async () => {
    const article = await makeArticle(actors.factchecker);
    const speaker = await makeSpeaker();
    const onDay = await publish(article.id, { publishedAt: new Date("2024-06-02T23:30:00.000Z"), speakerId: speaker.id, rating: "False" });
    await publish(article.id, { publishedAt: day("2024-06-03") });
    const byDate = await getVerifiedClaims(actors.viewer, { article: article.id, from: day("2024-06-01"), to: day("2024-06-02") });
    expect(byDate.map((c) => c.id)).toEqual([onDay.id]);
    expect((await getVerifiedClaims(actors.viewer, { speaker: speaker.id })).map((c) => c.id)).toEqual([onDay.id]);
    const falseId = (await ratingNamed("False")).id;
    expect((await getVerifiedClaims(actors.viewer, { article: article.id, rating: falseId })).map((c) => c.id)).toEqual([onDay.id]);
  });
});

describe("verifiedClaimBatches", () => {
  it("yields the same claims in the same order, a batch at a time", async () => {
    const article = await makeArticle(actors.factchecker);
    for (let i = 0; i < 5; i++) await publish(article.id, { start: i * 10 });
    const all = await getVerifiedClaims(actors.viewer, { article: article.id });
    const batches: number[][] = [];
    for await (const batch of verifiedClaimBatches(actors.viewer, { article: article.id }, 2)) batches.push(batch.map((c) => c.id));
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches.flat()).toEqual(all.map((c) => c.id));
  });
});

describe("report helpers", () => {
  it("group claims by article (those without one last) and list corrections newest first", async () => {
    const article = await makeArticle(actors.factchecker);
    const loose = await publish(null);
    const inArticle = await publish(article.id);
    await db.correction.create({ data: { claimId: inArticle.id, note: "Older", createdById: actors.editor.id, createdAt: day("2024-01-01") } });
    await db.correction.create({ data: { claimId: loose.id, note: "Newer", createdById: actors.editor.id, createdAt: day("2024-02-01") } });
    const claims = (await getVerifiedClaims(actors.viewer, {})).filter((c) => [loose.id, inArticle.id].includes(c.id));
    const groups = groupByArticle(claims);
    expect(groups.map((g) => g.article?.id ?? null)).toEqual([article.id, null]);
    expect(correctionsOf(claims).map((c) => c.note)).toEqual(["Newer", "Older"]);
  });

  it("offer the filter options and name a filter in words", async () => {
    const article = await makeArticle(actors.factchecker, { title: "Named Article" });
    const options = await getReportFilterOptions(actors.viewer);
    expect(options.articles.map((a) => a.id)).toContain(article.id);
    expect(options.ratings.map((r) => r.name)).toContain("Unverifiable");
    expect(options.assignees.map((a) => a.id)).not.toContain(actors.viewer.id);
    expect(nameReportFilter({ article: article.id, assignee: actors.factchecker.id, rating: 999_999 }, options)).toMatchObject({
      article: "Named Article",
      assignee: "Chris Checker",
      rating: "#999999",
    });
    expect(nameReportFilter({ assignee: "none" }, options).assignee).toBe("nobody");
  });
});
