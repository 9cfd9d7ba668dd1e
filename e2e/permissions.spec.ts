import { test, expect, createArticle, signIn, unique } from "./fixtures";

test.describe("a viewer", () => {
  test.use({ role: "viewer" });

  test("sees no edit controls anywhere", async ({ page }) => {
    await page.goto("/articles");
    await expect(page.getByRole("link", { name: "New article" })).toHaveCount(0);
    // The list pages newest first and other specs add articles (some with the same title): find the seed one.
    await page.getByLabel("Search title, outlet or text").fill("Civilians evacuated last ISIS holdout");
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: "Civilians evacuated from last ISIS holdout in Syria" }).and(page.locator('[href="/articles/1"]')).click();
    await expect(page.getByRole("button", { name: /Add a claim from/ })).toHaveCount(0);
    await page.getByRole("link", { name: /at least 17 trucks/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("counted at least 17 trucks");
    await expect(page.getByRole("region", { name: "Verification" })).toContainText("No workflow actions are open to you here.");
    await expect(page.getByRole("button")).toHaveText(["Sign out"]);
    await expect(page.getByRole("form")).toHaveCount(0);
    expect((await page.goto("/articles/new"))!.status()).toBe(403);
    await expect(page.getByText("You need the fact-checker, editor or admin role to add articles.")).toBeVisible();
    expect((await page.goto("/admin/users"))!.status()).toBe(403);
    await expect(page.getByText("You need the admin role to manage the desk's users.")).toBeVisible();
  });

  test("forged writes are refused with 403 and change nothing", async ({ page, browser }) => {
    const checker = await browser.newPage();
    await checker.goto("/login");
    await signIn(checker, "checker");
    const article = await createArticle(checker.request);
    const { claim } = await (await checker.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Viewer target") } })).json();
    await checker.close();

    const attempts = [
      page.request.post("/api/v1/claims", { data: { statement: "forged" } }),
      page.request.post("/api/v1/articles", { data: { title: "forged", outlet: "x", body: "forged" } }),
      page.request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "forged", version: 1 } }),
      page.request.post(`/api/v1/claims/${claim.id}/workflow`, { data: { action: "start_review", version: 1 } }),
      page.request.post(`/api/v1/claims/${claim.id}/evidence`, { data: { kind: "url", url: "https://example.org", title: "forged", stance: "supports" } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
    const unchanged = await (await page.request.get(`/api/v1/claims/${claim.id}`)).json();
    expect(unchanged.claim).toMatchObject({ statement: claim.statement, status: "unverified", version: 1 });
    const forgedArticles = await (await page.request.get("/api/v1/articles?q=forged")).json();
    expect(forgedArticles.articles).toHaveLength(0);
  });

  test("can read the report and export it", async ({ page }) => {
    await page.goto("/reports");
    await expect(page.getByRole("heading", { name: "Civilians evacuated from last ISIS holdout in Syria" })).toBeVisible();
    const response = await page.request.get("/api/v1/reports/verified?format=json");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.claims.some((c: { unit: string; qualifier: string; value: number; rating: string }) => c.unit === "truck" && c.qualifier === "at_least" && c.value === 17 && c.rating === "True")).toBe(true);
  });
});
