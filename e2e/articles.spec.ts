import { test, expect, unique } from "./fixtures";

test.describe("articles", () => {
  test.use({ role: "checker" });

  test("adding an article: bad input is explained and nothing typed is lost", async ({ page }) => {
    const title = unique("Flood waters recede");
    const body = "Around 300 families returned home on Friday, officials said.\n\nThe river fell by 2 metres.";
    await page.goto("/articles");
    await page.getByRole("link", { name: "New article" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New article");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Article URL").fill("javascript:alert(1)");
    await page.getByLabel("Published date").fill("2026-11-20");
    await page.getByLabel("Article text").fill(body);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByText("Outlet is required.")).toBeVisible();
    await expect(page.getByText("Article URL must be a web address starting with http:// or https://.")).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Article text")).toHaveValue(body);
    await expect(page.getByLabel("Published date")).toHaveValue("2026-11-20");

    await page.getByLabel("Outlet").fill("Test Wire");
    await page.getByLabel("Article URL").fill("https://example.org/flood");
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId("article-text")).toHaveText(body);
    await page.goto("/articles");
    await expect(page.getByRole("row").filter({ hasText: title })).toContainText("Chris Checker");
  });

  test("an empty article list search says so", async ({ page }) => {
    await page.goto("/articles?q=no-such-article-anywhere");
    await expect(page.getByText("No article matches that search.")).toBeVisible();
  });
});
