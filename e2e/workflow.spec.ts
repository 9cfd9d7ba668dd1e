import { test, expect, createArticle, pageAs, transition, ratingId, addWebSource, claimVersion, unique } from "./fixtures";

test.describe("verification workflow", () => {
  test.use({ role: "checker" });

  test("proposal, return, re-proposal and approval with three people; self-approval refused", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const statement = unique("About 240 homes were destroyed");
    const { claim } = await (await page.request.post("/api/v1/claims", {
      data: { articleId: article.id, statement, qualifier: "approximately", value: 240, low: 240, high: 240, unit: "home" },
    })).json();

    // Fact-checker starts the review; proposing without evidence is refused.
    await page.goto(`/claims/${claim.id}`);
    const workflow = page.getByRole("region", { name: "Verification" });
    await workflow.getByRole("button", { name: "Start review" }).click();
    await expect(workflow).toContainText("State: In review");
    const propose = workflow.getByRole("form", { name: "Propose verdict" });
    await propose.getByLabel("Rating").selectOption({ label: "Mostly true" });
    await propose.getByLabel("Explanation").fill("The bulletin lists **238** homes.");
    await propose.getByRole("button", { name: "Propose verdict" }).click();
    await expect(propose.getByRole("alert")).toContainText("at least one piece of evidence");
    await expect(propose.getByLabel("Explanation")).toHaveValue("The bulletin lists **238** homes.");

    await addWebSource(page.request, claim.id, "Regional fire service bulletin");
    await page.reload();
    await propose.getByLabel("Rating").selectOption({ label: "Mostly true" });
    await propose.getByLabel("Explanation").fill("The bulletin lists **238** homes.");
    await propose.getByRole("button", { name: "Propose verdict" }).click();
    await expect(workflow).toContainText("State: Verdict proposed");
    await expect(workflow.getByRole("group", { name: "Explanation" }).locator("strong")).toHaveText("238");

    // Editor returns it with a comment; it lands in the fact-checker's "Returned to me".
    const editor = await pageAs(browser, "editor");
    await editor.goto("/queue");
    await expect(editor.getByRole("region", { name: /Awaiting my approval/ })).toContainText(statement);
    await editor.goto(`/claims/${claim.id}`);
    const editorFlow = editor.getByRole("region", { name: "Verification" });
    const returnForm = editorFlow.getByRole("form", { name: "Return for more work" });
    await returnForm.getByRole("button", { name: "Return for more work" }).click();
    await expect(returnForm.getByRole("alert")).toContainText("comment");
    await returnForm.getByLabel("Comment for the fact-checker").fill("Cite the satellite images too.");
    await returnForm.getByRole("button", { name: "Return for more work" }).click();
    await expect(editorFlow).toContainText("State: In review");

    await page.goto("/queue");
    const returned = page.getByRole("region", { name: /Returned to me/ });
    await expect(returned).toContainText(statement);
    await expect(returned).toContainText("Cite the satellite images too.");

    // Fact-checker re-proposes; the editor approves and it is published.
    await page.goto(`/claims/${claim.id}`);
    await expect(workflow.getByRole("note")).toContainText("Cite the satellite images too.");
    await propose.getByLabel("Rating").selectOption({ label: "True" });
    await propose.getByLabel("Explanation").fill("Bulletin and satellite images agree on about 240.");
    await propose.getByRole("button", { name: "Propose verdict" }).click();
    await expect(workflow).toContainText("State: Verdict proposed");

    await editor.reload();
    await editorFlow.getByRole("button", { name: "Approve and publish" }).click();
    await expect(editorFlow).toContainText("State: Published");
    await expect(editorFlow).toContainText("published by Eddie Editor");

    // The history shows each step with its author.
    const history = editor.getByRole("region", { name: "History" });
    await expect(history).toContainText("Chris Checker proposed the verdict “Mostly true”");
    await expect(history).toContainText("Eddie Editor returned the proposed verdict for more work");
    await expect(history).toContainText("Eddie Editor approved and published the verdict “True”");
    await expect(history.getByRole("listitem").filter({ hasText: "Cite the satellite images too." })).toHaveCount(1);

    // Self-approval: an editor who proposes cannot approve their own verdict.
    const { claim: own } = await (await editor.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Editor's own") } })).json();
    await transition(editor.request, own.id, { action: "start_review" });
    await addWebSource(editor.request, own.id);
    expect((await transition(editor.request, own.id, { action: "propose", ratingId: await ratingId(editor.request, "False"), explanation: "No." })).status()).toBe(200);
    await editor.goto(`/claims/${own.id}`);
    await expect(editorFlow).toContainText("You proposed this verdict; another editor must approve it.");
    await expect(editorFlow.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
    const forced = await transition(editor.request, own.id, { action: "approve" });
    expect(forced.status()).toBe(403);
    expect((await forced.json()).error.message).toContain("another editor must approve it");
    await editor.context().close();
  });

  test("two simultaneous decisions on one proposal: exactly one wins", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const proposed = async () => {
      const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Race") } })).json();
      await transition(page.request, claim.id, { action: "start_review" });
      await addWebSource(page.request, claim.id);
      await transition(page.request, claim.id, { action: "propose", ratingId: await ratingId(page.request, "True"), explanation: "Fine." });
      return { id: claim.id as number, version: await claimVersion(page.request, claim.id) };
    };
    const editor = await pageAs(browser, "editor");
    const admin = await pageAs(browser, "admin");
    const decide = (who: typeof editor, id: number, data: Record<string, unknown>) => who.request.post(`/api/v1/claims/${id}/workflow`, { data });

    // Two editors approve the same proposal at once.
    const first = await proposed();
    const approvals = await Promise.all([
      decide(editor, first.id, { action: "approve", version: first.version }),
      decide(admin, first.id, { action: "approve", version: first.version }),
    ]);
    expect(approvals.map((r) => r.status()).sort()).toEqual([200, 409]);
    const loser = approvals.find((r) => r.status() === 409)!;
    expect((await loser.json()).error.message).toMatch(/changed this claim/);
    const published = await (await page.request.get(`/api/v1/claims/${first.id}`)).json();
    expect(published.claim).toMatchObject({ status: "published", version: first.version + 1 });

    // A return and an approval at once: one of them, never both.
    const second = await proposed();
    const mixed = await Promise.all([
      decide(editor, second.id, { action: "approve", version: second.version }),
      decide(admin, second.id, { action: "return", version: second.version, note: "Wait" }),
    ]);
    expect(mixed.map((r) => r.status()).sort()).toEqual([200, 409]);
    const after = await (await page.request.get(`/api/v1/claims/${second.id}`)).json();
    expect(after.claim.status).toBe(mixed[0].status() === 200 ? "published" : "in_review");
    await editor.context().close();
    await admin.context().close();
  });

  test("a stale edit in a second browser is refused with the other person's change shown and the input kept", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Stale test") } })).json();
    await page.goto(`/claims/${claim.id}`);
    const editor = await pageAs(browser, "editor");
    await editor.goto(`/claims/${claim.id}`);
    await editor.getByRole("button", { name: "Edit claim" }).click();
    await editor.getByRole("form", { name: "Edit claim" }).getByLabel("Statement").fill("Changed by the editor");
    await editor.getByRole("form", { name: "Edit claim" }).getByRole("button", { name: "Save claim" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();

    await page.getByRole("button", { name: "Edit claim" }).click();
    const form = page.getByRole("form", { name: "Edit claim" });
    await form.getByLabel("Statement").fill("My own wording");
    await form.getByLabel("Unit (what is counted)").fill("home");
    await form.getByRole("button", { name: "Save claim" }).click();
    await expect(form.getByRole("alert")).toContainText("Eddie Editor changed this claim (the statement)");
    await expect(form.getByLabel("Statement")).toHaveValue("My own wording");
    await expect(form.getByLabel("Unit (what is counted)")).toHaveValue("home");
    const now = await (await page.request.get(`/api/v1/claims/${claim.id}`)).json();
    expect(now.claim.statement).toBe("Changed by the editor");
    await editor.context().close();
  });

  test("an edit keeps a full history of changed fields with their author; comments are part of it", async ({ page }) => {
    const article = await createArticle(page.request);
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Original statement") } })).json();
    await page.goto(`/claims/${claim.id}`);
    await page.getByRole("button", { name: "Edit claim" }).click();
    const editor = page.getByRole("form", { name: "Edit claim" });
    await editor.getByLabel("Statement").fill("Edited statement");
    await editor.getByLabel("Qualifier").selectOption("exact");
    await editor.getByLabel("Value").fill("12");
    await editor.getByRole("button", { name: "Save claim" }).click();
    await expect(editor.getByRole("status")).toContainText("Claim saved.");
    const comment = page.getByRole("form", { name: "Add a comment" });
    await comment.getByLabel("Comment").fill("Asked the ministry for its list.");
    await comment.getByRole("button", { name: "Add comment" }).click();
    await expect(page.getByRole("region", { name: /Discussion \(1\)/ })).toContainText("Asked the ministry for its list.");
    const history = page.getByRole("region", { name: "History" }).getByRole("listitem");
    await expect(history.filter({ hasText: "Chris Checker changed the statement from" })).toContainText("to “Edited statement”");
    await expect(history.filter({ hasText: "Chris Checker changed the statement from" })).toContainText("set the figure to 12");
    await expect(history.filter({ hasText: "Chris Checker commented" })).toContainText("Asked the ministry for its list.");
  });
});

test.describe("corrections and assignments", () => {
  test.use({ role: "editor" });

  test("a correction after publication appears on the claim and in the report", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const statement = unique("Nearly 1,500 people were moved to shelters");
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement } })).json();
    const { publishClaim } = await import("./fixtures");
    await publishClaim(browser, claim.id, "True");

    await page.goto(`/claims/${claim.id}`);
    const flow = page.getByRole("region", { name: "Verification" });
    const correct = flow.getByRole("form", { name: "Correct verdict" });
    await correct.getByLabel("Rating").selectOption({ label: "Mostly true" });
    await correct.getByLabel("Explanation").fill("The shelters counted 1,420 people.");
    await correct.getByRole("button", { name: "Correct verdict" }).click();
    await expect(correct.getByRole("alert")).toContainText("note");
    await correct.getByLabel(/Correction note/).fill("We first said all 1,500 were in shelters; the count was 1,420.");
    await correct.getByRole("button", { name: "Correct verdict" }).click();
    const corrections = page.getByRole("region", { name: "Corrections" });
    await expect(corrections).toContainText("We first said all 1,500 were in shelters; the count was 1,420.");
    await expect(corrections).toContainText("True → Mostly true");

    await page.goto(`/reports?article=${article.id}`);
    await expect(page.getByRole("heading", { name: statement })).toBeVisible();
    const reportCorrections = page.getByRole("region", { name: "Corrections" });
    await expect(reportCorrections).toContainText("We first said all 1,500 were in shelters; the count was 1,420.");
  });

  test("assignments appear in the right queues, overdue ones stand out, and the claims table filters by assignee", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const statement = unique("Assigned claim");
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement } })).json();
    await page.goto(`/claims/${claim.id}`);
    const assign = page.getByRole("form", { name: "Assignment" });
    await assign.getByLabel("Assigned to").selectOption({ label: "Chris Checker (Fact-checker)" });
    await assign.getByLabel("Due").fill("2020-01-01");
    await assign.getByRole("button", { name: "Save assignment" }).click();
    await expect(assign.getByRole("status")).toContainText("Assignment saved.");

    const checker = await pageAs(browser, "checker");
    await checker.goto("/queue");
    const mine = checker.getByRole("region", { name: /Assigned to me/ });
    const row = mine.getByRole("row").filter({ hasText: statement });
    await expect(row).toContainText("Overdue: 1 Jan 2020");
    await expect(row.locator(".overdue")).toBeVisible();
    await checker.context().close();

    const viewer = await pageAs(browser, "viewer");
    await viewer.goto("/queue");
    await expect(viewer.getByRole("region", { name: /Assigned to me/ })).not.toContainText(statement);
    await viewer.context().close();

    await page.goto("/claims");
    await page.getByLabel("Assignee").selectOption({ label: "Chris Checker" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/assignee=/);
    await expect(page.getByRole("row").filter({ hasText: statement })).toContainText("overdue");
  });
});
