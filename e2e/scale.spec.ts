import type { APIRequestContext, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, addWebSource, createArticle, createClaim, pageAs, ratingId, transition, unique } from "./fixtures";

/** Publishes a claim by the API: the checker reviews, sources and proposes; the editor approves. */
async function publishByApi(checker: APIRequestContext, editor: APIRequestContext, claimId: number, rating: number) {
  expect((await transition(checker, claimId, { action: "start_review" })).status()).toBe(200);
  await addWebSource(checker, claimId);
  expect((await transition(checker, claimId, { action: "propose", ratingId: rating, explanation: "Checked." })).status()).toBe(200);
  expect((await transition(editor, claimId, { action: "approve" })).status()).toBe(200);
}

/** Chooses an item in a type-ahead picker with the keyboard only. */
async function pickWithKeyboard(page: Page, label: string, typed: string, option: string) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(typed);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const listbox = page.getByRole("listbox", { name: label });
  await expect(listbox.getByRole("option", { name: option, exact: true })).toBeVisible();
  // Move until the wanted option is the active one, then choose it with Enter.
  for (let i = 0; i < 10; i++) {
    const active = await box.getAttribute("aria-activedescendant");
    if (active && (await page.locator(`[id="${active}"]`).textContent()) === option) break;
    await box.press("ArrowDown");
  }
  await box.press("Enter");
  await expect(box).toHaveValue(option);
  await expect(box).toHaveAttribute("aria-expanded", "false");
}

test.describe("lists at scale", () => {
  test.use({ role: "checker" });

  test("the report pages its claims, keeps the filters across pages, and picks a speaker by typing", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const editor = await pageAs(browser, "editor");
    const article = await createArticle(page.request, { title: unique("Long report") });
    const speakerName = unique("Pagina Speaker");
    const first = await createClaim(page.request, { articleId: article.id, statement: "Report claim 0 was said.", newSpeakerName: speakerName, newSpeakerKind: "person", attribution: "paraphrase" });
    const speakerId = (await (await page.request.get(`/api/v1/claims/${first.id}`)).json()).claim.speakerId as number;
    const ids = [first.id];
    for (let i = 1; i < 53; i++) ids.push((await createClaim(page.request, { articleId: article.id, statement: `Report claim ${i} was said.`, speakerId, attribution: "paraphrase" })).id);
    const trueId = await ratingId(page.request, "True");
    for (const id of ids) await publishByApi(page.request, editor.request, id, trueId);
    await editor.context().close();

    await page.goto("/reports");
    await pickWithKeyboard(page, "Speaker", speakerName.slice(0, 12), speakerName);
    await page.getByRole("form", { name: "Filter the report" }).getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`speaker=${speakerId}`));
    await expect(page.getByRole("combobox", { name: "Speaker" })).toHaveValue(speakerName);
    await expect(page.getByRole("region", { name: "Summary" }).getByRole("listitem").filter({ hasText: "Published verdicts" })).toContainText("53");
    const claimHeadings = page.locator("#report-claims .report-claim h3");
    await expect(claimHeadings).toHaveCount(50);

    await page.getByRole("link", { name: "Next claims →" }).click();
    await expect(page).toHaveURL(new RegExp(`speaker=${speakerId}.*after=`));
    await expect(claimHeadings).toHaveCount(3);
    await expect(page.getByRole("link", { name: "Next claims →" })).toHaveCount(0);
    await page.screenshot({ path: "/tmp/scalea-report-page-2.png", fullPage: true });

    await page.getByRole("link", { name: "← Previous claims" }).click();
    await expect(page).toHaveURL(new RegExp(`speaker=${speakerId}.*before=`));
    await expect(claimHeadings).toHaveCount(50);
    await expect(page.getByRole("link", { name: "← Previous claims" })).toHaveCount(0);

    // The history of these claims pages too, keeping the person and the kind of change.
    await page.goto("/activity?kind=claim_created");
    await page.getByRole("form", { name: "Filter activity" }).getByLabel("Person").selectOption({ label: "Chris Checker" });
    await page.getByRole("form", { name: "Filter activity" }).getByRole("button", { name: "Apply filters" }).click();
    await page.getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL(/person=.*kind=claim_created.*after=\d+/);
    await page.getByRole("link", { name: "← Newer" }).click();
    await expect(page).toHaveURL(/person=.*kind=claim_created.*before=\d+/);
  });

  test("the claims filter's article picker works by keyboard and keeps the chosen article in the URL", async ({ page }) => {
    const tag = unique("Picker").replace(" ", "-");
    const wanted = await createArticle(page.request, { title: `${tag} wanted story` });
    await createArticle(page.request, { title: `${tag} other story` });
    await createClaim(page.request, { articleId: wanted.id, statement: `Only claim of ${tag}.`, attribution: "unattributed" });

    await page.goto("/claims");
    const box = page.getByRole("combobox", { name: "Article" });
    await box.fill(tag.toLowerCase());
    const listbox = page.getByRole("listbox", { name: "Article" });
    await expect(listbox.getByRole("option")).toHaveCount(2);
    await page.screenshot({ path: "/tmp/scalea-article-picker.png" });
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(listbox).toBeHidden();
    await pickWithKeyboard(page, "Article", tag, `${tag} wanted story`);
    await page.getByRole("form", { name: "Filter claims" }).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`article=${wanted.id}`));
    await expect(page.getByRole("combobox", { name: "Article" })).toHaveValue(`${tag} wanted story`);
    await expect(page.getByRole("link", { name: `Only claim of ${tag}.` })).toBeVisible();
    await expect(page.getByText("1 claim", { exact: true })).toBeVisible();
  });

  test("the claim editor's speaker is a type-ahead: chosen by keyboard and saved, a name nobody chose refused, no speaker list in the page", async ({ page }) => {
    const tag = unique("Typeahead").replace(" ", "");
    const article = await createArticle(page.request, { title: `${tag} story` });
    const wanted = `${tag} Wanda Speaker`;
    const unrelated = `${tag} Unlisted Person`;
    await createClaim(page.request, { articleId: article.id, statement: `${tag} wanted's first claim.`, newSpeakerName: wanted, newSpeakerKind: "person", attribution: "direct_quote" });
    await createClaim(page.request, { statement: `${tag} unrelated claim.`, newSpeakerName: unrelated, newSpeakerKind: "person", attribution: "paraphrase" });
    const claim = await createClaim(page.request, { articleId: article.id, statement: `${tag} a claim with no speaker yet.`, attribution: "unattributed" });

    const response = await page.goto(`/claims/${claim.id}`);
    // The page names no speaker it does not show: the speaker field lists nobody until someone types.
    expect(await response!.text()).not.toContain(unrelated);
    await page.getByRole("button", { name: "Edit claim" }).click();
    const editor = page.getByRole("form", { name: "Edit claim" });
    await pickWithKeyboard(page, "Speaker", `${tag} wa`, wanted);
    await page.screenshot({ path: "/tmp/scale-claim-speaker-picker.png", fullPage: true });
    await editor.getByRole("button", { name: "Save claim" }).click();
    await expect(editor.getByRole("status")).toHaveText("Claim saved.");
    const saved = (await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim;
    expect(saved.speaker.name).toBe(wanted);
    await expect(page.getByRole("region", { name: "The claim" }).getByRole("link", { name: wanted })).toBeVisible();

    // Typed but not chosen, and no speaker has that name: refused with the reason, nothing saved, the text kept.
    await page.reload();
    await page.getByRole("button", { name: "Edit claim" }).click();
    const box = editor.getByRole("combobox", { name: "Speaker" });
    await expect(box).toHaveValue(wanted);
    await box.fill(`${tag} Nobody Known`);
    await box.press("Escape");
    await editor.getByRole("button", { name: "Save claim" }).click();
    await expect(editor.getByRole("group", { name: "Who said it" }).getByText(`No speaker is called “${tag} Nobody Known”`)).toBeVisible();
    await expect(box).toHaveValue(`${tag} Nobody Known`);
    await expect(box).toHaveAttribute("aria-invalid", "true");
    expect((await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim.speaker.name).toBe(wanted);

    // A whole name typed without choosing from the list is the speaker of that name.
    await box.fill(unrelated.toLowerCase());
    await box.press("Escape");
    await editor.getByRole("button", { name: "Save claim" }).click();
    await expect(editor.getByRole("status")).toHaveText("Claim saved.");
    expect((await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim.speaker.name).toBe(unrelated);

    // Axe over the editor with the list open.
    await box.fill(`${tag} `);
    await expect(page.getByRole("listbox", { name: "Speaker" }).getByRole("option")).toHaveCount(2);
    const axe = await new AxeBuilder({ page }).include("form").analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("a tracker's \"Add a report\" finds a claim of its unit by typing, adds it by keyboard, and lists no claims in the page", async ({ page }) => {
    const unit = `crate${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const tag = unique("Trackpick").replace(" ", "");
    const article = await createArticle(page.request, { title: `${tag} story` });
    const wanted = await createClaim(page.request, { articleId: article.id, statement: `${tag} officials said 300 ${unit} reached the port.`, qualifier: "exact", value: 300, unit, asOf: "2020-01-02", attribution: "paraphrase" });
    const other = await createClaim(page.request, { articleId: article.id, statement: `${tag} another report of 250 ${unit}.`, qualifier: "exact", value: 250, unit, asOf: "2020-01-03", attribution: "paraphrase" });
    const tracker = await page.request.post("/api/v1/trackers", { data: { description: `${tag} ${unit} at the port`, unit, kind: "level" } });
    expect(tracker.status(), await tracker.text()).toBe(201);
    const trackerId = (await tracker.json()).tracker.id as number;

    const response = await page.goto(`/trackers/${trackerId}`);
    expect(await response!.text()).not.toContain(`${tag} another report`);
    const form = page.getByRole("form", { name: "Add a report" });
    const label = `#${wanted.id} — ${tag} officials said 300 ${unit} reached the port.`;
    await pickWithKeyboard(page, "Claim", "officials port", label);
    await page.screenshot({ path: "/tmp/scale-tracker-claim-picker.png", fullPage: true });
    await form.getByRole("button", { name: "Add to tracker" }).click();
    await expect(form.getByRole("status")).toHaveText(`Claim #${wanted.id} added to the tracker.`);
    await expect(page.getByRole("region", { name: "Timeline" }).getByRole("link", { name: `#${wanted.id}` })).toBeVisible();
    await expect(form.getByRole("combobox", { name: "Claim" })).toHaveValue("");
    await page.setViewportSize({ width: 390, height: 800 });
    await form.getByRole("combobox", { name: "Claim" }).fill(tag);
    await expect(page.getByRole("listbox", { name: "Claim" }).getByRole("option")).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "/tmp/scale-tracker-claim-picker-phone.png", fullPage: true });
    await form.getByRole("combobox", { name: "Claim" }).fill("");
    // An empty box lists the unit's claims under it, over the button on a phone: Escape closes the list first.
    await form.getByRole("combobox", { name: "Claim" }).press("Escape");
    await expect(page.getByRole("listbox", { name: "Claim" })).toBeHidden();

    // Its number typed and saved adds it too; nothing chosen says what to do.
    await form.getByRole("button", { name: "Add to tracker" }).click();
    await expect(form.getByText("Choose a claim from the list, or type its number (#123).")).toBeVisible();
    await form.getByRole("combobox", { name: "Claim" }).fill(`#${other.id}`);
    await form.getByRole("combobox", { name: "Claim" }).press("Escape");
    await form.getByRole("button", { name: "Add to tracker" }).click();
    await expect(form.getByRole("status")).toHaveText(`Claim #${other.id} added to the tracker.`);
    await expect(page.getByRole("region", { name: "Timeline" }).getByRole("table").getByRole("row")).toHaveCount(3);
    // Every claim of the unit is on the tracker now: the form says so instead of offering an empty search.
    await expect(form).toContainText("No other claim counts this.");
  });

  test("articles page newest first by keyset; a search lists every match at once, best first", async ({ page }) => {
    const tag = unique("Paged articles");
    for (let i = 0; i < 52; i++) await createArticle(page.request, { title: `${tag} number ${i}`, body: `Body ${i} of ${tag}: the council said 40 homes were flooded.` });
    const rows = page.getByRole("table").getByRole("row");
    const ids = async () => Promise.all((await rows.getByRole("link").all()).map(async (a) => Number((await a.getAttribute("href"))!.split("/").pop())));

    // A search is full-text and unpaged (up to 100 matches): all 52, and no page links.
    await page.goto(`/articles?q=${encodeURIComponent(tag)}`);
    await expect(rows).toHaveCount(53);
    await expect(page.getByText("52 articles", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Older →" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "← Newer" })).toHaveCount(0);
    for (let i = 0; i < 52; i++) await expect(rows.getByRole("link", { name: `${tag} number ${i}`, exact: true })).toHaveCount(1);

    // The whole list pages by id, newest first, 50 a page, and comes back to the same page.
    await page.goto("/articles");
    await expect(rows).toHaveCount(51);
    await expect(page.getByRole("link", { name: "← Newer" })).toHaveCount(0);
    const first = await ids();
    expect(first).toEqual([...first].sort((a, b) => b - a));
    await page.getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL(new RegExp(`after=${first[49]}$`));
    await expect(rows.nth(1).getByRole("link")).not.toHaveAttribute("href", `/articles/${first[0]}`);
    const second = await ids();
    expect(second.length).toBeGreaterThan(0);
    expect(Math.max(...second)).toBeLessThan(first[49]);
    await page.getByRole("link", { name: "← Newer" }).click();
    await expect(page).toHaveURL(new RegExp(`before=${second[0]}$`));
    await expect(rows).toHaveCount(51);
    await expect.poll(ids).toEqual(first);
  });
});
