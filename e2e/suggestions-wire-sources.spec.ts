import { test, expect, createArticle, unique } from "./fixtures";

/**
 * Wire copy written for this test, with what real pasted articles bring: a source whose name has dotted
 * initials ("the U.S. Census Bureau"), a company named the way business copy names it (its kind before the name,
 * its stock code after), a lone "one" beside a count of the same thing, vague amounts with their noun left out
 * or behind describing words, a ceiling carried over "and", feet and inches, an age group after "are", and a
 * currency letter after a comma.
 */
const BODY = [
  "Floods leave dozens missing in Norland",
  "Retail sales rose 4.2% in March, according to the U.S. Census Bureau.",
  "Miner Northvale Resources NVR.L said on Tuesday it produced 3.1 million tonnes of ore in the quarter.",
  "A former club treasurer pleaded guilty to two counts of bank fraud and one count of bribery.",
  "He faces up to 20 years in prison on the fraud counts and five years on the bribery count.",
  "Almost 700 herders were evacuated on Saturday, but dozens were still thought to be stranded.",
  "Thousands of navy, army and marine troops have joined the search.",
  "The winner cleared 15 feet, 7 inches.",
  "Some 40% of residents are over 65.",
  "Aid includes the fund, P400 million in loans.",
].join("\n\n");

test.describe("suggested figures from pasted wire copy: sources and counts", () => {
  test.use({ role: "checker" });

  test("sources, lone counts, vague amounts and carried bounds are read as a fact-checker would", async ({ page }) => {
    const article = await createArticle(page.request, { title: unique("Norland floods"), body: BODY });
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    await expect(panel.getByRole("heading")).toHaveText(/Suggested claims \(\d+\)/);
    const offered = (figure: string) => panel.getByRole("listitem", { name: new RegExp(`\\(${figure}\\)$`) });
    const speakerOf = (figure: string) => offered(figure).locator(".meta");

    // A dotted abbreviation inside the source's name does not end it.
    const sales = offered("4.2%");
    await expect(sales).toHaveCount(1);
    await expect(speakerOf("4.2%")).toHaveText("U.S. Census Bureau · According to");
    // The company's kind and its stock code are no part of its name.
    const ore = offered("3,100,000 tonnes");
    await expect(ore).toHaveCount(1);
    await expect(speakerOf("3,100,000 tonnes")).toHaveText("Northvale Resources · Paraphrase");

    // "one count of bribery" beside "two counts of bank fraud" is a count.
    await expect(offered("2 counts")).toHaveCount(1);
    await expect(offered("1 count")).toHaveCount(1);
    // "up to" covers the second term of the same kind in the same clause.
    await expect(offered("at most 20 years")).toHaveCount(1);
    await expect(offered("at most 5 years")).toHaveCount(1);

    // Vague amounts: the people evacuated are who is stranded; the noun after the describing words is what is counted.
    await expect(offered("an unspecified number of herders \\(24–99\\)")).toHaveCount(1);
    await expect(offered("an unspecified number of troops \\(2,000–9,999\\)")).toHaveCount(1);
    // The headline's missing are people.
    await expect(offered("an unspecified number of people \\(24–99\\)")).toHaveCount(1);

    // Feet and inches are one height; an age group is no figure; a currency letter after a comma is read.
    await expect(offered("15.58 feet")).toHaveCount(1);
    await expect(offered("7 inches")).toHaveCount(0);
    await expect(offered("about 40%")).toHaveCount(1);
    await expect(panel.getByRole("listitem", { name: /\((?:more than )?65[^)]*\)$/ })).toHaveCount(0);
    await expect(offered("400,000,000 pesos")).toHaveCount(1);

    await page.screenshot({ path: "/tmp/shots/suggestions-wire-sources.png", fullPage: true });
  });
});
