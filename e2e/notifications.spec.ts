import http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, pageAs, signIn, createClaim, transition, addWebSource, ratingId, unique } from "./fixtures";

/** The receiver the admin's webhook points at (a port of the test's own range). */
const RECEIVER_PORT = Number(process.env.E2E_RECEIVER_PORT ?? 3236);

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")} (${v.help})`));
}

// The tests share the demo checker's notifications: one at a time.
test.describe.configure({ mode: "serial" });

test.describe("notifications", () => {
  test("an editor assigns a claim to the checker: the checker's bell shows it and its link opens the claim", async ({ browser }) => {
    const editor = await pageAs(browser, "editor");
    const checker = await pageAs(browser, "checker");
    await checker.goto("/notifications");
    await checker.getByRole("button", { name: "Mark all read" }).click();
    await expect(checker.getByText(/^(Nothing was unread\.|Marked \d+ notifications? read\.)$/)).toBeVisible();
    await checker.reload();
    await expect(checker.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();

    const statement = unique("The port handled 4,000 containers");
    const claim = await createClaim(editor.request, { statement });
    await editor.goto(`/claims/${claim.id}`);
    await editor.getByLabel("Assigned to").selectOption({ label: "Chris Checker (Fact-checker)" });
    await editor.getByRole("button", { name: "Save assignment" }).click();
    await expect(editor.getByText("Assignment saved.")).toBeVisible();

    await checker.goto("/");
    await expect(checker.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
    await checker.getByRole("link", { name: "Notifications, 1 unread" }).click();
    await expect(checker.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const item = checker.getByRole("list", { name: "Your notifications" }).getByRole("listitem").first();
    await expect(item).toContainText("Unread");
    await expect(item).toContainText(statement);
    await checker.screenshot({ path: "/tmp/notify-list.png", fullPage: true });
    expect(await axeViolations(checker)).toEqual([]);

    await item.getByRole("link", { name: new RegExp(`assigned you claim #${claim.id}$`) }).click();
    await expect(checker).toHaveURL(new RegExp(`/claims/${claim.id}$`));
    await expect(checker.getByRole("heading", { level: 1, name: statement })).toBeVisible();
    // Opening the claim read its notification.
    await expect(checker.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
    await checker.goto("/notifications");
    await expect(checker.getByRole("list", { name: "Your notifications" }).getByRole("listitem").first()).not.toContainText("Unread");
    await editor.context().close();
    await checker.context().close();
  });

  test("a return reaches the checker who proposed, who marks it read from the list", async ({ browser }) => {
    const editor = await pageAs(browser, "editor");
    const checker = await pageAs(browser, "checker");
    const claim = await createClaim(checker.request, { statement: unique("Inflation fell to 2 percent") });
    expect((await transition(checker.request, claim.id, { action: "start_review" })).status()).toBe(200);
    await addWebSource(checker.request, claim.id);
    const propose = await transition(checker.request, claim.id, { action: "propose", ratingId: await ratingId(checker.request, "True"), explanation: "The bulletin says so." });
    expect(propose.status()).toBe(200);
    await checker.goto("/notifications");
    await checker.getByRole("button", { name: "Mark all read" }).click();
    await expect(checker.getByText(/^(Nothing was unread\.|Marked \d+ notifications? read\.)$/)).toBeVisible();

    // The editor sees the proposal awaiting approval, then returns it on the claim page.
    await editor.goto("/notifications?show=unread");
    await expect(editor.getByRole("link", { name: new RegExp(`proposed a verdict on claim #${claim.id}`) })).toBeVisible();
    const returned = await transition(editor.request, claim.id, { action: "return", note: "Find a second source." });
    expect(returned.status()).toBe(200);

    await checker.goto("/");
    await expect(checker.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
    await checker.goto("/notifications");
    const sentence = new RegExp(`returned claim #${claim.id} to you for more work`);
    await expect(checker.getByRole("link", { name: sentence })).toBeVisible();
    await checker.getByRole("button", { name: new RegExp(`^Mark read.*returned claim #${claim.id} `) }).click();
    await expect(checker.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
    // Read for the checker only: the editor's own notification of the proposal is still unread.
    await editor.goto("/notifications?show=unread");
    await expect(editor.getByRole("link", { name: new RegExp(`proposed a verdict on claim #${claim.id}`) })).toBeVisible();
    await editor.context().close();
    await checker.context().close();
  });

  test("a @mention is completed by keyboard and reaches the person mentioned", async ({ browser }) => {
    const checker = await pageAs(browser, "checker");
    const editor = await pageAs(browser, "editor");
    const claim = await createClaim(checker.request, { statement: unique("Rents doubled in ten years") });
    const editorName = "Eddie Editor";
    await checker.goto(`/claims/${claim.id}`);
    const box = checker.getByRole("textbox", { name: "Comment" });
    await box.click();
    await box.pressSequentially(`Can you check this, @${editorName.slice(0, 3)}`);
    const list = checker.getByRole("listbox", { name: "People to mention" });
    await expect(list).toBeVisible();
    await expect(list.getByRole("option", { name: new RegExp(editorName) })).toBeVisible();
    await checker.screenshot({ path: "/tmp/notify-mention.png" });
    expect(await axeViolations(checker)).toEqual([]);
    // Move to the editor with the arrow keys (they may not be first), then Enter.
    const options = await list.getByRole("option").allInnerTexts();
    const at = options.findIndex((o) => o.startsWith(editorName));
    for (let i = 0; i < at; i++) await box.press("ArrowDown");
    await box.press("Enter");
    await expect(list).toBeHidden();
    await expect(box).toHaveValue(`Can you check this, @${editorName} `);
    await box.pressSequentially("please?");
    await box.press("Tab");
    await checker.keyboard.press("Enter");
    await expect(checker.getByText("Comment added; 1 person mentioned.")).toBeVisible();
    await expect(checker.locator(".mention", { hasText: `@${editorName}` })).toBeVisible();

    await editor.goto("/notifications?show=unread");
    await expect(editor.getByRole("link", { name: new RegExp(`mentioned you in a comment on claim #${claim.id}`) })).toBeVisible();
    await checker.context().close();
    await editor.context().close();
  });

  test("an admin adds a webhook and sees its delivery log; the secret is never shown back", async ({ browser }) => {
    const received: { signature: string | undefined; body: string }[] = [];
    const receiver = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ signature: req.headers["x-claimdesk-signature"] as string | undefined, body });
        res.statusCode = 200;
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(RECEIVER_PORT, "127.0.0.1", resolve));
    try {
      const admin = await pageAs(browser, "admin");
      const secret = `whsec-${unique("e2e").replace(/\s/g, "")}-abcdefgh`;
      await admin.goto("/settings/webhooks");
      // Bad input: a form error, nothing saved.
      await admin.getByLabel("URL").fill("ftp://example.org/x");
      await admin.getByLabel("Secret").fill("short");
      await admin.getByRole("button", { name: "Add webhook" }).click();
      await expect(admin.getByText("URL must start with http:// or https://.")).toBeVisible();
      await expect(admin.getByText("The secret must be at least 16 characters: use a long random string.")).toBeVisible();

      const url = `http://127.0.0.1:${RECEIVER_PORT}/claimdesk/${Date.now()}`;
      await admin.getByLabel("URL").fill(url);
      await admin.getByLabel("Secret").fill(secret);
      await admin.getByLabel("Assigned to you").check();
      await admin.getByLabel("Format").selectOption("json");
      await admin.getByRole("button", { name: "Add webhook" }).click();
      await expect(admin.getByText(`Added the webhook for ${url}.`)).toBeVisible();
      const row = admin.getByRole("row").filter({ hasText: url });
      await expect(row).toContainText(`••••${secret.slice(-4)}`);
      expect(await admin.content()).not.toContain(secret);

      // An editor assigns a claim to the checker: the webhook receives it.
      const editor = await pageAs(browser, "editor");
      const claim = await createClaim(editor.request, { statement: unique("Exports rose 12 percent") });
      const people = (await (await editor.request.get("/api/v1/people?q=chec")).json()).people as { id: string; name: string }[];
      expect(people.map((p) => p.name)).toContain("Chris Checker");
      await editor.goto(`/claims/${claim.id}`);
      await editor.getByLabel("Assigned to").selectOption({ label: "Chris Checker (Fact-checker)" });
      await editor.getByRole("button", { name: "Save assignment" }).click();
      await expect(editor.getByText("Assignment saved.")).toBeVisible();
      await expect.poll(() => received.filter((r) => JSON.parse(r.body).claim?.id === claim.id).length, { timeout: 20_000 }).toBe(1);
      expect(received.find((r) => JSON.parse(r.body).claim?.id === claim.id)!.signature).toMatch(/^sha256=[0-9a-f]{64}$/);

      await expect.poll(async () => {
        await admin.goto("/settings/webhooks");
        return admin.getByRole("table", { name: "Delivery log" }).getByRole("row").filter({ hasText: `#${claim.id}` }).count();
      }, { timeout: 20_000 }).toBe(1);
      const logRow = admin.getByRole("table", { name: "Delivery log" }).getByRole("row").filter({ hasText: `#${claim.id}` });
      await expect(logRow).toContainText("Assigned to you");
      await expect(logRow.getByRole("cell", { name: "200" })).toBeVisible();
      await admin.screenshot({ path: "/tmp/notify-webhooks.png", fullPage: true });
      expect(await axeViolations(admin)).toEqual([]);
      await editor.context().close();

      // Removing it stops deliveries.
      admin.once("dialog", (dialog) => dialog.accept());
      await row.getByRole("button", { name: /Remove/ }).click();
      await expect(admin.getByRole("row").filter({ hasText: url })).toHaveCount(0);
      await admin.context().close();
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  test("pages fit a 390 px phone, and email preferences are saved per person", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/login");
    await signIn(page, "viewer");
    for (const path of ["/notifications", "/notifications/settings"]) {
      await page.goto(path);
      await expect(page.getByRole("link", { name: /^Notifications, / })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: "/tmp/notify-phone-settings.png", fullPage: true });
    await page.getByLabel("Daily digest").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Daily digest")).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Immediately").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await context.close();
  });
});
