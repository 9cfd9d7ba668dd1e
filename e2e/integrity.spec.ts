import { test, expect, createArticle, createClaim, publishClaim, unique, claimVersion } from "./fixtures";

test.describe("published verdicts change only with a correction", () => {
  test.use({ role: "editor" });

  test("through the API: no note, no change; with a note, a listed correction", async ({ page, browser }) => {
    const statement = unique("Nearly 20,000 civilians fled the city");
    const claim = await createClaim(page.request, { statement, qualifier: "exact", value: 20000, unit: "civilian" });
    await publishClaim(browser, claim.id);
    const version = await claimVersion(page.request, claim.id);

    const refused = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { value: 25000, version } });
    expect(refused.status(), await refused.text()).toBe(422);
    const error = (await refused.json()).error;
    expect(error.fields.correctionNote[0]).toContain("correction note");
    const unchanged = (await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim;
    expect(unchanged).toMatchObject({ value: 20000, version, status: "published" });
    expect(unchanged.corrections).toHaveLength(0);

    const note = "The ministry's figure was 25,000, not 20,000.";
    const saved = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { value: 25000, version, correctionNote: note } });
    expect(saved.status(), await saved.text()).toBe(200);
    const after = (await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim;
    expect(after).toMatchObject({ value: 25000, statement, status: "published", version: version + 1 });
    expect(after.corrections).toHaveLength(1);
    expect(after.corrections[0].note).toBe(note);

    await page.goto(`/claims/${claim.id}`);
    const corrections = page.getByRole("region", { name: "Corrections" });
    await expect(corrections).toContainText(note);
    await expect(corrections).toContainText("Changed the figure from 20,000 civilians to 25,000 civilians");
  });

  test("through the edit form: the note is asked for, then the change is listed", async ({ page, browser }) => {
    const claim = await createClaim(page.request, { statement: unique("The storm destroyed 240 homes") });
    await publishClaim(browser, claim.id);
    await page.goto(`/claims/${claim.id}`);
    await page.getByRole("button", { name: "Edit claim" }).click();
    const form = page.getByRole("form", { name: "Edit claim" });
    await form.getByLabel("Statement").fill("The storm destroyed at least 240 homes");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("alert")).toContainText("add a correction note saying what changed and why");
    await expect(form.getByLabel("Correction note")).toHaveAttribute("aria-invalid", "true");
    // What was typed is still there.
    await expect(form.getByLabel("Statement")).toHaveValue("The storm destroyed at least 240 homes");
    expect((await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim.statement).not.toBe("The storm destroyed at least 240 homes");

    await form.getByLabel("Correction note").fill("The council's count was a minimum.");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("status")).toContainText("Claim saved.");
    const corrections = page.getByRole("region", { name: "Corrections" });
    await expect(corrections).toContainText("The council's count was a minimum.");
    await expect(corrections).toContainText("Changed the statement from");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The storm destroyed at least 240 homes");
    await page.screenshot({ path: "test-results/screenshots/claim-correction.png", fullPage: true });
  });
});

test.describe("PATCH is a JSON merge patch", () => {
  test.use({ role: "checker" });

  test("only the fields sent change; null clears; the version is still checked", async ({ page }) => {
    const article = await createArticle(page.request);
    const excerpt = "nearly 1,500 people had been moved to shelters";
    const start = article.body.indexOf(excerpt);
    const claim = await createClaim(page.request, {
      articleId: article.id, excerpt, start, end: start + excerpt.length,
      statement: unique("Nearly 1,500 people were moved"), qualifier: "nearly", value: 1500, high: 1500, unit: "person",
    });

    const patched = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "About 1,500 people were moved", version: claim.version } });
    expect(patched.status(), await patched.text()).toBe(200);
    expect((await patched.json()).claim).toMatchObject({
      statement: "About 1,500 people were moved", articleId: article.id, excerpt, start, end: start + excerpt.length,
      qualifier: "nearly", value: 1500, unit: "person", version: claim.version + 1,
    });

    const cleared = await page.request.patch(`/api/v1/claims/${claim.id}`, {
      headers: { "Content-Type": "application/merge-patch+json" },
      data: JSON.stringify({ unit: null, version: claim.version + 1 }),
    });
    expect(cleared.status(), await cleared.text()).toBe(200);
    expect((await cleared.json()).claim).toMatchObject({ unit: null, value: 1500, articleId: article.id, start });

    // The merged claim is checked as a whole: clearing the value of a qualified figure is refused.
    const broken = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { value: null, version: claim.version + 2 } });
    expect(broken.status()).toBe(422);
    expect((await broken.json()).error.fields.value).toBeDefined();
    const unknown = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { status: "published", version: claim.version + 2 } });
    expect(unknown.status()).toBe(422);
    const stale = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "Late", version: claim.version } });
    expect(stale.status()).toBe(409);
    const missing = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "No version" } });
    expect(missing.status()).toBe(422);

    const doc = await (await page.request.get("/api/v1/openapi.json")).json();
    const patch = doc.paths["/api/v1/claims/{id}"].patch;
    expect(patch.description).toContain("merge patch");
    expect(Object.keys(patch.requestBody.content)).toContain("application/merge-patch+json");
    expect(doc.paths["/api/v1/claims/{id}"].put).toBeUndefined();
  });
});

test.describe("a correction to what a verdict is about, in the report", () => {
  test.use({ role: "editor" });

  test("the report lists it with what was corrected", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const claim = await createClaim(page.request, { articleId: article.id, statement: unique("Officials counted 240 homes"), qualifier: "exact", value: 240, unit: "home" });
    await publishClaim(browser, claim.id);
    const saved = await page.request.patch(`/api/v1/claims/${claim.id}`, {
      data: { qualifier: "at_least", correctionNote: "The count was a minimum.", version: await claimVersion(page.request, claim.id) },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    await page.goto(`/reports?article=${article.id}`);
    const corrections = page.getByRole("region", { name: "Corrections" });
    await expect(corrections).toContainText("The count was a minimum.");
    await expect(corrections).toContainText("(corrected the figure)");
    await expect(page.getByRole("link", { name: /^at least 240 homes — Officials counted 240 homes/ })).toBeVisible();
  });
});
