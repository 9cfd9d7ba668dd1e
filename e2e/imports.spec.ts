import { test, expect, createArticle, createClaim, pageAs, publishClaim, unique } from "./fixtures";

const SEED_STATEMENT =
  "Nearly 20,000 civilians had left the shrinking area in recent weeks before the evacuation halted last week when the extremists closed all the roads out of the tiny area.";

const csvFile = (text: string, name = "claims.csv") => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

/** Posts to an import route (202 with a background job) and follows the job to its end. */
async function importJob(request: import("@playwright/test").APIRequestContext, url: string, multipart: Record<string, unknown>) {
  const started = await request.post(url, { multipart: multipart as never });
  expect(started.status()).toBe(202);
  const { job } = await started.json();
  expect(started.headers()["location"]).toBe(`/imports/jobs/${job.id}`);
  for (let i = 0; i < 150; i++) {
    const current = (await (await request.get(`/imports/jobs/${job.id}`)).json()).job;
    if (current.status === "succeeded" || current.status === "failed") return current;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${job.id} did not end`);
}

async function claimsMatching(request: import("@playwright/test").APIRequestContext, q: string): Promise<{ id: number; statement: string }[]> {
  return (await (await request.get(`/api/v1/claims?q=${encodeURIComponent(q)}`)).json()).claims;
}

test.describe("imports", () => {
  test.use({ role: "checker" });

  test("a CSV with a bad row shows that row's error and imports nothing", async ({ page }) => {
    const tag = unique("badcsv");
    const text = [
      "statement,speaker,qualifier,value",
      `First claim ${tag},Maria Lopez,at_least,240`,
      `,Nobody,,`,
      `Third claim ${tag},,,12`,
    ].join("\n");
    await page.goto("/imports");
    const section = page.getByRole("region", { name: "Claims from a CSV file" });
    await section.getByLabel("CSV file").setInputFiles(csvFile(text));
    await section.getByRole("button", { name: "Preview" }).click();
    const errors = section.getByRole("table", { name: "Row errors" });
    await expect(errors.getByRole("row", { name: /3 statement Statement is required\./ })).toBeVisible();
    await expect(errors.getByRole("row", { name: /4 qualifier Say how the figure is qualified/ })).toBeVisible();
    await expect(section.getByRole("button", { name: /^Import/ })).toHaveCount(0);

    // The server refuses the import itself too, not only the page.
    const forced = await importJob(page.request, "/imports/claims-csv", { intent: "import", file: csvFile(text) });
    expect(forced.result.ok).toBe(false);
    expect(forced.result.errors).toContainEqual({ row: 3, column: "statement", message: "Statement is required." });
    expect(await claimsMatching(page.request, tag)).toHaveLength(0);
  });

  test("a good CSV imports its claims once; importing it again adds nothing", async ({ page }) => {
    const tag = unique("goodcsv");
    const article = await createArticle(page.request, { title: unique("CSV target") });
    const text = [
      "statement,speaker,speaker_kind,attribution,qualifier,value,low,high,unit,as_of,article_title",
      `At least 240 homes were destroyed ${tag},Maria Lopez ${tag},person,paraphrase,at_least,240,,,homes,2024-03-01,${article.title}`,
      `Between 10 and 20 roads closed ${tag},Roads Agency ${tag},organization,according_to,range,,10,20,roads,,`,
      `'=Formula-looking claim ${tag},,,,,,,,,,`,
    ].join("\r\n");
    await page.goto("/imports");
    const section = page.getByRole("region", { name: "Claims from a CSV file" });
    await section.getByLabel("CSV file").setInputFiles(csvFile(text));
    await section.getByRole("button", { name: "Preview" }).click();
    await expect(section.getByRole("status")).toContainText("3 rows: 3 new, 0 already imported");
    const rows = section.getByRole("table", { name: "Rows to import" });
    await expect(rows.getByRole("row", { name: new RegExp(`At least 240 homes.*${article.title}.*new`) })).toBeVisible();
    await expect(rows).toContainText(`=Formula-looking claim ${tag}`);

    await section.getByRole("button", { name: "Import 3 claims" }).click();
    await expect(section.getByRole("status")).toHaveText("Imported: 3 new, 0 already imported.");
    const imported = await claimsMatching(page.request, tag);
    expect(imported.map((c) => c.statement).sort()).toEqual(
      [`=Formula-looking claim ${tag}`, `At least 240 homes were destroyed ${tag}`, `Between 10 and 20 roads closed ${tag}`].sort(),
    );
    const linked = imported.find((c) => c.statement.startsWith("At least 240"))!;
    const detail = (await (await page.request.get(`/api/v1/claims/${linked.id}`)).json()).claim;
    expect(detail.article.id).toBe(article.id);
    expect(detail.speaker.name).toBe(`Maria Lopez ${tag}`);

    // The same file again: the preview says so, and a forced import adds nothing.
    await section.getByLabel("CSV file").setInputFiles(csvFile(text));
    await section.getByRole("button", { name: "Preview" }).click();
    await expect(section.getByRole("status")).toContainText("0 new, 3 already imported");
    await expect(section.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    const again = await importJob(page.request, "/imports/claims-csv", { intent: "import", file: csvFile(text) });
    expect(again).toMatchObject({ status: "succeeded", result: { ok: true, created: 0, existing: 3 } });
    expect(await claimsMatching(page.request, tag)).toHaveLength(3);
  });

  test("a CSV exported from the report previews without errors", async ({ page, browser }) => {
    const tag = unique("roundtrip");
    const article = await createArticle(page.request, { title: unique("=Round trip") });
    const claim = await createClaim(page.request, {
      articleId: article.id,
      statement: `-3 degrees, nearly 1,500 people ${tag}`,
      newSpeakerName: `@Weather Office ${tag}`,
      newSpeakerKind: "organization",
      attribution: "according_to",
      qualifier: "nearly",
      value: 1500,
      unit: "people",
      asOf: "2024-02-01",
    });
    await publishClaim(browser, claim.id);
    const csv = await (await page.request.get("/api/v1/reports/verified?format=csv")).body();
    expect(csv.toString("utf8")).toContain(`'-3 degrees`);

    await page.goto("/imports");
    const section = page.getByRole("region", { name: "Claims from a CSV file" });
    await section.getByLabel("CSV file").setInputFiles({ name: "claimdesk-verified.csv", mimeType: "text/csv", buffer: csv });
    await section.getByRole("button", { name: "Preview" }).click();
    await expect(section.getByRole("status")).toContainText(/\d+ rows?: \d+ new, 0 already imported\.$/);
    await expect(section.getByRole("table", { name: "Row errors" })).toHaveCount(0);
    await expect(section.getByRole("table", { name: "Rows to import" }).getByRole("row", { name: new RegExp(`^\\d+ -3 degrees, nearly 1,500 people ${tag} @Weather Office`) })).toBeVisible();
  });

  test("pasted ClaimReview JSON-LD creates external fact-checks, linked to a matching claim", async ({ page }) => {
    const tag = unique("review").replace(/\s/g, "-");
    const reviews = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Organization", name: "Other Checks" },
        {
          "@type": "ClaimReview",
          url: `https://checks.example/${tag}/evacuation`,
          claimReviewed: "Nearly 20,000 civilians left the shrinking area in recent weeks before the evacuation halted last week when extremists closed all the roads out of the tiny area",
          reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 4 },
          author: { "@type": "Organization", name: "Other Checks" },
          datePublished: "2024-03-05",
        },
        {
          "@type": "ClaimReview",
          url: `https://checks.example/${tag}/moon`,
          claimReviewed: `The moon is made of green cheese ${tag}`,
          reviewRating: { alternateName: "False" },
        },
      ],
    };
    await page.goto("/imports");
    const section = page.getByRole("region", { name: "Fact-checks from other organisations" });
    await section.getByLabel("Or paste ClaimReview JSON-LD").fill(JSON.stringify(reviews, null, 2));
    await section.getByRole("button", { name: "Import fact-checks" }).click();
    await expect(section.getByRole("status")).toHaveText("2 fact-checks imported: 2 new, 0 updated; 1 linked to a claim.");

    const table = section.getByRole("table", { name: "External fact-checks" });
    const linkedRow = table.getByRole("row").filter({ has: page.locator(`a[href="https://checks.example/${tag}/evacuation"]`) });
    await expect(linkedRow).toContainText("Mostly true");
    await expect(linkedRow.getByRole("link", { name: SEED_STATEMENT })).toHaveAttribute("href", /\/claims\/\d+/);
    const unlinkedRow = table.getByRole("row").filter({ hasText: `green cheese ${tag}` });
    await expect(unlinkedRow).toContainText("Not linked");
    await expect(unlinkedRow).toContainText("checks.example");

    const claimId = Number((await linkedRow.getByRole("link", { name: SEED_STATEMENT }).getAttribute("href"))!.split("/").pop());
    const api = await (await page.request.get(`/api/v1/claims/${claimId}/external-fact-checks`)).json();
    expect(api.externalFactChecks).toContainEqual(expect.objectContaining({ url: `https://checks.example/${tag}/evacuation`, ratingName: "Mostly true", publisher: "Other Checks" }));
    const claimPage = await page.context().newPage();
    await claimPage.goto(`/claims/${claimId}`);
    const others = claimPage.getByRole("region", { name: /Other fact-checkers/ });
    await expect(others.getByRole("link", { name: "Other Checks" }).first()).toHaveAttribute("href", /checks\.example/);
    await claimPage.close();

    // The same urls again update, not duplicate; a review missing its rating is refused with its item number.
    await section.getByLabel("Or paste ClaimReview JSON-LD").fill(JSON.stringify(reviews));
    await section.getByRole("button", { name: "Import fact-checks" }).click();
    await expect(section.getByRole("status")).toHaveText("2 fact-checks imported: 0 new, 2 updated; 1 linked to a claim.");
    await expect(table.getByRole("row").filter({ hasText: `green cheese ${tag}` })).toHaveCount(1);
    await section.getByLabel("Or paste ClaimReview JSON-LD").fill(JSON.stringify([{ url: "https://checks.example/x", claimReviewed: "x" }]));
    await section.getByRole("button", { name: "Import fact-checks" }).click();
    await expect(section.getByRole("list", { name: "Fact-check errors" })).toContainText("Item 1: reviewRating is required.");
  });

  test("an HTML article file is imported as text without its script, and its claims are suggested", async ({ page }) => {
    const title = unique("Storm file");
    const html = `<!doctype html><html><head><title>${title}</title><script>document.title = "hacked"</script>
      <style>p { color: red }</style></head><body><h1>${title}</h1>
      <script>window.alert("injected")</script>
      <p>Officials said the storm destroyed <a href="https://example.org/x">at least 240 homes</a> in the coastal district on Monday.</p>
      <p>Maria Lopez, a spokeswoman for the regional fire service, said nearly 1,500 people had been moved to shelters.</p>
      </body></html>`;
    await page.goto("/imports");
    const section = page.getByRole("region", { name: "Article from a file" });
    await section.getByLabel("Article file").setInputFiles({ name: "storm.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await section.getByLabel("Outlet").fill("Test Wire");
    await section.getByLabel("Published date").fill("2024-03-04");
    await section.getByRole("button", { name: "Import article" }).click();
    await expect(page).toHaveURL(/\/articles\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("at least 240 homes").first()).toBeVisible();
    await expect(page.locator("body")).not.toContainText("injected");
    await expect(page.locator("body")).not.toContainText("color: red");
    await expect(page.getByRole("region", { name: /Suggested claims/ }).getByRole("heading")).toHaveText(/Suggested claims \([1-9]\d*\)/);
    await expect(page.locator("body")).not.toContainText("hacked");
  });

  test("an executable or binary file is refused as an article", async ({ page }) => {
    const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);
    await page.goto("/imports");
    const section = page.getByRole("region", { name: "Article from a file" });
    await section.getByLabel("Article file").setInputFiles({ name: "setup.exe", mimeType: "application/octet-stream", buffer: exe });
    await section.getByLabel("Outlet").fill("Test Wire");
    await section.getByRole("button", { name: "Import article" }).click();
    await expect(section.getByRole("alert")).toContainText("Only .txt, .md or .html files can be imported here.");
    await expect(page).toHaveURL(/\/imports$/);

    // The server judges names and bytes itself: an .exe, and binary bytes under a .txt name.
    const asExe = await page.request.post("/imports/article-file", {
      multipart: { outlet: "Test Wire", file: { name: "setup.exe", mimeType: "application/octet-stream", buffer: exe } },
    });
    expect(asExe.status()).toBe(422);
    expect((await asExe.json()).error.fields.file).toEqual(["Only .txt, .md or .html files can be imported as articles."]);
    const disguised = await page.request.post("/imports/article-file", {
      multipart: { outlet: "Test Wire", file: { name: "notes.txt", mimeType: "text/plain", buffer: exe } },
    });
    expect(disguised.status()).toBe(422);
    expect((await disguised.json()).error.message).toMatch(/not UTF-8 text/);
    await section.getByLabel("Article file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: exe });
    await section.getByRole("button", { name: "Import article" }).click();
    await expect(section.getByRole("alert")).toContainText("not UTF-8 text");
  });

  test("a large CSV imports as a background job: the page shows its progress, then the result", async ({ page, browser }) => {
    const tag = unique("bulk");
    const rows = 3000;
    const text = ["statement,speaker,speaker_kind,qualifier,value,unit",
      ...Array.from({ length: rows }, (_, i) => `Bulk claim ${i} ${tag} counts ${i} homes,Bulk Speaker ${i % 25} ${tag},person,at_least,${i},homes`)].join("\n");
    await page.goto("/imports");
    const section = page.getByRole("region", { name: "Claims from a CSV file" });
    await section.getByLabel("CSV file").setInputFiles(csvFile(text, "bulk.csv"));
    await section.getByRole("button", { name: "Preview" }).click();
    await expect(section.getByRole("status")).toContainText(`${rows} rows: ${rows} new, 0 already imported`);
    await section.getByRole("button", { name: `Import ${rows} claims` }).click();
    // While the job runs the form says so (a live status with a progress bar), and another person's requests are answered.
    await expect(section.getByRole("status")).toContainText(/Importing claims: (waiting to start|reading the file|[\d,]+ checked, saving|[\d,]+ of [\d,]+)…/);
    await expect(section.getByRole("progressbar", { name: "Importing claims" })).toBeVisible();
    await page.screenshot({ path: "/tmp/claimdesk-import-progress.png" });
    const other = await pageAs(browser, "viewer");
    expect((await other.request.get("/api/health")).status()).toBe(200);
    await other.context().close();
    await expect(section.getByRole("status")).toHaveText(`Imported: ${rows} new, 0 already imported.`, { timeout: 60_000 });
    await expect(section.getByRole("progressbar")).toHaveCount(0);
    await page.screenshot({ path: "/tmp/claimdesk-import-done.png" });
    expect(await claimsMatching(page.request, `Bulk claim ${rows - 1} ${tag}`)).toHaveLength(1);
  });

  test("another person cannot follow someone else's job", async ({ page, browser }) => {
    const job = await importJob(page.request, "/imports/claims-csv", { intent: "preview", file: csvFile(`statement\nOnly mine ${unique("job")}`) });
    expect(job).toMatchObject({ status: "succeeded", result: { total: 1, newCount: 1 } });
    expect(job).not.toHaveProperty("input");
    const editor = await pageAs(browser, "editor");
    expect((await editor.request.get(`/imports/jobs/${job.id}`)).status()).toBe(404);
    await editor.context().close();
  });
});
