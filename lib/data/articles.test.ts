import { beforeAll, describe, expect, it } from "vitest";
import { countRows, expectAudited, expectNoAudit, expectRefused } from "./testing/harness";
import { ARTICLE_BODY, makeActors, makeArticle, makeClaim, unique, type Actors } from "./testing/fixtures";
import { countArticles, createArticle, findArticleByTitle, getArticleById, getArticleOption, listArticles } from "./articles";

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
    expect(await countRows("ClaimSuggestion", `"articleId" = ? AND state = 'pending'`, result.id)).toBeGreaterThan(0);
  });
});

describe("reading articles", () => {
  it("lists articles for every role, with a search over title and outlet", async () => {
    const needle = await makeArticle(actors.factchecker, { title: unique("Needle story"), outlet: "Haystack Daily" });
    await makeClaim(actors.factchecker, { articleId: needle.id });
    await makeArticle(actors.factchecker);
    const found = (await expectNoAudit(() => listArticles(actors.viewer, { q: "Needle" }))).articles;
    expect(found.map((a) => a.id)).toEqual([needle.id]);
    expect(found[0]._count.claims).toBe(1);
    expect((await listArticles(actors.viewer, { q: "Haystack" })).articles.map((a) => a.id)).toEqual([needle.id]);
    expect((await listArticles(actors.viewer)).articles.length).toBeGreaterThanOrEqual(2);
    // A search counts its own matches; without one, countArticles counts the desk.
    expect((await listArticles(actors.viewer, { q: "Haystack" })).total).toBe(1);
    expect(await countArticles(actors.viewer)).toBe((await listArticles(actors.viewer, { limit: 200 })).articles.length);
  });

  it("pages newest first without overlap, forwards and back, and stops at the newest end", async () => {
    const tag = unique("Paged");
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeArticle(actors.factchecker, { title: `${tag} ${i}` }));
    const newestFirst = made.map((a) => a.id).reverse();
    const first = await listArticles(actors.viewer, { limit: 2 });
    expect(first.articles.map((a) => a.id)).toEqual(newestFirst.slice(0, 2));
    expect(first.previous).toBeNull();
    const second = await listArticles(actors.viewer, { limit: 2, after: first.next! });
    expect(second.articles.map((a) => a.id)).toEqual(newestFirst.slice(2, 4));
    const back = await listArticles(actors.viewer, { limit: 2, before: second.previous! });
    expect(back.articles.map((a) => a.id)).toEqual(newestFirst.slice(0, 2));
    expect(back.previous).toBeNull();
    expect(back.next).toBe(first.next);
  });

  it("lists a search's matches best first with their matches marked, unpaged", async () => {
    const tag = unique("Searched").replace(/\s+/g, "");
    for (let i = 0; i < 3; i++) await makeArticle(actors.factchecker, { title: `${tag} report ${i}` });
    const found = await listArticles(actors.viewer, { q: tag, limit: 2 });
    expect(found.articles).toHaveLength(3);
    expect(found.next).toBeNull();
    expect(found.articles.every((a) => a.highlight?.title?.some((piece) => piece.mark))).toBe(true);
  });

  it("finds titles by their start, ignoring case, with LIKE wildcards taken literally", async () => {
    const tag = unique("Zebra").replace(" ", "");
    const upper = await makeArticle(actors.factchecker, { title: `${tag} crossing` });
    const lower = await makeArticle(actors.factchecker, { title: `${tag.toLowerCase()} herd` });
    await makeArticle(actors.factchecker, { title: `The ${tag}` });
    await makeArticle(actors.factchecker, { title: `${tag}%_ odd` });
    const found = (await listArticles(actors.viewer, { prefix: tag.toUpperCase() })).articles.map((a) => a.id);
    expect(found).toHaveLength(3);
    expect(found).toEqual(expect.arrayContaining([upper.id, lower.id]));
    expect((await listArticles(actors.viewer, { prefix: `${tag}%` })).articles.map((a) => a.title)).toEqual([`${tag}%_ odd`]);
    expect((await findArticleByTitle(actors.viewer, `${tag} crossing`))?.id).toBe(upper.id);
    expect(await getArticleOption(actors.viewer, lower.id)).toEqual({ id: lower.id, label: `${tag.toLowerCase()} herd` });
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
