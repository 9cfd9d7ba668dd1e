import fs from "node:fs";
import path from "node:path";
import { test, expect, createArticle, unique } from "./fixtures";

/** The seed article's text, as the seed stores it: without the headline and the "Published" line. */
function seedArticleBody() {
  const text = fs.readFileSync(path.join(__dirname, "..", "seed", "corpus", "baghouz-evacuation.txt"), "utf8");
  return text.split("\n").slice(1).join("\n").replace(/^\s*Published:[^\n]*\n/, "").trim();
}

test.describe("suggested claims on the seed article", () => {
  test.use({ role: "checker" });

  test("adding the article finds its claims; accept one, and a re-run does not offer it again", async ({ page }) => {
    const article = await createArticle(page.request, { title: unique("Baghouz copy"), body: seedArticleBody() });
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    await expect(panel.getByRole("heading")).toHaveText(/Suggested claims \(\d+\)/);
    await expect(page.locator("mark.suggestion-mark").first()).toBeVisible();

    const trucks = panel.getByRole("listitem", { name: /at least 17 trucks/ });
    await expect(trucks).toContainText("Associated Press");
    await expect(trucks).toContainText("Own observation");
    await trucks.getByRole("button", { name: "Accept", exact: true }).click();
    await expect(trucks).toHaveCount(0);

    const claims = page.getByRole("region", { name: /Claims in this article/ });
    await expect(claims.getByRole("listitem")).toHaveCount(1);
    await expect(claims).toContainText("at least 17 trucks");
    await expect(claims).toContainText("Associated Press");

    await panel.getByRole("button", { name: "Find claims" }).click();
    await expect(panel.getByText("No new claims found.")).toBeVisible();
    await expect(panel.getByRole("listitem", { name: /at least 17 trucks/ })).toHaveCount(0);

    // The accepted claim reuses the seed's speaker instead of creating a second one.
    await claims.getByRole("link").first().click();
    await expect(page.getByRole("link", { name: "Associated Press" })).toHaveAttribute("href", /\/speakers\/\d+/);
    const speakers = await page.request.get("/api/v1/claims?q=17%20trucks");
    const speakerIds = new Set((await speakers.json()).claims.map((c: { speaker: { id: number } }) => c.speaker.id));
    expect(speakerIds.size).toBe(1);
  });

  test("dismiss is remembered across re-runs", async ({ page }) => {
    const article = await createArticle(page.request, { title: unique("Baghouz copy"), body: seedArticleBody() });
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    const fighters = panel.getByRole("listitem", { name: /about 300 fighters/ });
    await fighters.getByRole("button", { name: "Dismiss" }).click();
    await expect(fighters).toHaveCount(0);
    await panel.getByRole("button", { name: "Find claims" }).click();
    await expect(panel.getByText("No new claims found.")).toBeVisible();
    await expect(panel.getByRole("listitem", { name: /about 300 fighters/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: /Claims in this article/ }).getByRole("listitem")).toHaveCount(0);
  });

  test("edit a suggestion, then accept it", async ({ page }) => {
    const article = await createArticle(page.request, { title: unique("Baghouz copy"), body: seedArticleBody() });
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    await panel.getByRole("listitem", { name: /nearly 20,000 civilians/ }).getByRole("button", { name: "Edit" }).click();
    const form = page.getByRole("region", { name: "Add claim" });
    await expect(form.getByLabel("Qualifier")).toHaveValue("nearly");
    await expect(form.getByLabel("Value")).toHaveValue("20000");
    await expect(form.getByLabel("High bound")).toHaveValue("20000");
    await expect(form.getByLabel("Unit (what is counted)")).toHaveValue("civilian");
    await form.getByLabel("Statement").fill("Nearly 20,000 civilians left the Baghouz area in the weeks before the evacuation halted.");
    await form.getByLabel("As of").fill("2019-02-20");
    await form.getByRole("button", { name: "Add claim" }).click();
    await expect(form.getByRole("status")).toContainText(/Claim #\d+ added/);
    await form.getByRole("button", { name: "Close" }).click();
    await expect(panel.getByRole("listitem", { name: /nearly 20,000 civilians/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: /Claims in this article/ })).toContainText("in the weeks before the evacuation halted");
  });

  test("accept all remaining", async ({ page }) => {
    const article = await createArticle(page.request, { title: unique("Baghouz copy"), body: seedArticleBody() });
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    const count = Number((await panel.getByRole("heading").textContent())!.match(/\((\d+)\)/)![1]);
    expect(count).toBeGreaterThanOrEqual(6);
    await panel.getByRole("button", { name: "Accept all remaining" }).click();
    await expect(panel.getByText(`${count} claims added.`)).toBeVisible();
    await expect(panel.getByRole("heading")).toHaveText("Suggested claims (0)");
    await expect(page.getByRole("region", { name: /Claims in this article/ }).getByRole("listitem")).toHaveCount(count);
    await expect(page.locator("mark.suggestion-mark")).toHaveCount(0);
    await expect(page.locator("mark.claim-mark").first()).toBeVisible();
  });

  test("typing a figure as written fills the structured fields", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/articles/${article.id}`);
    await page.getByRole("button", { name: /Add a claim from: Officials said/ }).press("Enter");
    const form = page.getByRole("region", { name: "Add claim" });
    await form.getByLabel("Figure as written").fill("nearly 20,000 civilians");
    await expect(form.getByText("Read as: nearly 20,000 civilians")).toBeVisible();
    await expect(form.getByLabel("Qualifier")).toHaveValue("nearly");
    await expect(form.getByLabel("Value")).toHaveValue("20000");
    await expect(form.getByLabel("Low bound")).toHaveValue("");
    await expect(form.getByLabel("High bound")).toHaveValue("20000");
    await expect(form.getByLabel("Unit (what is counted)")).toHaveValue("civilian");
    await form.getByLabel("Figure as written").fill("between 40 and 50 trucks");
    await expect(form.getByLabel("Qualifier")).toHaveValue("range");
    await expect(form.getByLabel("Value")).toHaveValue("");
    await expect(form.getByLabel("Low bound")).toHaveValue("40");
    await expect(form.getByLabel("High bound")).toHaveValue("50");
  });
});

test.describe("a long article", () => {
  test.use({ role: "checker" });

  /** About 1.5 MB of wire copy; every 40th paragraph holds an attributed figure. */
  function longArticle(tag: string) {
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.join("\n\n").length < 1_500_000; i++)
      paragraphs.push(
        i % 40 === 0
          ? `Officials in ${tag} said at least ${1000 + i} homes were destroyed in district ${i}.`
          : `The river ran past the old mill in paragraph ${i}, and the market square stayed quiet through the morning while traders set out their stalls.`,
      );
    return paragraphs.join("\n\n");
  }

  test("is taken in while the server keeps answering, and its suggestions appear", async ({ page }) => {
    // 1.5 MB uploaded, read and stored, then read again: allow the upload its own 120 s and the second reading 30 s.
    test.setTimeout(180_000);
    const tag = unique("Longtown").replace(/\s+/g, "");
    const body = longArticle(tag);
    const last = Math.floor((body.split("\n\n").length - 1) / 40) * 40;
    let uploaded = false;
    const upload = page.request
      .post("/imports/article-file", {
        multipart: { outlet: "Test Wire", file: { name: "long-report.txt", mimeType: "text/plain", buffer: Buffer.from(`${tag} long report\n\n${body}`) } },
        timeout: 120_000,
      })
      .finally(() => (uploaded = true));

    // While the article is being read, the server still answers others.
    let answeredMeanwhile = 0;
    while (!uploaded) {
      const health = await page.request.get("/api/health");
      expect(health.ok()).toBe(true);
      if (!uploaded) answeredMeanwhile++;
    }
    const response = await upload;
    expect(response.status()).toBe(201);
    expect(answeredMeanwhile).toBeGreaterThan(0);

    const { article } = await response.json();
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    await expect(panel.getByRole("heading")).toHaveText(/Suggested claims \(\d+\)/);
    await expect(panel.getByRole("listitem", { name: new RegExp(`at least ${String(1000 + last).replace(/^(\d)/, "$1,?")} homes`) })).toBeVisible();
    await page.screenshot({ path: "/tmp/long-article-suggestions.png" });

    // Finding claims again goes the same way and offers nothing twice.
    await panel.getByRole("button", { name: "Find claims" }).click();
    await expect(panel.getByText("No new claims found.")).toBeVisible({ timeout: 30_000 });
  });
});
