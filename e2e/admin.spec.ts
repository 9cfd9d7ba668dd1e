import { test, expect, unique, pageAs, PASSWORD, emailOf } from "./fixtures";

test.describe("user management", () => {
  test.use({ role: "admin" });

  test("an admin creates a user, who signs in; deactivated, they cannot", async ({ page, browser }) => {
    const email = `${unique("reporter").replace(/\s+/g, "-").toLowerCase()}@claimdesk.test`;
    await page.goto("/admin/users");
    const form = page.getByRole("form", { name: "New user" });
    await form.getByLabel("Name").fill("Rita Reporter");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role").selectOption("factchecker");
    await form.getByLabel("Initial password").fill("short");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByText("Password must be at least 12 characters.")).toBeVisible();
    await expect(form.getByLabel("Email")).toHaveValue(email);
    await expect(form.getByLabel("Role")).toHaveValue("factchecker");
    // Long enough, but on the common-password list (which is checked ignoring case).
    await form.getByLabel("Initial password").fill("Password1234");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByText("This password is on a list of the most common passwords. Choose another.")).toBeVisible();
    await form.getByLabel("Initial password").fill("a-good-long-password");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByRole("status")).toContainText(`can now sign in as ${email}`);

    const newcomer = await browser.newPage();
    const signInAs = async () => {
      await newcomer.goto("/login");
      await newcomer.getByLabel("Email").fill(email);
      await newcomer.getByLabel("Password").fill("a-good-long-password");
      await newcomer.getByRole("button", { name: "Sign in" }).click();
    };
    await signInAs();
    await expect(newcomer.getByRole("banner")).toContainText("Rita Reporter (Fact-checker)");

    // Deactivation ends the session at once and refuses new sign-ins.
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByLabel("Active").uncheck();
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByText("Deactivated")).toBeVisible();
    await newcomer.goto("/claims");
    await expect(newcomer).toHaveURL(/\/login/);
    await signInAs();
    await expect(newcomer.getByText("Wrong email or password, or the account is deactivated.")).toBeVisible();
    await newcomer.close();
  });

  test("an admin cannot lock themselves out", async ({ page }) => {
    await page.goto("/admin/users");
    const row = page.getByRole("row").filter({ hasText: "admin@claimdesk.test" });
    await row.getByLabel(/Role of/).selectOption("viewer");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByText("You cannot remove your own admin role")).toBeVisible();
  });

  test("a non-admin is refused the users page", async ({ browser }) => {
    const editor = await browser.newPage();
    await editor.goto("/login");
    await editor.getByLabel("Email").fill("editor@claimdesk.test");
    await editor.getByLabel("Password").fill(process.env.DEMO_PASSWORD ?? "e2e-demo-password");
    await editor.getByRole("button", { name: "Sign in" }).click();
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    expect((await editor.goto("/admin/users"))!.status()).toBe(403);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Not available to your role");
    await expect(editor.getByText("You need the admin role to manage the desk's users.")).toBeVisible();
    await expect(editor.getByRole("table")).toHaveCount(0);
    await editor.close();
  });

  test("the auth library's own change-password endpoint applies the same password rules", async ({ browser }) => {
    const viewer = await pageAs(browser, "viewer");
    const origin = new URL(viewer.url()).origin;
    for (const [newPassword, message] of [
      ["qwerty123456", "This password is on a list of the most common passwords. Choose another."],
      ["short-one", "Password must be at least 12 characters."],
    ]) {
      const response = await viewer.request.post("/api/auth/change-password", { data: { currentPassword: PASSWORD, newPassword }, headers: { Origin: origin } });
      expect(response.status(), newPassword).toBe(400);
      expect((await response.json()).message).toBe(message);
    }
    // Nothing changed: the old password still signs in.
    const again = await viewer.request.post("/api/auth/sign-in/email", { data: { email: emailOf("viewer"), password: PASSWORD }, headers: { Origin: origin } });
    expect(again.status()).toBe(200);
    await viewer.context().close();
  });
});
