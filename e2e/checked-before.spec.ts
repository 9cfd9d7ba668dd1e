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

  test("a suggestion repeating a published claim is accepted as the same claim from the review panel, and the verdict covers it", async ({ page, browser }) => {
    const tag = `Qs${Date.now().toString(36)}`;
    const article = async (outlet: string, sentence: string) => {
      const response = await page.request.post("/api/v1/articles", {
        data: { title: `${tag} ${outlet}`, outlet, url: `https://${outlet.toLowerCase().replace(/\s+/g, "")}.example/${tag}`, body: sentence },
      });
      expect(response.status()).toBe(201);
      return (await response.json()).article as { id: number; url: string };
    };
    const sentence = `Officials said at least 240 homes in the ${tag} coastal district were destroyed by the storm on Monday.`;
    const a = await article("Coast Gazette", sentence);
    const checked = await createClaim(page.request, { articleId: a.id, statement: sentence, unit: "home", qualifier: "at_least", value: 240, low: 240 });
    await publishClaim(browser, checked.id, "Mostly false");

    const b = await article("Harbour Post", `Residents were told on Tuesday. ${sentence}`);
    await page.goto(`/articles/${b.id}`);
    const suggestion = page.getByRole("region", { name: /Suggested claims/ }).getByRole("listitem").filter({ hasText: "240" }).first();
    await expect(suggestion).toContainText(/Already checked: Mostly false, \d{1,2} \w{3} \d{4}/);
    await suggestion.getByRole("button", { name: "Accept as the same claim" }).click();

    await expect(page).toHaveURL(/\/claims\/\d+$/);
    const repeatId = Number(new URL(page.url()).pathname.split("/").pop());
    expect(repeatId).not.toBe(checked.id);
    const panel = page.getByRole("region", { name: "Checked before?" });
    await expect(panel.getByRole("group", { name: "Covered by" })).toContainText(`The verdict on claim #${checked.id} covers this claim: Mostly false`);
    const appearances = panel.getByRole("group", { name: /Appearances \(2\)/ });
    await expect(appearances.getByRole("link", { name: `claim #${checked.id}` })).toBeVisible();
    await expect(appearances).toContainText("Harbour Post");
    await expect(appearances).toContainText("Coast Gazette");
    await expect(page.getByRole("region", { name: "History" })).toContainText(`linked the claim to claim #${checked.id}`);
    await page.screenshot({ path: "/tmp/accepted-as-same.png", fullPage: true });

    // The suggestion is decided: the panel no longer offers it.
    await page.goto(`/articles/${b.id}`);
    await expect(page.getByRole("button", { name: "Accept as the same claim" })).toHaveCount(0);
  });

  test("the matches API: list with tiers and scores, link and unlink with a write token, refusals in the error shape", async ({ page, request }) => {
    const tag = `Qa${Date.now().toString(36)}`;
    const sentence = `Monitors said about 3,000 civilians left the ${tag} enclave by truck on Thursday before the crossing closed.`;
    const figure = { unit: "civilian", qualifier: "approximately", value: 3000, low: 3000, high: 3000 };
    const checked = await createClaim(page.request, { statement: sentence, ...figure });
    const repeat = await createClaim(page.request, { statement: `About 3,000 civilians left the ${tag} enclave by truck on Thursday before the crossing closed, monitors said.`, ...figure });
    const token = async (scope: "read" | "write") => {
      const response = await page.request.post("/api/v1/tokens", { data: { name: `${tag} ${scope}`, scope } });
      expect(response.status()).toBe(201);
      return { Authorization: `Bearer ${(await response.json()).token.token}` };
    };
    const [read, write] = [await token("read"), await token("write")];

    const listed = await request.get(`/api/v1/claims/${repeat.id}/matches`, { headers: read });
    expect(listed.status()).toBe(200);
    const body = await listed.json();
    expect(body.group).toMatchObject({ root: { id: repeat.id }, appearances: [] });
    expect(body.matches[0]).toMatchObject({ id: checked.id, tier: "same_claim", statement: sentence });
    expect(body.matches[0].score).toBeGreaterThan(0.5);

    const refused = await request.post(`/api/v1/claims/${repeat.id}/matches`, { headers: read, data: { targetId: checked.id } });
    expect(refused.status()).toBe(403);
    const invalid = await request.post(`/api/v1/claims/${repeat.id}/matches`, { headers: write, data: { targetId: "x" } });
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).error.fields.targetId).toBeDefined();
    expect((await request.post(`/api/v1/claims/${repeat.id}/matches`, { headers: write, data: { targetId: 999_999 } })).status()).toBe(404);

    const linked = await request.post(`/api/v1/claims/${repeat.id}/matches`, { headers: write, data: { targetId: checked.id } });
    expect(linked.status()).toBe(201);
    expect(await linked.json()).toEqual({ link: { claimId: repeat.id, sameAsId: checked.id } });
    const again = await request.post(`/api/v1/claims/${repeat.id}/matches`, { headers: write, data: { targetId: checked.id } });
    expect(again.status()).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "conflict", message: "The claims are already linked." });
    const group = (await (await request.get(`/api/v1/claims/${checked.id}/matches`, { headers: read })).json()).group;
    expect(group.appearances.map((a: { id: number }) => a.id)).toEqual([repeat.id]);

    const unlinked = await request.delete(`/api/v1/claims/${repeat.id}/matches?reason=${encodeURIComponent("Another day's count")}`, { headers: write });
    expect(unlinked.status()).toBe(200);
    expect(await unlinked.json()).toEqual({ unlinked: { claimId: repeat.id } });
    expect((await request.delete(`/api/v1/claims/${repeat.id}/matches`, { headers: write })).status()).toBe(409);
    await page.goto(`/claims/${repeat.id}`);
    await expect(page.getByRole("region", { name: "History" })).toContainText(`unlinked the claim from claim #${checked.id}`);
    await expect(page.getByRole("region", { name: "History" })).toContainText("Another day's count");

    const document = await (await request.get("/api/v1/openapi.json", { headers: read })).json();
    expect(Object.keys(document.paths["/api/v1/claims/{id}/matches"]).sort()).toEqual(["delete", "get", "post"]);
  });
});
