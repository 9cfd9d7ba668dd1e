import { test, expect } from "./fixtures";

test.describe("speakers", () => {
  test.use({ role: "editor" });

  test("a speaker page shows who said what with statuses, and an editor can edit it", async ({ page }) => {
    await page.goto("/speakers");
    await page.getByRole("link", { name: "Mustafa Bali" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mustafa Bali");
    await expect(page.getByText("spokesman for the Syrian Democratic Forces").first()).toBeVisible();
    const said = page.getByRole("region", { name: /What they said/ });
    // Lists show a claim's statement shortened, the whole statement as the link's title.
    await expect(said.getByRole("row").filter({ has: page.getByTitle(/confirmed the trucks were carrying civilians/) })).toContainText("Published");
    const form = page.getByRole("form", { name: "Edit speaker" });
    await form.getByLabel("Name").fill("Zana Amedi");
    await form.getByRole("button", { name: "Save speaker" }).click();
    await expect(form.getByRole("alert")).toHaveText("Another speaker of this kind already has this name.");
    await expect(form.getByLabel("Name")).toHaveValue("Zana Amedi");
  });
});
