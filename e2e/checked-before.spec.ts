import type { Browser } from "@playwright/test";
import { test, expect, createClaim, pageAs, publishClaim } from "./fixtures";

// The same organisation the ClaimReview spec sets: tests share one server.
const ORG = { name: "Claimdesk E2E Fact Check", url: "https://factcheck.example.org" };

async function setOrganisation(browser: Browser) {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/settings/publishing");
  const form = admin.getByRole("form", { name: "Organisation" });
  await form.getByLabel("Organisation name").fill(ORG.name);
  await form.getByLabel("Organisation web address").fill(ORG.url);
  await form.getByRole("button", { name: "Save organisation" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  await admin.context().close();
}

test.describe("checked before?", () => {
  test.use({ role: "checker" });

  test("a repeated claim is offered as the same claim, linked in one click, covered by the verdict, exported with every appearance, and flagged in the review panel", async ({ page, browser }) => {
    await setOrganisation(browser);
    const tag = `Qx${Date.now().toString(36)}`;
    const article = async (outlet: string, sentence: string) => {
      const response = await page.request.post("/api/v1/articles", {
        data: { title: `${tag} ${outlet}`, outlet, url: `https://${outlet.toLowerCase().replace(/\s+/g, "")}.example/${tag}`, body: sentence },
      });
      expect(response.status()).toBe(201);
      return (await response.json()).article as { id: number; url: string };
    };
    const first = `The ${tag} food bank's former director embezzled more than $1.2 million over six years, prosecutors said.`;
    const again = `Prosecutors said the ${tag} food bank's former director stole over $1.2 million across six years.`;
    const a = await article("Lakeside Courier", first);
    const b = await article("Valley Wire", again);
    const figure = { unit: "dollar", qualifier: "more_than", value: 1200000, low: 1200000 };
    const checked = await createClaim(page.request, { articleId: a.id, statement: first, ...figure });
    await publishClaim(browser, checked.id, "Mostly false");
    const repeat = await createClaim(page.request, { articleId: b.id, statement: again, ...figure });

    await page.goto(`/claims/${repeat.id}`);
    const panel = page.getByRole("region", { name: "Checked before?" });
    const match = panel.getByRole("listitem", { name: `Same claim: claim #${checked.id}` });
    await expect(match).toContainText("Already checked: Mostly false");
    await match.getByRole("button", { name: `Same claim: link to claim #${checked.id}` }).click();
    await expect(panel.getByRole("group", { name: "Covered by" })).toContainText(`The verdict on claim #${checked.id} covers this claim: Mostly false`);
    await expect(page.getByRole("region", { name: "History" })).toContainText(`linked the claim to claim #${checked.id}`);

    await page.goto(`/claims/${checked.id}`);
    const appearances = page.getByRole("group", { name: /Appearances \(2\)/ });
    await expect(appearances.getByRole("link", { name: `claim #${repeat.id}` })).toBeVisible();

    const exported = await (await page.request.get("/api/v1/reports/verified?format=claimreview")).json();
    const record = exported["@graph"].find((r: { claimReviewed: string }) => r.claimReviewed === first);
    expect(record.itemReviewed.appearance.map((w: { url: string }) => w.url)).toEqual([a.url, b.url]);

    // A third outlet repeats the claim: its suggestion says it was checked already.
    const c = await article("Hill Times", `A judge heard that the ${tag} food bank's former director embezzled more than $1.2 million over six years, prosecutors said.`);
    await page.goto(`/articles/${c.id}`);
    const suggestion = page.getByRole("region", { name: /Suggested claims/ }).getByRole("listitem").filter({ hasText: "1.2 million" }).first();
    await expect(suggestion).toContainText(/Already checked: Mostly false, \d{1,2} \w{3} \d{4}/);
    await page.screenshot({ path: "/tmp/already-checked.png", fullPage: true });

    // Unlinking is recorded, and the claim needs its own verdict again.
    await page.goto(`/claims/${repeat.id}`);
    await page.getByRole("button", { name: "Unlink" }).click();
    await expect(page.getByRole("region", { name: "History" })).toContainText(`unlinked the claim from claim #${checked.id}`);
  });
});
