import AxeBuilder from "@axe-core/playwright";
import { test, expect, createArticle, unique } from "./fixtures";

/** Wire copy written for this test: a title-case headline, spans in two units, a measure inside a noun phrase, rates. */
const BODY = [
  "Coast Police Arrest 7, Seize 900 Kg Of Heroin In Harbour Raid",
  "Police said on Friday they had seized a 14-meter speedboat with two 300-horsepower engines in the raid.",
  "The gang's leader was jailed last year for seven years and four months, and the hearing lasted one hour and 26 minutes.",
  "The new field will produce 200,000 barrels of oil per day, the company said.",
  "The quota agreed in June puts the field's output around 180,000.",
].join("\n\n");

test.describe("suggested figures from wire copy", () => {
  test.use({ role: "checker" });

  test("each compound figure is offered once, counting the right thing", async ({ page }) => {
    const article = await createArticle(page.request, { title: unique("Harbour raid"), body: BODY });
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    await expect(panel.getByRole("heading")).toHaveText(/Suggested claims \(\d+\)/);
    const offered = (figure: string) => panel.getByRole("listitem", { name: new RegExp(`\\(${figure}\\)$`) });

    await expect(offered("7 people")).toHaveCount(1);
    await expect(offered("900 kilograms")).toHaveCount(1);
    await expect(offered("2 engines")).toHaveCount(1);
    await expect(offered("300 horsepower")).toHaveCount(1);
    // A sentence in years and months is two figures, the years and the months, as fact-checkers label it.
    await expect(offered("7 years")).toHaveCount(1);
    await expect(offered("4 months")).toHaveCount(1);
    await expect(offered("88 months")).toHaveCount(0);
    await expect(offered("86 minutes")).toHaveCount(1);
    await expect(offered("200,000 barrels per day")).toHaveCount(1);
    await expect(offered("about 180,000 barrels per day")).toHaveCount(1);
    // The parts of a clock span are not offered on their own.
    await expect(offered("26 minutes")).toHaveCount(0);
    await expect(offered("1 hour")).toHaveCount(0);

    const accessibility = await new AxeBuilder({ page }).analyze();
    expect(accessibility.violations.map((v) => v.id)).toEqual([]);

    // Accepting by keyboard keeps the figure as offered.
    await offered("86 minutes").getByRole("button", { name: "Accept", exact: true }).press("Enter");
    const claims = page.getByRole("region", { name: /Claims in this article/ });
    await expect(claims).toContainText("86 minutes");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/articles/${article.id}`);
    await expect(panel.getByRole("heading")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "/tmp/xqty3-suggestions-phone.png", fullPage: true });
  });
});
