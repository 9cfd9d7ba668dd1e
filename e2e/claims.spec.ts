import { test, expect, createArticle, createClaim, publishClaim, unique } from "./fixtures";

test.describe("recording a claim from an article", () => {
  test.use({ role: "checker" });

  test("select a passage with the mouse and add a claim with a speaker and a figure", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/articles/${article.id}`);
    const excerpt = "nearly 1,500 people had been moved to shelters";
    const start = article.body.indexOf(excerpt);

    // Select the passage with a real mouse drag over the text node.
    const text = page.getByTestId("article-text");
    await text.evaluate((root, [from, to]) => {
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
      (window as unknown as { __drag: number[] }).__drag = [first.left + 1, first.top + first.height / 2, last.right - 1, last.top + last.height / 2];
    }, [start, start + excerpt.length]);
    const [x1, y1, x2, y2] = await page.evaluate(() => (window as unknown as { __drag: number[] }).__drag);
    await page.mouse.move(x1, y1);
    await page.mouse.down();
    await page.mouse.move(x2, y2, { steps: 8 });
    await page.mouse.up();

    const panel = page.getByRole("region", { name: "Add claim" });
    await expect(panel).toBeVisible();
    await expect(panel.getByLabel("Excerpt from the article")).toHaveValue(excerpt);
    await expect(panel.getByText(`Characters ${start}–${start + excerpt.length} of the article.`)).toBeVisible();

    await panel.getByLabel("Statement").fill("Nearly 1,500 people were moved to shelters after the storm.");
    await panel.getByLabel("…or a new speaker").fill(unique("Maria Lopez"));
    await panel.getByLabel("New speaker's description").fill("spokeswoman for the regional fire service");
    await panel.getByLabel("Attribution").selectOption("paraphrase");
    await panel.getByLabel("Qualifier").selectOption("nearly");
    await panel.getByLabel("Value").fill("1500");
    await panel.getByLabel("High bound").fill("1500");
    await panel.getByLabel("Unit (what is counted)").fill("person");
    await panel.getByRole("button", { name: "Add claim" }).click();
    await expect(panel.getByRole("status")).toContainText(/Claim #\d+ added/);

    // The new claim is highlighted in the text and listed beside it.
    await panel.getByRole("button", { name: "Close" }).click();
    await expect(page.locator("mark.claim-mark")).toHaveCount(1);
    await page.getByRole("link", { name: "Nearly 1,500 people were moved to shelters after the storm." }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nearly 1,500 people were moved to shelters after the storm.");
    await expect(page.getByText("nearly 1,500 people", { exact: true })).toBeVisible();
  });

  test("choose a sentence with the keyboard to add a claim", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/articles/${article.id}`);
    const sentence = page.getByRole("button", { name: /Add a claim from: Officials said the storm destroyed/ });
    await sentence.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Add claim" });
    await expect(panel.getByLabel("Excerpt from the article")).toHaveValue(
      "Officials said the storm destroyed at least 240 homes in the coastal district on Monday.",
    );
    await expect(panel.getByText("Characters 0–88 of the article.")).toBeVisible();
    await panel.getByLabel("Qualifier").selectOption("at_least");
    await panel.getByLabel("Value").fill("240");
    await panel.getByLabel("Unit (what is counted)").fill("home");
    await panel.getByRole("button", { name: "Add claim" }).click();
    await expect(panel.getByRole("status")).toContainText("added");
  });

  test("bad figures are explained next to their fields and nothing typed is lost", async ({ page }) => {
    const article = await createArticle(page.request);
    await page.goto(`/articles/${article.id}`);
    await page.getByRole("button", { name: /Add a claim from: Officials said/ }).press("Enter");
    const panel = page.getByRole("region", { name: "Add claim" });
    await panel.getByLabel("Statement").fill("A statement I typed carefully");
    await panel.getByLabel("Qualifier").selectOption("range");
    await panel.getByLabel("Low bound").fill("50");
    await panel.getByLabel("High bound").fill("40");
    await panel.getByLabel("Unit (what is counted)").fill("home");
    await panel.getByRole("button", { name: "Add claim" }).click();
    await expect(panel.getByText("The low bound must not be greater than the high bound.")).toBeVisible();
    await expect(panel.getByLabel("Low bound")).toHaveAttribute("aria-invalid", "true");
    await expect(panel.getByLabel("Statement")).toHaveValue("A statement I typed carefully");
    await expect(panel.getByLabel("High bound")).toHaveValue("40");
    await expect(panel.getByLabel("Unit (what is counted)")).toHaveValue("home");

    await panel.getByLabel("Value").fill("abc");
    await panel.getByLabel("Qualifier").selectOption("at_least");
    await panel.getByLabel("Low bound").fill("");
    await panel.getByLabel("High bound").fill("");
    await panel.getByRole("button", { name: "Add claim" }).click();
    await expect(panel.getByText("Value must be a number.")).toBeVisible();

    // Nothing was saved by the failed attempts.
    const list = await page.request.get(`/api/v1/claims?article=${article.id}`);
    expect((await list.json()).total).toBe(0);
  });

  test("an excerpt that does not match the article text is refused by the server", async ({ page }) => {
    const article = await createArticle(page.request);
    const response = await page.request.post("/api/v1/claims", {
      data: { articleId: article.id, excerpt: "something else", start: 0, end: 14, statement: "x" },
    });
    expect(response.status()).toBe(422);
    expect((await response.json()).error.fields.excerpt[0]).toContain("does not match");
  });

  test("a checker is offered the review steps, not the editor's decisions", async ({ page }) => {
    const article = await createArticle(page.request);
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Claim for workflow") } })).json();
    await page.goto(`/claims/${claim.id}`);
    const flow = page.getByRole("region", { name: "Verification" });
    await expect(flow.getByRole("button")).toHaveText(["Start review"]);
    await flow.getByRole("button", { name: "Start review" }).click();
    await expect(flow.getByRole("button")).toHaveText(["Release", "Propose verdict"]);
    await expect(page.getByRole("form", { name: "Assignment" })).toHaveCount(0);
  });
});

test.describe("the claims list", () => {
  test.use({ role: "checker" });

  test("a row shows the figure, the shortened statement with the whole one as its tooltip, and the verdict in its rating's colour", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const statement = `${unique("Officials")} said that at least 240 homes were destroyed in the coastal district on Monday, after the river burst its banks overnight and the water kept rising`;
    const long = await createClaim(page.request, { articleId: article.id, statement, qualifier: "at_least", value: 240, unit: "home" });
    await createClaim(page.request, { articleId: article.id, statement: "Nearly 1,500 people were moved to shelters" });
    await publishClaim(browser, long.id, "False");
    const ratings = (await (await page.request.get("/api/v1/ratings")).json()).ratings as { name: string; colour: string }[];
    const colour = ratings.find((r) => r.name === "False")!.colour;

    await page.goto(`/claims?article=${article.id}`);
    const longLink = page.getByRole("link", { name: /^at least 240 homes — Officials/ });
    await expect(longLink).toHaveAttribute("title", statement);
    await expect(longLink).toContainText("…");
    await expect(page.getByRole("link", { name: "Nearly 1,500 people were moved to shelters", exact: true })).not.toHaveAttribute("title");
    const badge = page.getByRole("row").filter({ has: longLink }).locator(".rating-badge");
    await expect(badge).toHaveText("False");
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    await expect(badge).toHaveCSS("background-color", `rgb(${r}, ${g}, ${b})`);
  });
});
