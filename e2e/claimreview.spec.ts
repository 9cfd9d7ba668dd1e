import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { test, expect, createArticle, createClaim, pageAs, publishClaim, unique } from "./fixtures";

const ORG = { name: "Claimdesk E2E Fact Check", url: "https://factcheck.example.org" };

interface ClaimReviewRecord {
  "@type": string;
  url: string;
  claimReviewed: string;
  datePublished?: string;
  author?: { "@type": string; name: string; url?: string };
  reviewRating: { "@type": string; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  itemReviewed: { "@type": string; datePublished?: string; author?: { "@type": string; name: string; jobTitle?: string; description?: string } };
}
interface ClaimReviewExport {
  "@context": string;
  "@graph": ClaimReviewRecord[];
  skipped: { claimId: number; statement: string; reasons: string[] }[];
  warnings: { claimId: number; warnings: string[] }[];
}

async function exportClaimReviews(request: APIRequestContext, query = "") {
  const response = await request.get(`/api/v1/reports/verified?format=claimreview${query}`);
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/ld+json");
  const body = (await response.json()) as ClaimReviewExport;
  expect(response.headers()["x-claimdesk-skipped"]).toBe(String(body.skipped.length));
  return body;
}

/** Saves the public fact-check pages setting through the publishing page, as an admin. */
async function setPublishing(browser: Browser, on: boolean) {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/settings/publishing");
  const form = admin.getByRole("form", { name: "Public fact-check pages" });
  await form.getByLabel("Publish fact-check pages").setChecked(on);
  await form.getByRole("button", { name: "Save publishing" }).click();
  await expect(form.getByRole("status")).toContainText(on ? "Fact-check pages are public." : "Fact-check pages are not published.");
  await admin.context().close();
}

/** A page in a browser context with no session, as the public sees the site. */
async function publicPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test.describe("ClaimReview markup and public fact-check pages", () => {
  // Tests share one server: every worker sets the same organisation, and nobody unsets it.
  test.beforeAll(async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    await admin.goto("/settings/publishing");
    const form = admin.getByRole("form", { name: "Organisation" });
    await form.getByLabel("Organisation name").fill(ORG.name);
    await form.getByLabel("Organisation web address").fill(ORG.url);
    await form.getByRole("button", { name: "Save organisation" }).click();
    await expect(form.getByRole("status")).toBeVisible();
    await admin.context().close();
  });

  test.describe("as a viewer", () => {
    test.use({ role: "viewer" });

    test("the seed's published verdicts export with the required and recommended fields", async ({ page }) => {
      const body = await exportClaimReviews(page.request);
      expect(body["@context"]).toBe("https://schema.org");
      expect(Array.isArray(body.skipped)).toBe(true);
      const find = (text: string) => body["@graph"].find((record) => record.claimReviewed.includes(text));

      for (const record of body["@graph"]) {
        expect(record["@type"]).toBe("ClaimReview");
        expect(record.claimReviewed).not.toBe("");
        expect(record.reviewRating.alternateName).not.toBe("");
        expect(record.url).toMatch(/^https?:\/\/[^/]+\/f\/\d+-[a-z0-9-]+$/);
        expect(record.author).toEqual({ "@type": "Organization", name: ORG.name, url: ORG.url });
        expect(record.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }

      const trucks = find("counted at least 17 trucks");
      expect(trucks?.reviewRating).toEqual({ "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "True" });
      expect(trucks?.itemReviewed).toMatchObject({
        "@type": "Claim",
        datePublished: "2019-02-20",
        author: { "@type": "Organization", name: "Associated Press", description: "news agency" },
      });
      const bali = find("confirmed the trucks were carrying civilians");
      expect(bali?.itemReviewed.author).toEqual({ "@type": "Person", name: "Mustafa Bali", jobTitle: "spokesman for the Syrian Democratic Forces" });
      const fighters = find("Around 300 fighters");
      expect(fighters?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });

      // The seed article has no web address: exported, with the missing recommended field named.
      const trucksId = Number(/\/f\/(\d+)-/.exec(trucks!.url)![1]);
      const trucksWarnings = body.warnings.find((entry) => entry.claimId === trucksId)?.warnings ?? [];
      expect(trucksWarnings.join(" ")).toContain("itemReviewed.appearance");
    });

    test("the export takes the report's filters, and unknown formats are refused", async ({ page, browser }) => {
      const checker = await pageAs(browser, "checker");
      const article = await createArticle(checker.request);
      const statement = unique("Officials said the storm destroyed at least 240 homes");
      const claim = await createClaim(checker.request, { articleId: article.id, statement });
      await checker.context().close();
      await publishClaim(browser, claim.id, "False");

      const body = await exportClaimReviews(page.request, `&article=${article.id}`);
      expect(body["@graph"]).toHaveLength(1);
      expect(body["@graph"][0]).toMatchObject({ claimReviewed: statement, reviewRating: { alternateName: "False" } });
      expect(body.skipped).toEqual([]);

      const bad = await page.request.get("/api/v1/reports/verified?format=xml");
      expect(bad.status()).toBe(422);
      expect((await bad.json()).error.fields.format[0]).toContain("claimreview");
    });
  });

  test("a fact-check page is public only while publishing is on, and its JSON-LD cannot close the script tag", async ({ browser }) => {
    await setPublishing(browser, false);
    const checker = await pageAs(browser, "checker");
    const article = await createArticle(checker.request);
    const statement = `The mayor wrote "</script><script>window.__pwned = 1</script>" ${unique("on 300 signs")}`;
    const claim = await createClaim(checker.request, { articleId: article.id, statement });
    await checker.context().close();
    await publishClaim(browser, claim.id, "True", "The **signs** were counted on site.");

    const viewer = await pageAs(browser, "viewer");
    const [record] = (await exportClaimReviews(viewer.request, `&article=${article.id}`))["@graph"];
    await viewer.context().close();
    const path = new URL(record.url).pathname;
    expect(path).toMatch(new RegExp(`^/f/${claim.id}-the-mayor-wrote-script-script-window-pwned-1-script`));

    const visitor = await publicPage(browser);
    const policyViolations: string[] = [];
    visitor.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    expect((await visitor.goto(path))?.status()).toBe(404);

    await setPublishing(browser, true);
    const response = await visitor.goto(path);
    expect(response?.status()).toBe(200);
    expect(visitor.url()).not.toContain("/login");
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(statement);
    await expect(visitor.getByRole("heading", { name: /^Verdict:/ })).toContainText("True");
    await expect(visitor.locator(".markdown strong")).toHaveText("signs");
    await expect(visitor.getByRole("link", { name: "Official bulletin" })).toHaveAttribute("href", "https://example.org/source");
    await expect(visitor.getByRole("link", { name: ORG.name })).toHaveAttribute("href", ORG.url);
    await expect(visitor.getByRole("button")).toHaveCount(0);
    expect(await visitor.content()).not.toContain("@claimdesk.test");

    const scripts = visitor.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const markup = JSON.parse((await scripts.textContent()) ?? "");
    expect(markup).toMatchObject({ "@type": "ClaimReview", claimReviewed: statement, url: record.url, author: { name: ORG.name } });
    expect(await visitor.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // The id alone (or an old wording) leads to the page's current address.
    await visitor.goto(`/f/${claim.id}`);
    await expect(visitor).toHaveURL(new RegExp(`${path}$`));
    expect((await visitor.goto(`/f/${claim.id + 100000}`))?.status()).toBe(404);
    expect(policyViolations, "the public page runs under the Content-Security-Policy").toEqual([]);
    await visitor.context().close();
  });

  test("only admins reach the publishing settings", async ({ browser }) => {
    const editor = await pageAs(browser, "editor");
    expect((await editor.goto("/settings/publishing"))!.status()).toBe(403);
    await expect(editor.getByText("You need the admin role to change how verdicts are published.")).toBeVisible();
    await editor.context().close();

    const admin = await pageAs(browser, "admin");
    await admin.goto("/settings/publishing");
    const form = admin.getByRole("form", { name: "Organisation" });
    await form.getByLabel("Organisation name").fill(" ");
    await form.getByLabel("Organisation web address").fill("ftp://example.org");
    await form.getByRole("button", { name: "Save organisation" }).click();
    await expect(form.getByText("Organisation name is required.")).toBeVisible();
    await expect(form.getByLabel("Organisation web address")).toHaveAccessibleDescription(/must be a web address/);
    await expect(form.getByLabel("Organisation web address")).toHaveValue("ftp://example.org");
    await admin.goto("/activity?kind=settings");
    await expect(admin.getByText(/the organisation's name/).first()).toBeVisible();
    await admin.context().close();
  });
});
