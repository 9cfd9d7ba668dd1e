import { test, expect, createArticle, createClaim, unique } from "./fixtures";

test.describe("reading and finding claims", () => {
  test.use({ role: "checker" });

  test("numbers as written find the same claims; unit and figure range narrow the list", async ({ page }) => {
    const article = await createArticle(page.request, { title: unique("Convoy article") });
    const tag = unique("convoy").replace(/\s+/g, "-");
    const trucks = await createClaim(page.request, { articleId: article.id, statement: `${tag}: the convoy had 20,000 trucks`, qualifier: "at_least", value: 20000, low: 20000, unit: "truck" });
    const people = await createClaim(page.request, { articleId: article.id, statement: `${tag}: the agency counted twenty thousand people`, qualifier: "exact", value: 20000, unit: "person" });
    const more = await createClaim(page.request, { articleId: article.id, statement: `${tag}: later 25,000 trucks were seen`, qualifier: "approximately", value: 25000, unit: "truck" });
    const plain = await createClaim(page.request, { articleId: article.id, statement: `${tag}: the text alone says 20 000 tents were put up` });

    const rowsFor = async (query: string) => {
      await page.goto(`/claims?article=${article.id}&${query}`);
      return page.getByRole("row").filter({ hasText: tag });
    };
    for (const written of ["20000", "20,000", "20k", "20 000"]) {
      await page.goto(`/claims?article=${article.id}`);
      await page.getByLabel("Search").fill(written);
      await page.getByRole("button", { name: "Apply filters" }).click();
      const rows = page.getByRole("row").filter({ hasText: tag });
      await expect(rows, `search ${written}`).toHaveCount(3);
      await expect(rows.filter({ hasText: "25,000" })).toHaveCount(0);
      await expect(rows.filter({ hasText: "20 000 tents" }), `text match for ${written}`).toHaveCount(1);
    }

    // Figure first, then the statement: claims from one sentence are told apart at a glance.
    const list = await rowsFor("");
    await expect(list).toHaveCount(4);
    await expect(page.getByRole("link", { name: `at least 20,000 trucks — ${tag}: the convoy had 20,000 trucks` })).toHaveAttribute("href", `/claims/${trucks.id}`);
    await expect(page.getByRole("link", { name: `20,000 people — ${tag}` })).toHaveAttribute("href", `/claims/${people.id}`);

    await page.getByLabel("What is counted").selectOption({ label: "trucks" });
    await page.getByLabel("Figure from").fill("21k");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/unit=truck/);
    const narrowed = page.getByRole("row").filter({ hasText: tag });
    await expect(narrowed).toHaveCount(1);
    await expect(narrowed.getByRole("link", { name: /about 25,000 trucks/ })).toHaveAttribute("href", `/claims/${more.id}`);
    await page.screenshot({ path: "test-results/screenshots/claims-list-filtered.png", fullPage: true });

    // The API reads the same filters.
    const api = async (query: string) => (await (await page.request.get(`/api/v1/claims?article=${article.id}&${query}`)).json()) as { total: number; claims: { id: number }[] };
    expect((await api("q=20k")).total).toBe(3);
    expect((await api("q=20%2C000%20trucks")).claims.map((c) => c.id).sort()).toEqual([trucks.id]);
    expect((await api("unit=truck")).total).toBe(2);
    expect((await api("min=19000&max=20000")).claims.map((c) => c.id).sort((a, b) => a - b)).toEqual([trucks.id, people.id]);
    expect((await api("max=1000")).total).toBe(0);
    expect((await api("q=tents")).claims.map((c) => c.id)).toEqual([plain.id]);
    const doc = await (await page.request.get("/api/v1/openapi.json")).json();
    const names = doc.paths["/api/v1/claims"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["q", "unit", "min", "max"]));
  });

  test("the claim page is short, and its history reads as sentences", async ({ page }) => {
    const claim = await createClaim(page.request, { statement: unique("About 300 fighters crossed the border"), qualifier: "approximately", value: 300, unit: "fighter" });
    await page.goto(`/claims/${claim.id}`);
    // The forms open on demand, from the keyboard too.
    await expect(page.getByRole("form", { name: "Edit claim" })).toBeHidden();
    await expect(page.getByRole("form", { name: "Attach evidence" })).toBeHidden();
    const edit = page.getByRole("button", { name: "Edit claim" });
    await expect(edit).toHaveAttribute("aria-expanded", "false");
    await edit.focus();
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "Edit claim" });
    await expect(form).toBeVisible();
    // Qualifiers are offered in words, never as codes.
    const options = await form.getByLabel("Qualifier").locator("option").allTextContents();
    expect(options).toContain("At least");
    expect(options.join(" ")).not.toMatch(/_|\((exact|approximately|nearly|range|vague)\)/);
    await form.getByLabel("Qualifier").selectOption("at_least");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("status")).toContainText("Claim saved.");

    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("Chris Checker changed the figure from about 300 fighters to at least 300 fighters");
    await expect(history).toContainText("Chris Checker added the claim");
    await expect(history).not.toContainText(/qualifier|at_least|speakerId|null/);
    await page.getByRole("button", { name: "Add evidence" }).press("Enter");
    await expect(page.getByRole("form", { name: "Attach evidence" })).toBeVisible();
    await page.getByRole("button", { name: "Close the evidence form" }).click();
    await page.getByRole("button", { name: "Close the editor" }).click();
    await page.screenshot({ path: "test-results/screenshots/claim-page.png", fullPage: true });

    // The desk's feed says what happened in words: no entity codes, no field dumps.
    const token = await page.request.post("/api/v1/tokens", { data: { name: unique("Feed token"), scope: "read" } });
    expect(token.status()).toBe(201);
    await page.goto("/activity");
    const feed = page.getByRole("region", { name: "Changes" });
    await expect(feed).toContainText(`edited claim #${claim.id}: changed the figure from about 300 fighters to at least 300 fighters`);
    await expect(feed).toContainText("created an API token “Feed token");
    await expect(feed).not.toContainText(/token #\d|external_fact_check|evidence #\d/);
    await page.screenshot({ path: "test-results/screenshots/activity.png", fullPage: true });
  });
});
