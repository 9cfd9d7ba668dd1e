import { test, expect, createArticle, createClaim, unique } from "./fixtures";

test.describe("full-text search", () => {
  test.use({ role: "checker" });

  test("the claim list finds words, phrases and prefixes, best match first, with the matches marked", async ({ page }) => {
    const tag = unique("zq").replace(/\W/g, "");
    const article = await createArticle(page.request, { title: unique("Flood article") });
    const best = await createClaim(page.request, { articleId: article.id, statement: `${tag} floodwater reached São Tomé on Monday` });
    const weaker = await createClaim(page.request, {
      articleId: article.id,
      statement: `Officials counted the damage across the whole coastal district over several days while ${tag} was mentioned`,
    });
    // Whatever a claim says is shown as text, never as markup.
    const markup = await createClaim(page.request, { articleId: article.id, statement: `<b>${tag}</b> floodwater <img src=x onerror=alert(1)>` });

    await page.goto("/claims");
    await page.getByLabel("Search").fill(`${tag} floodwater`);
    await page.getByRole("button", { name: "Apply filters" }).click();
    const rows = page.getByRole("row").filter({ hasText: tag });
    await expect(rows).toHaveCount(2);
    await expect(rows.first().locator("mark")).toHaveText([tag, "floodwater"]);
    await expect(page.getByRole("link", { name: `${tag} floodwater reached São Tomé on Monday` })).toHaveAttribute("href", `/claims/${best.id}`);
    await expect(page.locator("img[src=x]")).toHaveCount(0);
    await expect(rows.filter({ hasText: `<b>${tag}</b> floodwater` })).toHaveCount(1);
    await page.screenshot({ path: "test-results/screenshots/search-highlight.png", fullPage: true });

    // Ranking: a short statement that is mostly the word beats a long one that mentions it once.
    await page.goto(`/claims?q=${encodeURIComponent(tag)}`);
    const ranked = page.getByRole("row").filter({ hasText: tag });
    await expect(ranked).toHaveCount(3);
    await expect(ranked.last().getByRole("link").first()).toHaveAttribute("href", `/claims/${weaker.id}`);

    // A phrase, a prefix typed as the last word, accents folded.
    await page.getByLabel("Search").fill(`${tag} "sao tome" flood`);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("row").filter({ hasText: tag })).toHaveCount(1);
    await expect(page.getByRole("row").filter({ hasText: tag }).locator("mark")).toHaveText([tag, "floodwater", "São Tomé"]);

    // Odd input is an empty result or a list, never an error page.
    for (const odd of ['"', "NEAR(", "-*", `${tag} "unclosed`, "((("]) {
      const response = await page.goto(`/claims?q=${encodeURIComponent(odd)}`);
      expect(response?.status(), odd).toBe(200);
      await expect(page.getByRole("heading", { name: "Claims" })).toBeVisible();
    }

    // The API marks the same words, escaped.
    const body = await (await page.request.get(`/api/v1/claims?q=${encodeURIComponent(`${tag} floodwater`)}`)).json();
    const fromApi = body.claims.find((c: { id: number }) => c.id === markup.id);
    expect(fromApi.highlight.statement).toBe(`&lt;b&gt;<mark>${tag}</mark>&lt;/b&gt; <mark>floodwater</mark> &lt;img src=x onerror=alert(1)&gt;`);
    expect((await page.request.get(`/api/v1/claims?q=${encodeURIComponent('NEAR( "')}`)).status()).toBe(200);
  });

  test("the article list searches the text of articles and shows where it matched", async ({ page }) => {
    const tag = unique("zr").replace(/\W/g, "");
    const article = await createArticle(page.request, { title: unique("Harbour report"), body: `The harbour master said ${tag} ships waited outside.` });
    await page.goto("/articles");
    await page.getByLabel("Search title, outlet or text").fill(tag);
    await page.getByRole("button", { name: "Search" }).click();
    const row = page.getByRole("row").filter({ hasText: tag });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("link", { name: article.title })).toBeVisible();
    await expect(row.locator("mark")).toHaveText([tag]);
    const api = await (await page.request.get(`/api/v1/articles?q=${tag}`)).json();
    expect(api.articles.map((a: { id: number }) => a.id)).toEqual([article.id]);
    expect(api.articles[0].highlight.snippet).toContain(`<mark>${tag}</mark>`);
  });
});
