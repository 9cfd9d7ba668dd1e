import { test, expect, unique } from "./fixtures";

const body = (tag: string) =>
  [
    `The regional council said on Thursday that ${tag} bridges in the northern valley need urgent repair before the winter.`,
    "Engineers inspected 140 bridges over the summer, according to the council's transport committee.",
    "A spokesman for the committee said the work would cost about 12 million euros and take two years.",
  ].join("\n\n");

test.describe("duplicate articles", () => {
  test.use({ role: "checker" });

  test("the same web address is flagged before saving, with a link; adding it anyway is recorded", async ({ page }) => {
    const url = `https://example.org/news/${Date.now()}-bridges`;
    const first = await page.request.post("/api/v1/articles", { data: { title: unique("Bridges need repair"), outlet: "Valley Post", url, body: body("twelve") } });
    expect(first.status()).toBe(201);
    const original = (await first.json()).article;

    await page.goto("/articles/new");
    const title = unique("Bridges again");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Outlet").fill("Valley Post");
    await page.getByLabel("Article URL").fill(`${url.replace("https://", "https://www.")}/?utm_source=newsletter`);
    await page.getByLabel("Article text").fill("An updated version of the bridges story with other wording altogether, filed later in the day.");
    await page.getByRole("button", { name: "Add article" }).click();

    const warning = page.getByRole("region", { name: "Already on the desk?" });
    await expect(warning).toContainText("the same web address");
    await expect(warning.getByRole("link", { name: original.title })).toHaveAttribute("href", `/articles/${original.id}`);
    // Nothing is saved yet, and what was typed is kept.
    await expect(page.getByLabel("Title")).toHaveValue(title);
    expect((await (await page.request.get(`/api/v1/articles?q=${encodeURIComponent(title)}`)).json()).articles).toHaveLength(0);
    await page.screenshot({ path: "test-results/screenshots/duplicate-warning.png", fullPage: true });

    await warning.getByRole("button", { name: "Add it anyway" }).click();
    await expect(page).toHaveURL(/\/articles\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const id = Number(page.url().split("/").pop());
    expect(id).not.toBe(original.id);

    await page.goto(`/activity?kind=article&person=`);
    const entry = page.getByRole("region", { name: "Changes" }).getByRole("listitem").filter({ hasText: title });
    await expect(entry).toContainText("although it looks like an article already on the desk");
    await expect(entry).toContainText(`article #${original.id}`);
  });

  test("near-identical text is flagged; a different article goes straight in", async ({ page }) => {
    const tag = `${Math.floor(Math.random() * 900) + 100}`;
    const created = await page.request.post("/api/v1/articles", { data: { title: unique("Valley bridges"), outlet: "Valley Post", body: body(tag) } });
    const original = (await created.json()).article;

    await page.goto("/articles/new");
    await page.getByLabel("Title").fill(unique("Pasted again"));
    await page.getByLabel("Outlet").fill("Valley Post");
    // The same text with other line breaks, case and a corrected word.
    await page.getByLabel("Article text").fill(body(tag).toUpperCase().replace(/\n\n/g, "\n").replace("URGENT", "IMMEDIATE"));
    await page.getByRole("button", { name: "Add article" }).click();
    const warning = page.getByRole("region", { name: "Already on the desk?" });
    await expect(warning.getByRole("link", { name: original.title })).toBeVisible();
    await expect(warning).toContainText("nearly the same text");

    // The API saves it all the same and says what it looks like.
    const again = await page.request.post("/api/v1/articles", { data: { title: unique("Pasted by API"), outlet: "Valley Post", body: body(tag) } });
    expect(again.status()).toBe(201);
    expect((await again.json()).duplicates).toEqual(expect.arrayContaining([expect.objectContaining({ id: original.id, reason: "the same text" })]));

    await page.goto("/articles/new");
    const fresh = unique("Harbour dredging");
    await page.getByLabel("Title").fill(fresh);
    await page.getByLabel("Outlet").fill("Valley Post");
    await page.getByLabel("Article text").fill(`The port authority said dredging of the harbour would begin in ${tag} days and remove 80,000 tonnes of silt.`);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fresh);
  });

  test("within an article, the same figure from the same sentence is offered once", async ({ page }) => {
    const text =
      "Nearly 20,000 people fled the city, the agency said, and nearly 20,000 people is the agency's own estimate.\n\n" +
      "The agency later said that more than 3,000 people had returned.";
    const created = await page.request.post("/api/v1/articles", { data: { title: unique("Repeated figure"), outlet: "Wire", body: text } });
    const article = (await created.json()).article;
    await page.goto(`/articles/${article.id}`);
    const panel = page.getByRole("region", { name: /Suggested claims/ });
    const items = panel.getByRole("listitem");
    await expect(items.first()).toBeVisible();
    const labels = await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""));
    const twenty = labels.filter((l) => /\(nearly 20,000 people\)$/.test(l));
    expect(twenty).toHaveLength(1);
    await panel.getByRole("button", { name: "Find claims" }).click();
    await expect(panel.getByText("No new claims found.")).toBeVisible();
    await expect(items).toHaveCount(labels.length);
  });
});
