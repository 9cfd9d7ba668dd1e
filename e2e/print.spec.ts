import fs from "node:fs";
import { test, expect } from "./fixtures";

/** Pages in a PDF made by Chromium: one `/Type /Page` object per page (the page tree is `/Type /Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

test.describe("printing the report", () => {
  test.use({ role: "viewer" });

  test("the seeded report prints on a few A4 pages", async ({ page }) => {
    // The seed's article only, so that claims published by other tests do not lengthen it.
    await page.goto("/reports?article=1");
    await expect(page.getByRole("region", { name: "Verdicts by rating" }).locator("svg.recharts-surface").first()).toBeVisible();
    await page.emulateMedia({ media: "print" });
    // About the width of A4 paper less its margins, for a screenshot that looks like the printed page.
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.screenshot({ path: "test-results/print/report-print.png", fullPage: true });
    // The page's own @page rule sets A4 and the margins, as the browser's print dialog would use them.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.mkdirSync("test-results/print", { recursive: true });
    fs.writeFileSync("test-results/print/report.pdf", pdf);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });

  test("charts are never split, tables break between rows and repeat their header, and no controls print", async ({ page }) => {
    await page.goto("/reports");
    await page.emulateMedia({ media: "print" });
    const charts = page.locator(".report-charts .chart");
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      expect(await chart.evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
    }
    const table = page.getByRole("table", { name: "Verdicts by rating" });
    expect(await table.locator("thead").evaluate((el) => getComputedStyle(el).display)).toBe("table-header-group");
    expect(await table.locator("tbody tr").first().evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
    for (const hidden of [page.getByRole("navigation", { name: "Main" }), page.getByRole("button", { name: "Menu" }), page.getByRole("button", { name: "Sign out" }), page.getByRole("form", { name: "Filter the report" })]) {
      await expect(hidden).toBeHidden();
    }
    // Every chart fits the printed page's width.
    const mainWidth = await page.locator("main").evaluate((main) => main.getBoundingClientRect().width);
    const printed = page.locator(".chart-frame.print-only svg.recharts-surface");
    await expect(printed).toHaveCount(3);
    for (const svg of await printed.all()) {
      await expect(svg).toBeVisible();
      expect(await svg.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(mainWidth);
    }
    await expect(page.locator(".chart-frame.screen-only").first()).toBeHidden();
  });
});
