import { test, expect, pageAs } from "./fixtures";

test.describe("not-found and not-allowed pages", () => {
  test.use({ role: "checker" });

  test("an unknown claim, article or speaker number gets the desk's not-found page, with status 404", async ({ page }) => {
    for (const [path, sentence] of [
      ["/claims/999999", "There is no claim #999999 on this desk."],
      ["/articles/999999", "There is no article #999999 on this desk."],
      ["/speakers/999999", "There is no speaker #999999 on this desk."],
    ]) {
      expect((await page.goto(path))!.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
      await expect(page.getByText(sentence)).toBeVisible();
      // Inside the desk: the navigation is still there.
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    }
    await page.getByRole("navigation", { name: "Ways on" }).getByRole("link", { name: "All claims" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims");
  });

  test("an unknown address gets a designed page with a way back", async ({ page }) => {
    expect((await page.goto("/no-such-page"))!.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByText("Nothing lives at this address.")).toBeVisible();
    await page.screenshot({ path: "test-results/status/not-found.png" });
    await page.getByRole("link", { name: "Go to the dashboard" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  });

  test("someone whose role may not open a page is told why, with status 403", async ({ page, browser }) => {
    for (const [path, reason] of [
      ["/settings", "You need the admin role to change the rating scale and the two-person rule."],
      ["/settings/publishing", "You need the admin role to change how verdicts are published."],
      ["/admin/users", "You need the admin role to manage the desk's users."],
    ]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(403);
      expect(page.url()).toContain(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not available to your role");
      await expect(page.getByText(reason)).toBeVisible();
      await expect(page.getByText("with the fact-checker role")).toBeVisible();
    }
    await page.screenshot({ path: "test-results/status/forbidden.png" });

    const viewer = await pageAs(browser, "viewer");
    expect((await viewer.goto("/imports"))!.status()).toBe(403);
    await expect(viewer.getByText("You need the fact-checker, editor or admin role to import claims and articles.")).toBeVisible();
    await viewer.context().close();
  });

  test("the app has a favicon", async ({ page }) => {
    await page.goto("/");
    const href = await page.locator("link[rel='icon']").first().getAttribute("href");
    expect(href).toMatch(/^\/icon\.svg/);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    expect(await response.text()).toContain("<svg");
    // Served before sign-in too, for the sign-in page's tab.
    const anonymous = await page.context().browser()!.newContext();
    const signedOut = await anonymous.request.get(new URL(href!, page.url()).toString(), { maxRedirects: 0 });
    expect(signedOut.status()).toBe(200);
    await anonymous.close();
  });
});
