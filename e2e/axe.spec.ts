import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, signIn, type Role } from "./fixtures";
import { DESK_PAGES, mayOpen } from "./desk-pages";

/** axe's findings on the page as it stands, one line per failing element ("rule: selector"). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    // Off by default as experimental; the desk had this fault, so it is checked.
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((node) => `${page.url()} ${v.id}: ${node.target.join(" ")} (${v.help})`));
}

const ROLES: Role[] = ["admin", "editor", "checker", "viewer"];

test.describe("axe finds no accessibility violations", () => {
  for (const role of ROLES) {
    test(`on every page, as ${role}`, async ({ browser }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto("/login");
      await signIn(page, role);
      const found: string[] = [];
      for (const desk of DESK_PAGES) {
        const response = await page.goto(desk.path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        // Pages beyond the role answer 403 and say why; they must be as accessible as any other.
        expect(response!.status(), desk.path).toBe(mayOpen(role, desk) ? 200 : 403);
        found.push(...(await violations(page)));
      }
      if (role === "checker") {
        // The article page with "Add claim" open.
        await page.goto("/articles/1");
        await page.getByRole("button", { name: /Add a claim from:/ }).first().press("Enter");
        await expect(page.getByRole("region", { name: "Add claim" })).toBeVisible();
        found.push(...(await violations(page)));
      }
      // The not-found pages: inside the desk, and for an address the app does not know at all.
      await page.goto("/claims/999999");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
      found.push(...(await violations(page)));
      await page.goto("/no-such-page");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      found.push(...(await violations(page)));
      expect(found).toEqual([]);
      await context.close();
    });
  }

  test("the check itself catches a label that differs from the visible text, and repeated landmark names", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/login");
    await signIn(page, "viewer");
    await page.goto("/");
    expect(await violations(page)).toEqual([]);
    await page.locator(".cards a").first().evaluate((card) => card.setAttribute("aria-label", "Something else entirely"));
    for (const section of await page.locator("main section").all()) {
      await section.evaluate((el) => {
        el.removeAttribute("aria-labelledby");
        el.setAttribute("aria-label", "Claims by state");
      });
    }
    const found = (await violations(page)).join("\n");
    expect(found).toContain("label-content-name-mismatch");
    expect(found).toContain("landmark-unique");
    await context.close();
  });

  test("on the sign-in page and a public not-found page, signed out", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/login");
    const found = await violations(page);
    // Signed out, any desk address leads to the sign-in page; an unknown public fact-check is not found.
    await page.goto("/f/999999-no-such-fact-check");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    found.push(...(await violations(page)));
    expect(found).toEqual([]);
    await context.close();
  });
});
