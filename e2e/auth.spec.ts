import { test, expect, PASSWORD, emailOf, type Role } from "./fixtures";

const ROLE_LABEL: Record<Role, string> = { admin: "Admin", editor: "Editor", checker: "Fact-checker", viewer: "Viewer" };

test.describe("sign-in", () => {
  for (const role of ["admin", "editor", "checker", "viewer"] as const) {
    test(`signs in as ${role} through the form and out again`, async ({ page }) => {
      await page.goto("/claims");
      await expect(page).toHaveURL(/\/login\?next=%2Fclaims/);
      await page.getByLabel("Email").fill(emailOf(role));
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/claims$/);
      await expect(page.getByRole("banner")).toContainText(`(${ROLE_LABEL[role]})`);
      await expect(page.getByRole("link", { name: "Users" })).toHaveCount(role === "admin" ? 1 : 0);
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto("/");
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("a wrong password is refused with a message and keeps the email", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(emailOf("editor"));
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(emailOf("editor"));
    await expect(page).toHaveURL(/\/login/);
  });

  test("a malformed email is pointed out next to the field", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("whatever");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  });

  test("the API answers 401 in its error shape when signed out", async ({ request }) => {
    const response = await request.get("/api/v1/claims");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthenticated");
  });

  test("health answers ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
