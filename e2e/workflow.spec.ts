import { test, expect, createArticle, signIn, unique } from "./fixtures";

test.describe("checking a claim", () => {
  test.use({ role: "checker" });

  test("checker moves a claim to in progress, is refused verified; editor verifies with a note; sources and history", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const statement = unique("About 240 homes were destroyed");
    const created = await page.request.post("/api/v1/claims", {
      data: { articleId: article.id, statement, qualifier: "approximately", value: 240, low: 240, high: 240, unit: "home" },
    });
    const { claim } = await created.json();

    // Fact-checker: in progress is allowed.
    await page.goto(`/claims/${claim.id}`);
    await page.getByLabel("New status").selectOption("in_progress");
    await page.getByRole("button", { name: "Change status" }).click();
    await expect(page.getByRole("status")).toContainText("Status changed.");
    await expect(page.locator(".page-head .badge")).toHaveText("In progress");

    // Fact-checker: verified is not offered, and a forged request is refused and changes nothing.
    await expect(page.getByLabel("New status").locator("option[value=verified]")).toHaveCount(0);
    const forged = await page.request.post(`/api/v1/claims/${claim.id}/status`, { data: { status: "verified", note: "I say so", version: 2 } });
    expect(forged.status()).toBe(403);
    const after = await (await page.request.get(`/api/v1/claims/${claim.id}`)).json();
    expect(after.claim.status).toBe("in_progress");

    // Fact-checker attaches a source.
    await page.getByLabel("Source title").fill("Regional fire service bulletin");
    await page.getByLabel("Source URL").fill("https://example.org/bulletin");
    await page.getByLabel("Excerpt or notes").fill("240 homes listed as destroyed.");
    await page.getByRole("button", { name: "Attach source" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Source attached." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Regional fire service bulletin" })).toHaveAttribute("href", "https://example.org/bulletin");

    // Editor: verified needs a note; with one it is saved.
    const editor = await browser.newPage();
    await editor.goto("/login");
    await signIn(editor, "editor");
    await editor.goto(`/claims/${claim.id}`);
    await editor.getByLabel("New status").selectOption("verified");
    await editor.getByRole("button", { name: "Change status" }).click();
    await expect(editor.getByText("A final status needs a note saying why.")).toBeVisible();
    await editor.getByLabel("Note", { exact: true }).fill("Bulletin and satellite images agree on 240.");
    await editor.getByRole("button", { name: "Change status" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Status changed." })).toBeVisible();
    await expect(editor.locator(".page-head .badge")).toHaveText("Verified");

    // The history shows every change with its author.
    const history = editor.getByRole("region", { name: "History" });
    const entries = history.getByRole("listitem");
    await expect(entries).toHaveCount(4);
    await expect(entries.nth(0)).toContainText("Chris Checker added claim");
    await expect(entries.nth(1)).toContainText("Chris Checker set claim");
    await expect(entries.nth(1)).toContainText("in_progress");
    await expect(entries.nth(2)).toContainText("Chris Checker added evidence");
    await expect(entries.nth(3)).toContainText("Eddie Editor set claim");
    await expect(entries.nth(3)).toContainText("Bulletin and satellite images agree on 240.");

    // The report and its CSV carry the claim.
    await editor.goto(`/reports?article=${article.id}`);
    await expect(editor.getByRole("heading", { name: statement })).toBeVisible();
    await expect(editor.getByText("figure: about 240 homes")).toBeVisible();
    const download = editor.waitForEvent("download");
    await editor.getByRole("link", { name: "Download CSV" }).click();
    const file = await (await download).path();
    const csv = (await import("node:fs")).readFileSync(file, "utf8");
    expect(csv.split("\n")[0]).toContain("claim_id,statement,excerpt,speaker");
    expect(csv).toContain(statement);
    expect(csv).toContain("Bulletin and satellite images agree on 240.");
    await editor.close();
  });

  test("an edit keeps a full history of changed fields with their author", async ({ page }) => {
    const article = await createArticle(page.request);
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Original statement") } })).json();
    await page.goto(`/claims/${claim.id}`);
    const editor = page.getByRole("form", { name: "Edit claim" });
    await editor.getByLabel("Statement").fill("Edited statement");
    await editor.getByLabel("Unit (what is counted)").fill("home");
    await editor.getByLabel("Qualifier").selectOption("exact");
    await editor.getByLabel("Value").fill("12");
    await editor.getByRole("button", { name: "Save claim" }).click();
    await expect(editor.getByRole("status")).toContainText("Claim saved.");
    const last = page.getByRole("region", { name: "History" }).getByRole("listitem").last();
    await expect(last).toContainText("Chris Checker edited claim");
    await expect(last).toContainText("statement:");
    await expect(last).toContainText("Edited statement");
    await expect(last).toContainText("value:");
  });

  test("a stale edit is refused with who changed it, and the typed input stays", async ({ page }) => {
    const article = await createArticle(page.request);
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Stale test") } })).json();
    await page.goto(`/claims/${claim.id}`);
    // Someone else saves first.
    const other = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "Changed elsewhere", version: 1, articleId: article.id } });
    expect(other.status()).toBe(200);
    const editor = page.getByRole("form", { name: "Edit claim" });
    await editor.getByLabel("Statement").fill("My own wording");
    await editor.getByRole("button", { name: "Save claim" }).click();
    await expect(editor.getByRole("alert")).toContainText("Chris Checker changed this claim (statement)");
    await expect(editor.getByLabel("Statement")).toHaveValue("My own wording");
    const now = await (await page.request.get(`/api/v1/claims/${claim.id}`)).json();
    expect(now.claim.statement).toBe("Changed elsewhere");
  });
});
