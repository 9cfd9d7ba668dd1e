import fs from "node:fs";
import { test, expect, emailOf, PASSWORD, pageAs, addWebSource, unique } from "./fixtures";

/**
 * The desk's main path in a browser, end to end: sign in, add an article, propose a verdict, approve it as another
 * editor, export the report. `npm run test:pg` runs it against a server on PostgreSQL (it passes on SQLite too).
 */
test("sign in, add an article, propose, approve and export", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(emailOf("checker"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner")).toContainText("Chris Checker");

  const title = unique("Flood relief");
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Outlet").fill("Test Wire");
  await page.getByLabel("Article text").fill("The council said at least 300 homes were flooded on Sunday. Volunteers handed out 1,200 meals.");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const articleId = Number(/\/articles\/(\d+)/.exec(page.url())![1]);

  const statement = unique("At least 300 homes were flooded");
  const created = await page.request.post("/api/v1/claims", { data: { articleId, statement, qualifier: "at_least", value: 300, low: 300, unit: "home" } });
  expect(created.status(), await created.text()).toBe(201);
  const claimId = (await created.json()).claim.id as number;
  await addWebSource(page.request, claimId, "Council bulletin");

  await page.goto(`/claims/${claimId}`);
  const workflow = page.getByRole("region", { name: "Verification" });
  await workflow.getByRole("button", { name: "Start review" }).click();
  await expect(workflow).toContainText("State: In review");
  const propose = workflow.getByRole("form", { name: "Propose verdict" });
  await propose.getByLabel("Rating").selectOption({ label: "True" });
  await propose.getByLabel("Explanation").fill("The council's bulletin lists 312 flooded homes.");
  await propose.getByRole("button", { name: "Propose verdict" }).click();
  await expect(workflow).toContainText("State: Verdict proposed");

  const editor = await pageAs(browser, "editor");
  await editor.goto(`/claims/${claimId}`);
  const editorFlow = editor.getByRole("region", { name: "Verification" });
  await editorFlow.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editorFlow).toContainText("State: Published");

  await editor.goto(`/reports?article=${articleId}`);
  await expect(editor.getByRole("main")).toContainText(statement);
  const download = editor.waitForEvent("download");
  await editor.getByRole("link", { name: "Download CSV" }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, "").trim().split("\n");
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain(statement);
  expect(csv[1]).toContain("True");
  await editor.screenshot({ path: "test-results/postgres-smoke-report.png", fullPage: true });
  await editor.context().close();
});
