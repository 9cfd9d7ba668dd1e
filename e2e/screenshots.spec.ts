import { test, expect } from "./fixtures";

/**
 * Visits every page as an admin and keeps a full-page screenshot of each in test-results/screenshots,
 * for people to look at. Each page must render its heading without an error.
 */
test.describe("every page renders", () => {
  test.use({ role: "admin" });

  test("dashboard, lists, details, report and admin", async ({ page }) => {
    const pages: [string, string | RegExp][] = [
      ["/", "Dashboard"],
      ["/queue", "My queue"],
      ["/activity", "Activity"],
      ["/settings", "Settings"],
      ["/articles", "Articles"],
      ["/articles/new", "New article"],
      ["/articles/1", "Civilians evacuated from last ISIS holdout in Syria"],
      ["/claims", "Claims"],
      ["/claims/3", /counted at least 17 trucks/],
      ["/speakers", "Speakers"],
      ["/speakers/1", "Mustafa Bali"],
      ["/reports", "Verified-claims report"],
      ["/admin/users", "Users"],
    ];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await page.screenshot({ path: `test-results/screenshots/${path === "/" ? "dashboard" : path.slice(1).replace(/\//g, "-")}.png`, fullPage: true });
    }
    await page.emulateMedia({ media: "print" });
    await page.goto("/reports");
    await page.screenshot({ path: "test-results/screenshots/reports-print.png", fullPage: true });
  });

  test("sign-in page", async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Claimdesk");
    await page.screenshot({ path: "test-results/screenshots/login.png" });
    await page.close();
  });
});
