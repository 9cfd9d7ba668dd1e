import type { Page } from "@playwright/test";
import { test, expect, unique } from "./fixtures";

/** A rating's row in the scale, found by its badge (the row header), so "True" does not match "Mostly true". */
const ratingRow = (page: Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

test.describe("settings: the rating scale and two-person review", () => {
  test.use({ role: "admin" });

  test("an admin adds a rating, edits, retires, restores and deletes it", async ({ page }) => {
    const name = unique("Half true");
    const renamed = `${name} (edited)`;
    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Add a rating" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Order").fill("7");
    await form.getByLabel("Colour").fill("#E0D4F5");
    await form.getByLabel("ClaimReview value").selectOption("3");
    await form.getByLabel("Description").fill("Partly accurate, partly not.");
    await form.getByRole("button", { name: "Add rating" }).click();
    await expect(form.getByRole("status")).toContainText(`Added “${name}” to the rating scale.`);
    await expect(form.getByLabel("Name")).toHaveValue("");

    let row = ratingRow(page, name);
    await expect(row).toContainText("Partly accurate, partly not.");
    await expect(row.getByRole("cell").nth(1)).toHaveText("3");

    await row.locator("summary").click();
    const editor = page.getByRole("form", { name: `Edit ${name}` });
    await expect(editor.getByLabel("Colour")).toHaveValue("#e0d4f5");
    await editor.getByLabel("Name").fill(renamed);
    await editor.getByLabel("ClaimReview value").selectOption("");
    await editor.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(`Saved “${renamed}”.`)).toBeVisible();
    row = ratingRow(page, renamed);
    await expect(row.getByRole("cell").nth(1)).toHaveText("none");

    await row.getByRole("button", { name: "Retire" }).click();
    await expect(row.getByText("Retired", { exact: true })).toBeVisible();
    await expect(row.getByText(/no longer offered for new verdicts/)).toBeVisible();
    await row.getByRole("button", { name: "Restore" }).click();
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: "Retire" })).toBeVisible();

    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: "Delete" }).click();
    await expect(row).toHaveCount(0);

    await page.goto("/activity?kind=rating");
    const feed = page.getByRole("region", { name: "Changes" });
    await expect(feed.getByRole("listitem").filter({ hasText: /removed the rating/ }).filter({ hasText: renamed })).toHaveCount(1);
    await expect(feed.getByRole("listitem").filter({ hasText: /added the rating/ }).filter({ hasText: name }).first()).toBeVisible();
  });

  test("a rating used by claims cannot be deleted", async ({ page }) => {
    await page.goto("/settings");
    const row = ratingRow(page, "True");
    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: "Delete" }).click();
    await expect(row.getByRole("alert")).toHaveText(/^“True” is used by \d+ claims?; retire it instead\.$/);
    await page.reload();
    await expect(ratingRow(page, "True")).toHaveCount(1);
  });

  test("bad input shows messages next to the fields and keeps what was typed", async ({ page }) => {
    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Add a rating" });
    await form.getByLabel("Name").fill("");
    await form.getByLabel("Colour").fill("red");
    await form.getByLabel("Description").fill("Kept after the error.");
    await form.getByRole("button", { name: "Add rating" }).click();
    await expect(form.getByText("Name is required.")).toBeVisible();
    await expect(form.getByText("Colour must be a hex colour like #bfe6c9.")).toBeVisible();
    await expect(form.getByLabel("Colour")).toHaveAccessibleDescription(/Colour must be a hex colour like #bfe6c9\./);
    await expect(form.getByLabel("Colour")).toHaveValue("red");
    await expect(form.getByLabel("Colour")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Description")).toHaveValue("Kept after the error.");

    await form.getByLabel("Name").fill("True");
    await form.getByLabel("Colour").fill("#dddddd");
    await form.getByRole("button", { name: "Add rating" }).click();
    await expect(form.getByLabel("Name")).toHaveAccessibleDescription("A rating called “True” already exists.");
    await expect(form.getByLabel("Name")).toHaveValue("True");
    await expect(form.getByLabel("Colour")).toHaveValue("#dddddd");
  });

  test("turning two-person review off and on is recorded in the activity feed", async ({ page }) => {
    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Two-person review" });
    const rule = form.getByLabel("A verdict must be approved by an editor who did not propose it");
    await expect(rule).toBeChecked();
    // Off only for a moment: other specs running alongside rely on the rule being on.
    await rule.uncheck();
    await form.getByRole("button", { name: "Save review rule" }).click();
    await expect(form.getByRole("status")).toContainText("Two-person review is off. The change is recorded in the activity history.");
    await expect(rule).not.toBeChecked();
    await rule.check();
    await form.getByRole("button", { name: "Save review rule" }).click();
    await expect(form.getByRole("status")).toContainText("Two-person review is on.");
    await expect(rule).toBeChecked();

    await page.goto("/activity?kind=settings");
    const items = page.getByRole("region", { name: "Changes" }).getByRole("listitem").filter({ hasText: "Ada Admin" });
    await expect(items.filter({ hasText: "turned the two-person rule off" })).not.toHaveCount(0);
    await expect(items.filter({ hasText: "turned the two-person rule on" }).first()).toBeVisible();
  });
});

test.describe("settings for other roles", () => {
  test.use({ role: "editor" });

  test("a non-admin is told the settings need the admin role", async ({ page }) => {
    expect((await page.goto("/settings"))!.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not available to your role");
    await expect(page.getByText("You need the admin role to change the rating scale and the two-person rule.")).toBeVisible();
    await expect(page.getByRole("form")).toHaveCount(0);
  });
});
