import type { Locator, Page } from "@playwright/test";
import { test, expect, createArticle, unique } from "./fixtures";

const FIRST = "Officials said the storm destroyed at least 240 homes in the coastal district on Monday.";
const SECOND = "Maria Lopez, a spokeswoman for the regional fire service, said nearly 1,500 people had been moved to shelters.";

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return i;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

const sentence = (page: Page, text: string) => page.getByRole("button", { name: `Add a claim from: ${text}` });

test.describe("the article page by keyboard", () => {
  test.use({ role: "checker" });

  test("a claim captured with the keyboard only", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/articles/${article.id}`);
    const text = page.getByTestId("article-text");
    await expect(text.locator("[tabindex='0']")).toHaveCount(1);

    await tabTo(page, sentence(page, FIRST));
    await page.keyboard.press("ArrowDown");
    await expect(sentence(page, SECOND)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(sentence(page, FIRST)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(sentence(page, SECOND)).toBeFocused();
    await page.keyboard.press("Enter");

    const panel = page.getByRole("region", { name: "Add claim" });
    await expect(panel.getByLabel("Excerpt from the article")).toHaveValue(SECOND);
    await expect(panel.getByLabel("Statement")).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("Nearly 1,500 people were moved to shelters.");
    await tabTo(page, panel.getByLabel("…or a new speaker"));
    await page.keyboard.type(unique("Maria Lopez"));
    await tabTo(page, panel.getByLabel("Figure as written"));
    await page.keyboard.type("nearly 1,500 people");
    await expect(panel.getByLabel("Value")).toHaveValue("1500");
    await tabTo(page, panel.getByRole("button", { name: "Add claim" }));
    await page.keyboard.press("Enter");
    await expect(panel.getByRole("status")).toContainText(/Claim #\d+ added/);

    const claims = await (await page.request.get(`/api/v1/claims?article=${article.id}`)).json();
    expect(claims.total).toBe(1);
    expect(claims.claims[0]).toMatchObject({ statement: "Nearly 1,500 people were moved to shelters.", qualifier: "nearly" });
  });

  test("the text is one tab stop: Tab leaves it after one sentence, Shift+Tab comes back to the same one", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/articles/${article.id}`);
    await tabTo(page, sentence(page, FIRST));
    await page.keyboard.press("End");
    const last = page.getByTestId("article-text").locator("[data-sentence]").last();
    await expect(last).toBeFocused();
    await page.keyboard.press("Home");
    await expect(sentence(page, FIRST)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-sentence"))).toBe(false);
    await page.keyboard.press("Shift+Tab");
    await expect(sentence(page, SECOND)).toBeFocused();
  });

  test("Add claim takes the focus, and Escape closes it and gives the focus back", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/articles/${article.id}`);
    await sentence(page, SECOND).focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Add claim" });
    await expect(panel.getByLabel("Statement")).toBeFocused();
    await panel.getByLabel("Unit (what is counted)").focus();
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(sentence(page, SECOND)).toBeFocused();

    // Opened from a suggestion's Edit button, Escape returns to that button.
    const edit = page.getByRole("region", { name: /Suggested claims/ }).getByRole("button", { name: "Edit" }).first();
    await edit.focus();
    const editId = await edit.getAttribute("id");
    await page.keyboard.press("Enter");
    await expect(panel.getByLabel("Statement")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(page.locator(`[id="${editId}"]`)).toBeFocused();
  });

  test("a mouse selection that starts on a sentence's first letter", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/articles/${article.id}`);
    for (const excerpt of ["Officials said the storm", "Maria Lopez, a spokeswoman"]) {
      const start = article.body.indexOf(excerpt);
      const [x1, y1, x2, y2] = await page.getByTestId("article-text").evaluate((root, [from, to]) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let offset = 0;
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (offset <= from && from < offset + length) range.setStart(node, from - offset);
          if (offset < to && to <= offset + length) range.setEnd(node, to - offset);
          offset += length;
        }
        const rects = range.getClientRects();
        const first = rects[0];
        const last = rects[rects.length - 1];
        // From the left edge of the first letter to the end of the last.
        return [first.left + 0.5, first.top + first.height / 2, last.right - 1, last.top + last.height / 2];
      }, [start, start + excerpt.length]);
      await page.mouse.move(x1, y1);
      await page.mouse.down();
      await page.mouse.move(x2, y2, { steps: 8 });
      await page.mouse.up();
      const panel = page.getByRole("region", { name: "Add claim" });
      await expect(panel.getByLabel("Excerpt from the article")).toHaveValue(excerpt);
      await page.keyboard.press("Escape");
      await expect(panel).toBeHidden();
    }
  });
});
