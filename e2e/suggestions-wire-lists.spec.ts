import { test, expect, createArticle, unique } from "./fixtures";

/**
 * Wire copy written for this test, with what real pasted articles bring: list items with bullets, a title the
 * desk's list of titles must know ("Treasurer"), "within" a time span, "about" as a preposition, and words that are
 * also names of JavaScript object properties, a list line with its noun, and "over" a span after the weather.
 */
const BODY = [
  "Exam results show record pass rate",
  "Treasurer Sam Okoro said on Monday that 87.3% of candidates passed, up from 82.9% a year earlier.",
  "Results by province:",
  "• The Northern Cape led with 91%.",
  "• Lakeside came second with 88.5%.",
  "Damage by district:",
  "• Northbank: 1,200 homes",
  "Heavy rain over three days closed 40 schools.",
  "Appeals must be lodged within 30 days, Okoro said.",
  "Students were excited about 12 new bursaries.",
  "The constructor said 3 constructors were hired to rebuild the hall.",
].join("\n\n");

test.describe("suggested figures from pasted wire copy with lists", () => {
  test.use({ role: "checker" });

  test("list items, titles, 'within' and 'about' are read as a fact-checker would", async ({ page }) => {
    const article = await createArticle(page.request, { title: unique("Exam results"), body: BODY });
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    await expect(panel.getByRole("heading")).toHaveText(/Suggested claims \(\d+\)/);
    const offered = (figure: string) => panel.getByRole("listitem", { name: new RegExp(`\\(${figure}\\)$`) });

    // A bullet is no part of the sentence a claim quotes.
    const northern = offered("91%");
    await expect(northern).toHaveCount(1);
    await expect(northern).toContainText("The Northern Cape led with 91%.");
    await expect(northern).not.toContainText("•");
    await expect(offered("88.5%")).toHaveCount(1);
    // A list line's label is what it counts, not who said it.
    const northbank = offered("1,200 homes");
    await expect(northbank).toHaveCount(1);
    await expect(northbank).toContainText("no named speaker");
    // "over three days" after the rain is the span it fell over, not "more than".
    await expect(offered("3 days")).toHaveCount(1);
    await expect(offered("more than 3 days")).toHaveCount(0);

    // "Treasurer" is a title: the speaker is the person, and "Okoro said" later is the same person.
    await expect(offered("87.3%")).toContainText("Sam Okoro");
    const appeals = offered("at most 30 days");
    await expect(appeals).toHaveCount(1);
    await expect(appeals).toContainText("Sam Okoro");

    // "excited about 12 new bursaries": "about" is a preposition here, not "approximately".
    await expect(offered("12 bursaries")).toHaveCount(1);
    await expect(offered("about 12 bursaries")).toHaveCount(0);

    // A word that is also a property of every JavaScript object is counted as a word.
    await expect(offered("3 constructors")).toHaveCount(1);
    await expect(panel).not.toContainText("native code");

    await page.screenshot({ path: "/tmp/shots/suggestions-wire-lists.png", fullPage: true });
  });
});
