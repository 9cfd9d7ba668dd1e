import AxeBuilder from "@axe-core/playwright";
import { test, expect, createArticle, createClaim, pageAs, unique } from "./fixtures";

/** A unit no other test uses, so the tracker's claim list holds only this test's claims. */
const uniqueUnit = () => `crate${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("figure trackers", () => {
  test.use({ role: "checker" });

  test("create a tracker, add three claims, see the timeline, the table and a conflict on the tracker, both claims and the dashboard", async ({ page }) => {
    const unit = uniqueUnit();
    const article = await createArticle(page.request, { title: unique("Aid article") });
    const claim = (statement: string, figure: Record<string, unknown>, asOf: string) =>
      createClaim(page.request, { articleId: article.id, statement: `${statement} (${unit})`, unit, asOf, ...figure });
    const atLeast = await claim("The agency said at least 500 crates of aid reached the town", { qualifier: "at_least", value: 500, low: 500 }, "2019-03-01");
    const about = await claim("Local officials said about 200 crates of aid arrived", { qualifier: "approximately", value: 200 }, "2019-03-01");
    const nearly = await claim("Nearly 450 crates had arrived by Saturday, the agency said", { qualifier: "nearly", value: 450, high: 450 }, "2019-03-02");

    await page.goto("/trackers");
    const description = unique("Aid crates delivered to the town");
    await page.getByLabel("What the figure is about").fill(description);
    await page.getByLabel("What is counted").fill(unit);
    await page.getByLabel("Kind of figure").selectOption("cumulative");
    await page.getByRole("button", { name: "Create tracker" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(description);
    const trackerUrl = page.url();

    for (const c of [atLeast, about, nearly]) {
      // The claim picker takes a claim's number typed in full (the list itself is tested in scale.spec.ts).
      await page.getByRole("combobox", { name: "Claim" }).fill(`#${c.id}`);
      await page.getByRole("button", { name: "Add to tracker" }).click();
      await expect(page.getByRole("status")).toHaveText(`Claim #${c.id} added to the tracker.`);
    }

    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.locator("svg.recharts-surface")).toBeVisible();
    await expect(timeline.getByRole("img")).toHaveAttribute("aria-label", /Timeline of 3 reports.*at least 500.*about 200.*nearly 450/);
    const rows = timeline.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText("2019-03-01");
    await expect(rows.filter({ hasText: "about 200" })).toContainText("[180, 220]");
    await expect(rows.filter({ hasText: "nearly 450" })).toContainText("[405, 450)");

    // Hovering a report shows its figure as written in the tooltip.
    await timeline.locator(".recharts-scatter-symbol").first().hover();
    await expect(page.locator(".chart-tooltip")).toContainText(/at least 500|about 200/);

    const conflicts = page.getByRole("region", { name: /Conflicts \(/ });
    await expect(conflicts.getByRole("heading")).toHaveText("Conflicts (2)");
    await expect(conflicts).toContainText("Same day, incompatible figures");
    await expect(conflicts).toContainText("Running total falls");
    await expect(conflicts.getByRole("link", { name: `claim #${about.id}` }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Current estimate" })).toContainText("independent source");
    await page.screenshot({ path: "/tmp/tracker-page.png", fullPage: true });

    for (const id of [atLeast.id, about.id]) {
      await page.goto(`/claims/${id}`);
      const group = page.getByRole("group", { name: /Figures in conflict/ });
      await expect(group).toContainText(`claim #${atLeast.id}`);
      await expect(group).toContainText(`claim #${about.id}`);
      await expect(group.getByRole("link", { name: description }).first()).toHaveAttribute("href", new URL(trackerUrl).pathname);
    }

    await page.goto("/");
    const dashboard = page.getByRole("region", { name: /Figures in conflict/ });
    await expect(dashboard.getByRole("listitem").filter({ hasText: description }).first()).toContainText(`claim #${about.id}`);

    // Taking a claim off ends its conflicts.
    await page.goto(trackerUrl);
    await page.getByRole("button", { name: `Remove claim #${about.id}` }).click();
    await expect(page.getByRole("region", { name: /Conflicts \(/ }).getByRole("heading")).toHaveText("Conflicts (1)");
  });

  test("a fresh install shows the seeded Baghouz trackers with their conflicts", async ({ page }) => {
    await page.goto("/trackers");
    await page.getByRole("link", { name: "Civilians evacuated from Baghouz since January" }).click();
    await expect(page.getByRole("region", { name: /Conflicts \(/ }).getByRole("heading")).toHaveText("Conflicts (2)");
    await expect(page.getByRole("region", { name: "Timeline" }).getByRole("table").getByRole("row")).toHaveCount(6);
    await expect(page.getByRole("region", { name: "Current estimate" })).toContainText("4 independent sources");
    await page.screenshot({ path: "/tmp/tracker-seed.png", fullPage: true });
  });

  test("a new numeric claim is offered a fitting tracker to accept", async ({ page }) => {
    const unit = uniqueUnit();
    const place = `Town${Date.now().toString(36)}`;
    const tracker = await (await page.request.post("/api/v1/trackers", { data: { description: `Aid crates delivered to ${place}`, unit, kind: "cumulative" } })).json();
    const fresh = await createClaim(page.request, { statement: `About 900 crates of aid were delivered to ${place} this week`, qualifier: "approximately", value: 900, unit });
    await page.goto(`/claims/${fresh.id}`);
    const suggestion = page.getByRole("listitem", { name: `Suggested tracker: Aid crates delivered to ${place}` });
    await suggestion.getByRole("button", { name: "Add to this tracker" }).click();
    await expect(page.getByRole("region", { name: "Figure trackers" }).getByRole("link", { name: `Aid crates delivered to ${place}` })).toHaveAttribute("href", `/trackers/${tracker.tracker.id}`);
    await expect(suggestion).toHaveCount(0);
  });

  test("a claim in kilometres is offered a tracker of kilometers; a claim in tons is not offered one of tonnes", async ({ page }) => {
    const place = `Town${Date.now().toString(36)}`;
    await page.goto("/trackers");
    const description = `Front line length near ${place}`;
    await page.getByLabel("What the figure is about").fill(description);
    await page.getByLabel("What is counted").fill("Kilometre");
    await page.getByLabel("Kind of figure").selectOption("level");
    await page.getByRole("button", { name: "Create tracker" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(description);
    const trackerPath = new URL(page.url()).pathname;

    const km = await createClaim(page.request, { statement: `The front line length near ${place} is 120 kilometres`, qualifier: "exact", value: 120, unit: "kilometre" });
    await page.goto(`/claims/${km.id}`);
    const suggestion = page.getByRole("listitem", { name: `Suggested tracker: ${description}` });
    await page.screenshot({ path: "/tmp/tracker-unit-spelling.png", fullPage: true });
    await suggestion.getByRole("button", { name: "Add to this tracker" }).click();
    await expect(page.getByRole("region", { name: "Figure trackers" }).getByRole("link", { name: description })).toHaveAttribute("href", trackerPath);

    const grain = `Grain shipped from ${place}`;
    await page.request.post("/api/v1/trackers", { data: { description: grain, unit: "tonne", kind: "cumulative" } });
    // A metric ton is a tonne: offered. A (short) ton is not: the same claim page shows no offer.
    const metric = await createClaim(page.request, { statement: `Grain shipped from ${place} reached 40,000 metric tons`, qualifier: "exact", value: 40_000, unit: "metric ton" });
    await page.goto(`/claims/${metric.id}`);
    await expect(page.getByRole("listitem", { name: `Suggested tracker: ${grain}` })).toBeVisible();
    const tons = await createClaim(page.request, { statement: `Grain shipped from ${place} reached 40,000 tons`, qualifier: "exact", value: 40_000, unit: "ton" });
    await page.goto(`/claims/${tons.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("listitem", { name: `Suggested tracker: ${grain}` })).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test.describe("tracker API", () => {
  test.use({ role: "checker" });

  test("create, add, get with reports and conflicts, export, remove; the same error shape and token rules", async ({ page, browser }) => {
    const unit = uniqueUnit();
    const created = await page.request.post("/api/v1/trackers", { data: { description: unique("Barrels spilled"), unit, kind: "level" } });
    expect(created.status()).toBe(201);
    const { tracker } = await created.json();
    const a = await createClaim(page.request, { statement: unique("exactly 40 barrels"), qualifier: "exact", value: 40, unit, asOf: "2020-05-01" });
    const b = await createClaim(page.request, { statement: unique("more than 60 barrels"), qualifier: "more_than", value: 60, low: 60, unit, asOf: "2020-05-01" });
    for (const c of [a, b]) expect((await page.request.post(`/api/v1/trackers/${tracker.id}/claims`, { data: { claimId: c.id } })).status()).toBe(201);

    const again = await page.request.post(`/api/v1/trackers/${tracker.id}/claims`, { data: { claimId: a.id } });
    expect(again.status()).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "conflict", message: "That claim is already on this tracker." });
    const bad = await page.request.post(`/api/v1/trackers/${tracker.id}/claims`, { data: { claimId: "x" } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.fields.claimId).toBeDefined();
    expect((await page.request.post("/api/v1/trackers", { data: { description: "", unit, kind: "sometimes" } })).status()).toBe(422);

    const got = (await (await page.request.get(`/api/v1/trackers/${tracker.id}`)).json()).tracker;
    expect(got.reports.map((r: { claimId: number }) => r.claimId)).toEqual([a.id, b.id]);
    expect(got.reports[1].interval).toEqual({ low: 60, high: null, lowOpen: true, highOpen: true });
    expect(got.conflicts).toEqual([expect.objectContaining({ kind: "same_window", firstClaimId: a.id, secondClaimId: b.id })]);

    const csv = await page.request.get(`/api/v1/trackers/${tracker.id}/export?format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`,${b.id}`);
    const json = await page.request.get(`/api/v1/trackers/${tracker.id}/export?format=json`);
    expect((await json.json()).conflicts).toHaveLength(1);
    expect((await page.request.get(`/api/v1/trackers/${tracker.id}/export?format=xml`)).status()).toBe(422);

    const viewer = await pageAs(browser, "viewer");
    const refused = await viewer.request.post("/api/v1/trackers", { data: { description: "No", unit, kind: "level" } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");
    expect((await viewer.request.get(`/api/v1/trackers/${tracker.id}`)).status()).toBe(200);
    await viewer.context().close();
    expect((await page.request.get("/api/v1/trackers/999999")).status()).toBe(404);

    const removed = await page.request.delete(`/api/v1/trackers/${tracker.id}/claims?claimId=${b.id}`);
    expect(removed.status()).toBe(200);
    expect((await (await page.request.get(`/api/v1/trackers/${tracker.id}`)).json()).tracker.conflicts).toEqual([]);
  });
});

test.describe("the tracker list", () => {
  test.use({ role: "checker" });

  test("shows 25 trackers a page, newest change first, with next and previous pages, by keyboard and on a phone", async ({ page }) => {
    const tag = unique("Paged tracker");
    const made: number[] = [];
    for (let i = 0; i < 27; i++) {
      const created = await page.request.post("/api/v1/trackers", { data: { description: `${tag} ${String(i).padStart(2, "0")}`, unit: "crate", kind: "level" } });
      expect(created.status()).toBe(201);
      made.push((await created.json()).tracker.id);
    }
    const listed = await (await page.request.get("/api/v1/trackers?limit=5&page=2")).json();
    expect(listed).toMatchObject({ page: 2, limit: 5 });
    expect(listed.trackers.map((t: { id: number }) => t.id)).toEqual([...made].reverse().slice(5, 10));

    // Other tests may add trackers meanwhile: this test's are compared among themselves, newest first.
    const mine = (texts: string[]) => texts.filter((t) => t.startsWith(tag));
    const expected = [...made.keys()].reverse().map((i) => `${tag} ${String(i).padStart(2, "0")}`);
    await page.goto("/trackers");
    const links = page.getByRole("region", { name: /Trackers/ }).getByRole("listitem").getByRole("link");
    await expect(links).toHaveCount(25);
    const firstPage = mine(await links.allTextContents());
    expect(firstPage).toEqual(expected.slice(0, firstPage.length));
    expect(firstPage.length).toBeGreaterThanOrEqual(20);
    const pages = page.getByRole("navigation", { name: "Tracker pages" });
    await expect(pages).toContainText(/Page 1 of \d+/);
    await expect(pages.getByRole("link", { name: "← Previous" })).toHaveCount(0);

    await pages.getByRole("link", { name: "Next →" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/trackers\?page=2$/);
    await expect(pages).toContainText(/Page 2 of \d+/);
    const secondPage = mine(await links.allTextContents());
    expect([...firstPage, ...secondPage]).toEqual(expected.slice(0, firstPage.length + secondPage.length));
    expect(secondPage.length).toBeGreaterThanOrEqual(2);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/trackers-page-2-phone.png", fullPage: true });
    await pages.getByRole("link", { name: "← Previous" }).click();
    await expect(page).toHaveURL(/\/trackers$/);
    await expect(pages).toContainText(/Page 1 of \d+/);

    // A page number that makes no sense shows the first page.
    await page.goto("/trackers?page=abc");
    await expect(pages).toContainText(/Page 1 of \d+/);
    await expect(links).toHaveCount(25);
  });
});
