import { test, expect } from "./fixtures";
import { DESK_PAGES } from "./desk-pages";

const PHONE = { width: 390, height: 844 };

/** The innermost element reaching furthest right, named by its tag, class and first words, to say what to fix. */
function widestElement(page: import("@playwright/test").Page): Promise<string> {
  return page.evaluate(() => {
    let best: Element | null = null;
    let right = 0;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect().right;
      if (r > right + 0.5 || (best && r >= right - 0.5 && best.contains(el))) [best, right] = [el, Math.max(r, right)];
    }
    if (!best) return "none";
    const text = (best.textContent ?? "").trim().slice(0, 60);
    return `${best.tagName.toLowerCase()}.${[...best.classList].join(".")} (${Math.round(right)}px) “${text}”`;
  });
}

test.describe("on a 390 px phone screen", () => {
  test.use({ role: "admin", viewport: PHONE });

  test("no page scrolls sideways", async ({ page }) => {
    test.setTimeout(120_000);
    const tooWide: string[] = [];
    for (const { path, name } of DESK_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) tooWide.push(`${path}: ${width}px, widest: ${await widestElement(page)}`);
      await page.screenshot({ path: `test-results/phone/${name}.png`, fullPage: true });
    }
    expect(tooWide).toEqual([]);
  });

  test("the sign-in page fits too", async ({ browser }) => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  test("the claims table becomes stacked rows, each value named by its column", async ({ page }) => {
    // Searched for, so the seed claim is on the first page however many claims other tests have added.
    await page.goto(`/claims?q=${encodeURIComponent("17 trucks")}`);
    const row = page.getByRole("row").filter({ hasText: "17 trucks" }).first();
    const cell = row.locator("td[data-label='Speaker']");
    const label = await cell.evaluate((td) => getComputedStyle(td, "::before").content);
    expect(label).toBe('"Speaker"');
    const box = await row.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    // Cells sit one under another, not side by side.
    const statement = await row.locator("td").first().boundingBox();
    const speaker = await cell.boundingBox();
    expect(speaker!.y).toBeGreaterThan(statement!.y);
  });

  test("the navigation folds into a menu button that works by keyboard", async ({ page }) => {
    await page.goto("/claims");
    const menu = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "Reports" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.screenshot({ path: "test-results/phone/menu-open.png" });

    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Dashboard" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(nav).toBeHidden();

    // Following a link closes the menu on the new page.
    await menu.click();
    await nav.getByRole("link", { name: "Speakers" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Speakers");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });

  test("on a wide screen the menu button is not there and the navigation is", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/claims");
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" })).toBeVisible();
  });
});
