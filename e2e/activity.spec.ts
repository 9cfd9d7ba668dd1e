import { test, expect, createArticle, createClaim, unique } from "./fixtures";

test.describe("activity feed", () => {
  test.use({ role: "checker" });

  test("shows a change just made, and narrows by person, claim and kind", async ({ page }) => {
    const article = await createArticle(page.request);
    const claim = await createClaim(page.request, { articleId: article.id, statement: unique("The storm destroyed homes") });
    const articleEntry = `added the article “${article.title}”`;
    const claimEntry = new RegExp(`claim #${claim.id}\\b`);

    await page.goto("/activity");
    const items = page.getByRole("region", { name: "Changes" }).getByRole("listitem");
    await expect(items.filter({ hasText: claimEntry }).first()).toContainText("Chris Checker");
    await expect(items.filter({ hasText: articleEntry }).first()).toBeVisible();

    const filters = page.getByRole("form", { name: "Filter activity" });
    await filters.getByLabel("Person").selectOption({ label: "Chris Checker" });
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/person=/);
    await expect(items.filter({ hasText: articleEntry })).toHaveCount(1);
    await expect(items.filter({ hasNotText: "Chris Checker" })).toHaveCount(0);

    await filters.getByLabel("Claim number").fill(String(claim.id));
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`claim=${claim.id}\\b`));
    await expect(items.filter({ hasText: claimEntry })).not.toHaveCount(0);
    await expect(items.filter({ hasNotText: claimEntry })).toHaveCount(0);
    // The filters live in the URL: a reload keeps them.
    await page.reload();
    await expect(filters.getByLabel("Claim number")).toHaveValue(String(claim.id));
    await expect(filters.getByLabel("Person")).toHaveValue(/.+/);

    await filters.getByLabel("Claim number").fill("");
    await filters.getByLabel("Kind of change").selectOption({ label: "Article" });
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(items.filter({ hasText: articleEntry })).toHaveCount(1);
    await expect(items.filter({ hasText: /claim #/ })).toHaveCount(0);
    await expect(items.filter({ hasNotText: "the article “" })).toHaveCount(0);

    await filters.getByLabel("Kind of change").selectOption({ label: "Claim created" });
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(items.filter({ hasText: claimEntry })).toHaveCount(1);
    await expect(items.filter({ hasText: "the article “" })).toHaveCount(0);

    await filters.getByLabel("Claim number").fill("999999999");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("No changes match these filters.")).toBeVisible();
  });
});

test.describe("activity feed for viewers", () => {
  test.use({ role: "viewer" });

  test("a viewer can read the feed", async ({ page }) => {
    await page.goto("/activity");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activity");
    await expect(page.getByRole("region", { name: "Changes" }).getByRole("listitem").first()).toBeVisible();
  });
});
