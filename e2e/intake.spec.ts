import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, createArticle, createClaim, unique } from "./fixtures";
import { FIXTURE_ARTICLE, FIXTURE_ARTICLE_TITLE, FIXTURE_EVIDENCE, startFixtureSite, type FixtureSite } from "../lib/intake/testing/fixture-site";

/*
 * Articles by url and archived web evidence, against a local fixture site on 127.0.0.1 (the test server
 * allows that address with FETCH_ALLOW_HOSTS; playwright.config.ts). Private addresses stay refused.
 */

let site: FixtureSite;
test.beforeAll(async () => {
  site = await startFixtureSite();
});
test.afterAll(() => site.close());

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")} (${v.help})`));
}

const fromUrlForm = (page: Page) => page.getByRole("form", { name: "Add from a web address" });

test.describe("add an article from its web address", () => {
  test.use({ role: "checker" });

  test("a fact-checker fetches a page, reviews the fields, adds it and sees its claims extracted", async ({ page }) => {
    const path = `/news/${Date.now()}-flood.html`;
    site.setPage(path, FIXTURE_ARTICLE);
    await page.goto("/articles/new");
    const fetchForm = fromUrlForm(page);
    await fetchForm.getByLabel("Article address").fill(`${site.origin}${path}`);
    await fetchForm.getByRole("button", { name: "Fetch the article" }).click();
    await expect(fetchForm.getByRole("status")).toHaveText(`Read “${FIXTURE_ARTICLE_TITLE}” from Riverside Courier. Check the fields below, then add the article.`);

    const review = page.getByRole("form", { name: "Review the article" });
    await expect(review.getByLabel("Title")).toHaveValue(FIXTURE_ARTICLE_TITLE);
    await expect(review.getByLabel("Outlet")).toHaveValue("Riverside Courier");
    await expect(review.getByLabel("Published date")).toHaveValue("2026-11-28");
    await expect(review.getByLabel("Byline")).toHaveValue("Jane Okafor");
    await expect(review.getByLabel("Article URL")).toHaveValue(`${site.origin}${path}`);
    await expect(review.getByLabel("Article text")).toHaveValue(/at least 1,200 homes had been damaged by the water\.\n\nMayor Daniel Reyes/);
    await expect(review.getByLabel("Article text")).not.toHaveValue(/Advertisement|All rights reserved/);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/intake-review.png", fullPage: true });

    // The review is editable: what the person changes is what is saved, and a refused fetch meanwhile loses none of it.
    const title = unique("Harbour flood");
    await review.getByLabel("Title").fill(title);
    await fetchForm.getByLabel("Article address").fill("http://192.168.1.1/");
    await fetchForm.getByRole("button", { name: "Fetch the article" }).click();
    await expect(fetchForm.getByRole("alert")).toHaveText(/^That address points into a private network \(192\.168\.1\.1\)/);
    await expect(review.getByLabel("Title")).toHaveValue(title);
    await expect(review.getByLabel("Byline")).toHaveValue("Jane Okafor");
    await review.getByRole("button", { name: "Add article" }).click();
    // A retried run finds its own earlier copy: the duplicate warning applies here as to pasted articles.
    const anyway = review.getByRole("button", { name: "Add it anyway" });
    await expect(page.getByRole("heading", { level: 1, name: title }).or(anyway)).toBeVisible();
    if (await anyway.isVisible()) await anyway.click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Riverside Courier · by Jane Okafor · published 28 Nov 2026")).toBeVisible();
    const suggestions = page.getByRole("region", { name: /Suggested claims/ });
    await expect(suggestions.getByRole("heading")).toHaveText(/Suggested claims \([1-9]\d*\)/);
    await expect(suggestions.getByText(/1,200 homes/).first()).toBeVisible();
    await page.screenshot({ path: "/tmp/intake-article.png", fullPage: true });

    // Fetching the same address again and saving it warns that the desk already has it.
    await page.goto("/articles/new");
    await fromUrlForm(page).getByLabel("Article address").fill(`${site.origin}${path}`);
    await fromUrlForm(page).getByRole("button", { name: "Fetch the article" }).click();
    const again = page.getByRole("form", { name: "Review the article" });
    await expect(again.getByLabel("Title")).toHaveValue(FIXTURE_ARTICLE_TITLE);
    await again.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByRole("heading", { name: "Already on the desk?" })).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("refused addresses say why, next to the field", async ({ page }) => {
    await page.goto("/articles/new");
    const form = fromUrlForm(page);
    const cases: [string, RegExp][] = [
      ["http://169.254.169.254/latest/meta-data/", /^That address points into a link-local network \(169\.254\.169\.254\)/],
      ["http://10.0.0.8/", /^That address points into a private network/],
      [`${site.origin}/redirect-private`, /^The address redirected to http:\/\/10\.0\.0\.1\/admin, which cannot be fetched: That address points into a private network \(10\.0\.0\.1\)/],
      [`${site.origin}/report.pdf`, /^Only web pages can be fetched: the address returned application\/pdf\.$/],
      [`${site.origin}/missing.html`, /^The server answered 404 Not Found\.$/],
      ["ftp://files.example/report.txt", /^Only http and https addresses can be fetched, not ftp\.$/],
    ];
    for (const [url, message] of cases) {
      await form.getByLabel("Article address").fill(url);
      await form.getByRole("button", { name: "Fetch the article" }).click();
      await expect(form.getByRole("alert")).toHaveText(message);
      await expect(form.getByLabel("Article address")).toHaveAttribute("aria-invalid", "true");
      await expect(form.locator(".field-error")).toHaveText(message);
    }
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "/tmp/intake-refused-phone.png", fullPage: true });
    // Nothing was added.
    await expect(page.getByRole("form", { name: "Article" }).getByLabel("Title")).toHaveValue("");
  });

  test("the API previews an article, refuses a private address with 422 and a viewer's token with 403", async ({ page, browser }) => {
    const ok = await page.request.post("/api/v1/article-previews", { data: { url: `${site.origin}/moved` } });
    expect(ok.status()).toBe(200);
    const { preview } = await ok.json();
    expect(preview).toMatchObject({ title: FIXTURE_ARTICLE_TITLE, outlet: "Riverside Courier", url: `${site.origin}/article.html`, byline: "Jane Okafor", publishedAt: "2026-11-28T09:30:00.000Z" });
    // A page over 100 KB is read in a thread of its own (the production build's worker entry).
    const paragraph = FIXTURE_ARTICLE.match(/<p>The harbour[\s\S]*?<\/p>/)![0];
    site.setPage("/long.html", FIXTURE_ARTICLE.replace("</article>", `${paragraph.repeat(1000)}</article>`));
    const long = await page.request.post("/api/v1/article-previews", { data: { url: `${site.origin}/long.html` } });
    expect(long.status(), await long.text()).toBe(200);
    const read = (await long.json()).preview;
    expect(read.title).toBe(FIXTURE_ARTICLE_TITLE);
    expect(read.body.match(/at least 1,200 homes had been damaged/g)).toHaveLength(1001);
    const refused = await page.request.post("/api/v1/article-previews", { data: { url: "http://[::1]:22/" } });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error.fields.url[0]).toMatch(/^That address points into this machine \(loopback\)/);
    const viewer = await browser.newContext();
    const viewerPage = await viewer.newPage();
    await viewerPage.goto("/login");
    const { signIn } = await import("./fixtures");
    await signIn(viewerPage, "viewer");
    expect((await viewerPage.request.post("/api/v1/article-previews", { data: { url: `${site.origin}/article.html` } })).status()).toBe(403);
    await viewer.close();
  });
});

test.describe("archived web evidence", () => {
  test.use({ role: "editor" });

  test("an editor attaches a web source, reads its archived copy, and checks it again as it changes and disappears", async ({ page }) => {
    const path = `/bulletin-${Date.now()}.html`;
    site.setPage(path, FIXTURE_EVIDENCE("1"));
    const article = await createArticle(page.request);
    const claim = await createClaim(page.request, { articleId: article.id, statement: unique("Crews rescued 85 people") });
    await page.goto(`/claims/${claim.id}`);
    await page.getByRole("button", { name: "Add evidence" }).click();
    const form = page.getByRole("form", { name: "Attach evidence" });
    await form.getByLabel("Source URL").fill(`${site.origin}${path}`);
    await form.getByLabel("Page title").fill("Fire service flood bulletin");
    await form.getByRole("button", { name: "Attach evidence" }).click();
    await expect(form.getByRole("status")).toHaveText("Evidence attached.");

    // The form did not wait for the page; the claim page shows the copy when the background job is done.
    const supports = page.getByRole("region", { name: "Supports" });
    const archived = supports.getByRole("link", { name: /^archived \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC$/ });
    await expect(archived).toBeVisible({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/intake-evidence.png", fullPage: true });

    await archived.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archived copy: Fire service flood bulletin");
    const text = page.getByRole("region", { name: "Archived text" });
    await expect(text).toContainText("The regional fire service rescued 85 people from rooftops and vehicles during the harbour flood.");
    await expect(text).toContainText("This bulletin is edition 1.");
    await expect(page.locator("dd code")).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByText(/\(HTTP 200, text\/html\)/)).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "/tmp/intake-archive-phone.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Unchanged, then changed, then gone.
    await page.getByRole("link", { name: "← Back to the claim" }).click();
    const status = page.getByTestId(/^archive-/);
    await status.getByRole("button", { name: "Check again" }).click();
    await expect(status).toContainText(/unchanged when checked/, { timeout: 20_000 });

    site.setPage(path, FIXTURE_EVIDENCE("2"));
    await status.getByRole("button", { name: "Check again" }).click();
    await expect(status.getByRole("link", { name: /^changed; new copy archived/ })).toBeVisible({ timeout: 20_000 });
    await status.getByRole("link", { name: /^changed; new copy archived/ }).click();
    await expect(page.getByRole("region", { name: "Archived text" })).toContainText("This bulletin is edition 2.");
    await page.goBack();

    site.remove(path);
    await page.getByTestId(/^archive-/).getByRole("button", { name: "Check again" }).click();
    await expect(page.getByTestId(/^archive-/)).toContainText(/the page is gone \(checked .*: The server answered 410 Gone\.\)/, { timeout: 20_000 });
    await page.screenshot({ path: "/tmp/intake-evidence-gone.png", fullPage: true });

    // The API's evidence answer carries every check.
    const evidence = (await (await page.request.get(`/api/v1/claims/${claim.id}/evidence`)).json()).evidence;
    expect(evidence[0].snapshots.map((s: { outcome: string }) => s.outcome)).toEqual(["archived", "unchanged", "changed", "gone"]);
  });

  test("a web source that cannot be fetched says why", async ({ page }) => {
    const article = await createArticle(page.request);
    const claim = await createClaim(page.request, { articleId: article.id, statement: unique("Metadata claim") });
    const response = await page.request.post(`/api/v1/claims/${claim.id}/evidence`, {
      data: { kind: "url", url: "http://169.254.169.254/latest/meta-data/", title: "Cloud metadata", stance: "context" },
    });
    expect(response.status()).toBe(201);
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByTestId(/^archive-/)).toContainText(/not archived: That address points into a link-local network/, { timeout: 20_000 });
  });
});
