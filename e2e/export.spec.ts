import fs from "node:fs";
import { test, expect, createArticle, signIn, unique, publishClaim } from "./fixtures";

test.describe("exports", () => {
  test.use({ role: "editor" });

  test("a CSV cell starting with = comes out neutralised, and filters apply", async ({ page, browser }) => {
    const article = await createArticle(page.request, { title: unique("=HYPERLINK(\"http://evil.example\",\"click\")") });
    const statement = `=1+2 ${unique("formula")}`;
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement } })).json();
    await publishClaim(browser, claim.id, "True", "+cmd|' /C calc'!A0");

    await page.goto(`/reports?article=${article.id}`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const csv = fs.readFileSync(await (await download).path(), "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines).toHaveLength(2); // header and the one claim of this article
    expect(lines[1]).toContain(`'${statement}`);
    expect(lines[1]).toContain(`'+cmd|' /C calc'!A0`);
    expect(lines[1]).toContain(`'=HYPERLINK(`);
    expect(lines[1]).not.toMatch(/,=|,\+|,"=|,"\+/);

    const json = await (await page.request.get(`/api/v1/reports/verified?format=json&article=${article.id}`)).json();
    expect(json.claims).toHaveLength(1);
    expect(json.claims[0].statement).toBe(statement); // JSON keeps the text as written
  });

  test("the JSON and ClaimReview downloads hold the claim with its lists, one valid document each", async ({ page, browser }) => {
    const article = await createArticle(page.request);
    const statement = unique("At least 40 trucks left the town");
    const { claim } = await (await page.request.post("/api/v1/claims", { data: { articleId: article.id, statement } })).json();
    await publishClaim(browser, claim.id, "Mostly false");

    await page.goto(`/reports?article=${article.id}`);
    const downloaded = async (name: string) => {
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name }).click();
      return JSON.parse(fs.readFileSync(await (await download).path(), "utf8"));
    };
    const json = await downloaded("Download JSON");
    expect(json.claims).toHaveLength(1);
    expect(json.claims[0]).toMatchObject({ claim_id: claim.id, statement, rating: "Mostly false", corrections: [] });
    expect(json.claims[0].evidence).toEqual([expect.objectContaining({ kind: "url", stance: expect.any(String), snapshots: expect.any(Array) })]);

    const jsonLd = await downloaded("Download ClaimReview");
    expect(jsonLd["@context"]).toBe("https://schema.org");
    // Each claim is either a record or listed as skipped (the desk may have no organisation name).
    const records = jsonLd["@graph"].filter((r: { claimReviewed: string }) => r.claimReviewed === statement);
    const skipped = jsonLd.skipped.filter((s: { claimId: number }) => s.claimId === claim.id);
    expect(records.length + skipped.length).toBe(1);
  });

  test("bad report filters get a clear message", async ({ page }) => {
    const response = await page.request.get("/api/v1/reports/verified?format=xls");
    expect(response.status()).toBe(422);
    expect((await response.json()).error.message).toContain("format must be csv or json");
    const dates = await page.request.get("/api/v1/reports/verified?format=csv&from=2026-02-30");
    expect((await dates.json()).error.fields.from[0]).toContain("not a real date");
    await page.goto("/reports?from=2026-05-01&to=2026-01-01");
    await expect(page.getByRole("alert").filter({ hasText: "The from date must not be after the to date." })).toBeVisible();
  });

  test("the report shows published verdicts only", async ({ browser }) => {
    const checker = await browser.newPage();
    await checker.goto("/login");
    await signIn(checker, "checker");
    const article = await createArticle(checker.request);
    await checker.request.post("/api/v1/claims", { data: { articleId: article.id, statement: unique("Undecided") } });
    await checker.goto(`/reports?article=${article.id}`);
    await expect(checker.getByText("No verdict has been published in this selection yet.")).toBeVisible();
    await checker.close();
  });
});
