import { beforeAll, describe, expect, it } from "vitest";
import { countRows, expectAudited, expectNoAudit, expectRefused } from "./testing/harness";
import { ARTICLE_BODY, makeActors, makeArticle, makeClaim, unique, type Actors } from "./testing/fixtures";
import { createArticle, getArticleById, listArticleOptions, listArticles } from "./articles";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

describe("createArticle", () => {
  const input = () => ({ title: unique("Trucks leave Baghouz"), outlet: "Test Wire", body: ARTICLE_BODY });

  it("refuses a viewer and writes nothing", async () => {
    await expectRefused(() => createArticle(actors.viewer, input()), "forbidden");
  });

  it("stores the article and its suggestions with one audit record in the same transaction", async () => {
    const data = input();
    const { result, audits } = await expectAudited(() => createArticle(actors.factchecker, data), { actorId: actors.factchecker.id, entity: "article", action: "create" });
    expect(result).toMatchObject({ title: data.title, createdById: actors.factchecker.id });
    expect(audits[0].entityId).toBe(String(result.id));
    expect(audits[0].after).toMatchObject({ title: data.title, outlet: "Test Wire" });
    // Extraction runs as the article is added: its figures are waiting as suggestions.
    expect(countRows("ClaimSuggestion", "articleId = ? AND state = 'pending'", result.id)).toBeGreaterThan(0);
  });
});

describe("reading articles", () => {
  it("lists articles for every role, with a search over title and outlet", async () => {
    const needle = await makeArticle(actors.factchecker, { title: unique("Needle story"), outlet: "Haystack Daily" });
    await makeClaim(actors.factchecker, { articleId: needle.id });
    await makeArticle(actors.factchecker);
    const found = await expectNoAudit(() => listArticles(actors.viewer, { q: "Needle" }));
    expect(found.map((a) => a.id)).toEqual([needle.id]);
    expect(found[0]._count.claims).toBe(1);
    expect((await listArticles(actors.viewer, { q: "Haystack" })).map((a) => a.id)).toEqual([needle.id]);
    expect((await listArticles(actors.viewer)).length).toBeGreaterThanOrEqual(2);
    expect((await listArticleOptions(actors.viewer)).map((a) => a.id)).toContain(needle.id);
  });

  it("reads one article with its claims in text order, or says not found", async () => {
    const article = await makeArticle(actors.factchecker);
    const later = await makeClaim(actors.factchecker, { articleId: article.id, start: 50, end: 60 });
    const earlier = await makeClaim(actors.factchecker, { articleId: article.id, start: 0, end: 10 });
    const read = await getArticleById(actors.viewer, article.id);
    expect(read.claims.map((c) => c.id)).toEqual([earlier.id, later.id]);
    await expect(getArticleById(actors.viewer, 999_999)).rejects.toMatchObject({ code: "not_found" });
  });
});
