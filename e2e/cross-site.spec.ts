import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page, Response } from "@playwright/test";
import { test, expect, createArticle, createClaim, unique } from "./fixtures";

/**
 * Another origin of the same site (localhost on another port), so the browser sends the signed-in
 * editor's SameSite=Lax cookie along. Every write it attempts must be refused and leave nothing behind.
 */
async function attackerSite(pages: Record<string, string>) {
  const server = http.createServer((request, response) => {
    const body = pages[new URL(request.url ?? "/", "http://x").pathname];
    response.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

const html = (script: string, body = "") => `<!doctype html><html><body>${body}<script>${script}</script></body></html>`;

/**
 * A form that posts itself as soon as the page loads, the classic cross-site request forgery; with a
 * file, put into the file input by script as a drag and drop would.
 */
const autoSubmittingForm = (action: string, fields: Record<string, string>, file?: { name: string; type: string; text: string }) =>
  html(
    (file
      ? `const transfer = new DataTransfer();
         transfer.items.add(new File([${JSON.stringify(file.text)}], ${JSON.stringify(file.name)}, { type: ${JSON.stringify(file.type)} }));
         document.querySelector("input[type=file]").files = transfer.files;`
      : "") + "document.forms[0].submit();",
    `<form method="post" enctype="multipart/form-data" action="${action}">` +
      Object.entries(fields).map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`).join("") +
      (file ? '<input type="file" name="file">' : "") +
      "</form>",
  );

async function visitAndAwait(page: Page, url: string, target: string): Promise<Response> {
  const answered = page.waitForResponse((response) => response.url() === target && response.request().method() === "POST");
  await page.goto(url);
  const response = await answered;
  // The attack is only meaningful when the browser really attached the session cookie.
  expect((await response.request().allHeaders()).cookie ?? "").toContain("session_token");
  return response;
}

test.describe("cross-site writes", () => {
  test.use({ role: "editor" });

  test("a page on another origin cannot attach evidence, import a CSV or import an article with the editor's cookie", async ({ page, baseURL }) => {
    const article = await createArticle(page.request);
    const claim = await createClaim(page.request, { articleId: article.id, statement: unique("Target claim") });
    const csvStatement = unique("Planted claim");
    const articleTitle = unique("Planted article");
    const evidenceUrl = `${baseURL}/api/v1/claims/${claim.id}/evidence`;
    const csvUrl = `${baseURL}/imports/claims-csv`;
    const articleUrl = `${baseURL}/imports/article-file`;
    const site = await attackerSite({
      "/evidence": autoSubmittingForm(evidenceUrl, { kind: "url", url: "https://evil.example/fake", title: "Planted source", stance: "supports" }),
      "/csv": autoSubmittingForm(csvUrl, { intent: "import" }, { name: "claims.csv", type: "text/csv", text: `statement,speaker\n${csvStatement},Maria Lopez\n` }),
      "/article": autoSubmittingForm(articleUrl, { outlet: "Evil Wire" }, { name: "story.md", type: "text/markdown", text: `# ${articleTitle}\n\nOfficials said 40 homes were destroyed.` }),
    });
    try {
      for (const [path, target] of [["/evidence", evidenceUrl], ["/csv", csvUrl], ["/article", articleUrl]]) {
        const response = await visitAndAwait(page, site.origin + path, target);
        expect(response.status(), `${path} is refused`).toBe(403);
      }
      // The evidence form's answer is shown in the browser: the API's error shape, no record.
      await page.goto(site.origin + "/evidence");
      await expect(page.locator("body")).toContainText('"code":"forbidden"');
      await page.screenshot({ path: "test-results/screenshots/cross-site-refused.png" });
    } finally {
      await site.close();
    }

    // Nothing was written.
    const evidence = await (await page.request.get(`/api/v1/claims/${claim.id}/evidence`)).json();
    expect(evidence.evidence).toEqual([]);
    const claims = await (await page.request.get(`/api/v1/claims?q=${encodeURIComponent(csvStatement)}`)).json();
    expect(claims.claims).toEqual([]);
    const articles = await (await page.request.get(`/api/v1/articles?q=${encodeURIComponent(articleTitle)}`)).json();
    expect(articles.articles).toEqual([]);
  });

  test("a cross-site form post to a page is refused with 403, not a server error", async ({ page, baseURL }) => {
    const target = `${baseURL}/settings`;
    const site = await attackerSite({ "/page": autoSubmittingForm(target, { "1_$ACTION_ID_0123": "", name: "x" }) });
    try {
      const response = await visitAndAwait(page, site.origin + "/page", target);
      expect(response.status()).toBe(403);
    } finally {
      await site.close();
    }
  });

  test("the desk's own pages and API clients without browser headers still write", async ({ page }) => {
    // The Playwright request context sends no Origin or Sec-Fetch-Site, like curl or a script: allowed.
    const article = await createArticle(page.request);
    expect(article.id).toBeGreaterThan(0);
    // The same-origin browser path: a fetch from a Claimdesk page.
    await page.goto("/claims");
    const status = await page.evaluate(async (articleId) => {
      const response = await fetch("/api/v1/claims", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ articleId, statement: "A same-origin claim of 12 homes" }),
      });
      return response.status;
    }, article.id);
    expect(status).toBe(201);
  });
});
