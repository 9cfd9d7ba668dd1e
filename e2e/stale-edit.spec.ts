import { test, expect, createArticle, createClaim, pageAs, unique } from "./fixtures";

test.describe("an edit refused as stale recovers", () => {
  test.use({ role: "checker" });

  test("the saved claim is shown beside the input, field by field, and the merge saves on the new version", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const claim = await createClaim(page.request, {
      articleId: article.id, statement: unique("About 300 fighters crossed"), qualifier: "approximately", value: 300, unit: "fighter",
    });

    // The checker opens the editor and starts typing.
    await page.goto(`/claims/${claim.id}`);
    await page.getByRole("button", { name: "Edit claim" }).click();
    const form = page.getByRole("form", { name: "Edit claim" });
    await form.getByLabel("Statement").fill("My wording: about 350 fighters crossed");
    await form.getByLabel("Value").fill("350");

    // Meanwhile the editor saves a different statement and unit, in another browser.
    const editor = await pageAs(browser, "editor");
    await editor.goto(`/claims/${claim.id}`);
    await editor.getByRole("button", { name: "Edit claim" }).click();
    const theirs = editor.getByRole("form", { name: "Edit claim" });
    await theirs.getByLabel("Statement").fill("Editor's wording: about 300 armed men crossed");
    await theirs.getByLabel("Unit (what is counted)").fill("armed man");
    await theirs.getByRole("button", { name: "Save claim" }).click();
    await expect(theirs.getByRole("status")).toContainText("Claim saved.");

    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("alert")).toContainText("Eddie Editor changed this claim (the statement, the figure)");
    // The page now shows the claim as saved, and the form still holds what was typed.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Editor's wording: about 300 armed men crossed");
    await expect(form.getByLabel("Statement")).toHaveValue("My wording: about 350 fighters crossed");
    const merge = form.getByRole("region", { name: "Your input and the claim as saved now" });
    const statement = merge.getByRole("group", { name: "Statement" });
    await expect(statement).toContainText("Yours: My wording: about 350 fighters crossed");
    await expect(statement).toContainText("Saved now: Editor's wording: about 300 armed men crossed");
    await expect(merge.getByRole("group", { name: "Value" })).toContainText("Saved now: 300");
    await expect(merge.getByRole("group", { name: "Unit (what is counted)" })).toContainText("Saved now: armed man");
    await page.screenshot({ path: "test-results/screenshots/stale-edit-merge.png", fullPage: true });

    // Take their statement and unit, keep my value.
    await statement.getByRole("radio", { name: /Saved now/ }).check();
    await merge.getByRole("group", { name: "Unit (what is counted)" }).getByRole("radio", { name: /Saved now/ }).check();
    await expect(form.getByLabel("Statement")).toHaveValue("Editor's wording: about 300 armed men crossed");
    await expect(form.getByLabel("Unit (what is counted)")).toHaveValue("armed man");
    await expect(form.getByLabel("Value")).toHaveValue("350");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("status")).toContainText("Claim saved.");

    const saved = (await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim;
    expect(saved).toMatchObject({ statement: "Editor's wording: about 300 armed men crossed", unit: "armed man", value: 350, version: claim.version + 2 });
    await editor.context().close();
  });

  test("a form left open does not overwrite a newer save by saving twice", async ({ page, browser }) => {
    const claim = await createClaim(page.request, { statement: unique("Twelve bridges need repair") });
    await page.goto(`/claims/${claim.id}`);
    await page.getByRole("button", { name: "Edit claim" }).click();
    const form = page.getByRole("form", { name: "Edit claim" });
    const editor = await pageAs(browser, "editor");
    const first = await editor.request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "First newer save", version: claim.version } });
    expect(first.status()).toBe(200);
    await form.getByLabel("Statement").fill("Mine");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("alert")).toContainText("changed this claim");
    // A second save from elsewhere after the merge was offered: saving again is refused again, with the newest claim shown.
    const second = await editor.request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "Second newer save", version: claim.version + 1 } });
    expect(second.status()).toBe(200);
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("region", { name: "Your input and the claim as saved now" })).toContainText("Saved now: Second newer save");
    expect((await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim.statement).toBe("Second newer save");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("status")).toContainText("Claim saved.");
    expect((await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim.statement).toBe("Mine");
    await editor.context().close();
  });
});
