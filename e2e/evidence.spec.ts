import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, createArticle, createClaim, signIn, unique } from "./fixtures";

/** A small but real PDF; `label` makes its bytes (and so its stored hash) unique to the test. */
const pdfBytes = (label: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n` +
      `% ${label}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

async function newClaim(request: APIRequestContext) {
  const article = await createArticle(request);
  return createClaim(request, { articleId: article.id, statement: unique("Evidence target") });
}

async function evidenceOf(request: APIRequestContext, claimId: number) {
  const response = await request.get(`/api/v1/claims/${claimId}`);
  expect(response.status()).toBe(200);
  return (await response.json()).claim.evidence as Array<Record<string, unknown>>;
}

/** The evidence form opens on demand. */
async function openForm(page: Page) {
  await page.getByRole("button", { name: "Add evidence" }).click();
  return page.getByRole("form", { name: "Attach evidence" });
}

test.describe("evidence on a claim page", () => {
  test.use({ role: "checker" });

  test("a web source, a document and a note land under their stances, and the document downloads", async ({ page }) => {
    const claim = await newClaim(page.request);
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByRole("heading", { name: "Evidence (0)" })).toBeVisible();
    const f = await openForm(page);

    const pageTitle = unique("Fire service bulletin");
    await f.getByLabel("Source URL").fill("https://example.org/bulletin");
    await f.getByLabel("Page title").fill(pageTitle);
    await f.getByLabel("Publisher").fill("Regional Fire Service");
    await f.getByLabel("Quoted passage").fill("At least 240 homes were destroyed.");
    await f.getByLabel("Stance").selectOption("supports");
    await f.getByRole("button", { name: "Attach evidence" }).click();
    await expect(f.getByRole("status")).toHaveText("Evidence attached.");
    const supports = page.getByRole("region", { name: "Supports" });
    await expect(supports.getByRole("link", { name: pageTitle })).toHaveAttribute("rel", "noopener noreferrer nofollow");
    await expect(supports.getByText("Regional Fire Service")).toBeVisible();
    await expect(supports.locator("blockquote")).toHaveText("At least 240 homes were destroyed.");
    await expect(f.getByLabel("Page title")).toHaveValue("");

    await f.getByRole("radio", { name: "Interview or call" }).check();
    await f.getByLabel("Who", { exact: true }).fill("Maria Lopez, fire service spokeswoman");
    await f.getByLabel("When", { exact: true }).fill("2024-05-06");
    await f.getByLabel("What was said").fill("Only 150 homes were destroyed; the rest were damaged.");
    await f.getByLabel("Stance").selectOption("contradicts");
    await f.getByRole("button", { name: "Attach evidence" }).click();
    const contradicts = page.getByRole("region", { name: "Contradicts" });
    await expect(contradicts.getByText("Conversation with Maria Lopez, fire service spokeswoman")).toBeVisible();
    await expect(contradicts.getByText("Only 150 homes were destroyed")).toBeVisible();
    await expect(contradicts.getByText("6 May 2024")).toBeVisible();

    const pdf = pdfBytes(unique("ui"));
    await f.getByRole("radio", { name: "Document" }).check();
    await f.getByLabel("File", { exact: true }).setInputFiles({ name: "damage-report.pdf", mimeType: "application/pdf", buffer: pdf });
    await f.getByLabel("Document title").fill("District damage assessment");
    await f.getByLabel("Description").fill("The district's own count, page 3.");
    await f.getByLabel("Stance").selectOption("context");
    await f.getByRole("button", { name: "Attach evidence" }).click();
    await expect(f.getByRole("status")).toHaveText("Document uploaded.");
    const context = page.getByRole("region", { name: "Context" });
    const download = context.getByRole("link", { name: "Download damage-report.pdf" });
    await expect(download).toBeVisible();
    await expect(context.getByText(/PDF, \d+ bytes/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Evidence (3)" })).toBeVisible();

    const response = await page.request.get((await download.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="damage-report.pdf"');
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.compare(await response.body(), pdf)).toBe(0);
  });

  test("a text file named report.pdf is refused next to the file field and nothing is saved", async ({ page }) => {
    const claim = await newClaim(page.request);
    await page.goto(`/claims/${claim.id}`);
    const f = await openForm(page);
    await f.getByRole("radio", { name: "Document" }).check();
    await f.getByLabel("File", { exact: true }).setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("Just some notes.\n") });
    await f.getByLabel("Document title").fill("Not really a PDF");
    await f.getByRole("button", { name: "Attach evidence" }).click();
    await expect(f.getByLabel("File", { exact: true })).toHaveAccessibleDescription(/says \.pdf but its contents are not a PDF/);
    await expect(f.getByRole("alert")).toContainText("Nothing was saved");
    await expect(f.getByLabel("Document title")).toHaveValue("Not really a PDF");
    await expect(page.getByRole("heading", { name: "Evidence (0)" })).toBeVisible();
    expect(await evidenceOf(page.request, claim.id)).toHaveLength(0);
  });
});

test.describe("the evidence API", () => {
  test.use({ role: "checker" });

  test("stores an upload once by its hash and serves it back as a download", async ({ page }) => {
    const claim = await newClaim(page.request);
    const pdf = pdfBytes(unique("api"));
    const upload = (name: string) =>
      page.request.post(`/api/v1/claims/${claim.id}/evidence`, {
        multipart: { kind: "document", title: "Assessment", stance: "supports", file: { name, mimeType: "text/plain", buffer: pdf } },
      });
    const first = await upload("assessment.pdf");
    expect(first.status(), await first.text()).toBe(201);
    const { evidence } = await first.json();
    expect(evidence).toMatchObject({ kind: "document", fileHash: sha256(pdf), fileType: "application/pdf", fileSize: pdf.length, fileName: "assessment.pdf" });
    const second = await upload("Évaluation finale (copy).PDF");
    expect(second.status()).toBe(201);
    expect((await second.json()).evidence.fileHash).toBe(sha256(pdf));

    const dataDir = process.env.CLAIMDESK_DATA_DIR;
    if (dataDir) {
      const stored = fs.readdirSync(path.join(dataDir, "uploads")).filter((name) => name.includes(sha256(pdf)));
      expect(stored).toEqual([`${sha256(pdf)}.pdf`]);
    }

    const file = await page.request.get(`/api/v1/evidence/${(await second.json()).evidence.id}/file`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect(file.headers()["content-disposition"]).toBe('attachment; filename="Evaluation finale (copy).pdf"');
    expect(Buffer.compare(await file.body(), pdf)).toBe(0);
  });

  test("takes web sources and notes as JSON, and has no file for them", async ({ page }) => {
    const claim = await newClaim(page.request);
    const url = await page.request.post(`/api/v1/claims/${claim.id}/evidence`, {
      data: { kind: "url", url: "https://example.org/a", title: "A page", publisher: "Example", accessedAt: "2024-05-01", stance: "context" },
    });
    expect(url.status(), await url.text()).toBe(201);
    const note = await page.request.post(`/api/v1/claims/${claim.id}/evidence`, {
      data: { kind: "note", contactName: "A. Source", contactedAt: "2024-05-02", notes: "Confirmed it.", stance: "supports" },
    });
    expect(note.status(), await note.text()).toBe(201);
    expect((await note.json()).evidence).toMatchObject({ title: "Conversation with A. Source", contactName: "A. Source" });
    const missing = await page.request.get(`/api/v1/evidence/${(await url.json()).evidence.id}/file`);
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  });

  test("refuses bad input with field errors and saves nothing", async ({ page }) => {
    const claim = await newClaim(page.request);
    const endpoint = `/api/v1/claims/${claim.id}/evidence`;

    const fake = await page.request.post(endpoint, {
      multipart: { kind: "document", title: "Fake", stance: "supports", file: { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("plain text\n") } },
    });
    expect(fake.status()).toBe(422);
    expect((await fake.json()).error.fields.file[0]).toMatch(/says \.pdf but its contents are not a PDF/);

    const noFile = await page.request.post(endpoint, { multipart: { kind: "document", title: "", stance: "supports" } });
    expect(noFile.status()).toBe(422);
    expect(Object.keys((await noFile.json()).error.fields).sort()).toEqual(["file", "title"]);

    const badUrl = await page.request.post(endpoint, { data: { kind: "url", url: "javascript:alert(1)", title: "x", stance: "supports" } });
    expect(badUrl.status()).toBe(422);
    expect((await badUrl.json()).error.fields.url).toBeTruthy();

    const jsonDocument = await page.request.post(endpoint, { data: { kind: "document", title: "x", stance: "supports" } });
    expect(jsonDocument.status()).toBe(422);

    const wrongType = await page.request.post(endpoint, { headers: { "Content-Type": "text/plain" }, data: "hello" });
    expect(wrongType.status()).toBe(415);

    const badJson = await page.request.post(endpoint, { headers: { "Content-Type": "application/json" }, data: Buffer.from("{nope") });
    expect(badJson.status()).toBe(400);

    const huge = await page.request.post(endpoint, {
      multipart: { kind: "document", title: "Huge", stance: "supports", file: { name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(11 * 1024 * 1024, 0x61) } },
    });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.fields.file).toEqual(["The file is larger than 10 MB."]);

    expect(await evidenceOf(page.request, claim.id)).toHaveLength(0);
  });

  test("refuses a viewer (403) and a signed-out request (401)", async ({ page, browser }) => {
    const claim = await newClaim(page.request);
    const uploaded = await page.request.post(`/api/v1/claims/${claim.id}/evidence`, {
      multipart: { kind: "document", title: "Private", stance: "supports", file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from(unique("note")) } },
    });
    expect(uploaded.status()).toBe(201);
    const fileUrl = `/api/v1/evidence/${(await uploaded.json()).evidence.id}/file`;
    const body = { kind: "url", url: "https://example.org/forged", title: "Forged", stance: "supports" };

    const viewer = await browser.newPage();
    await viewer.goto("/login");
    await signIn(viewer, "viewer");
    const forbidden = await viewer.request.post(`/api/v1/claims/${claim.id}/evidence`, { data: body });
    expect(forbidden.status()).toBe(403);
    expect((await forbidden.json()).error.code).toBe("forbidden");
    const forbiddenUpload = await viewer.request.post(`/api/v1/claims/${claim.id}/evidence`, {
      multipart: { kind: "document", title: "Forged", stance: "supports", file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("forged") } },
    });
    expect(forbiddenUpload.status()).toBe(403);
    expect((await viewer.request.get(fileUrl)).status()).toBe(200);
    await viewer.close();

    const anonymous = await browser.newContext();
    const unauthenticated = await anonymous.request.post(`/api/v1/claims/${claim.id}/evidence`, { data: body });
    expect(unauthenticated.status()).toBe(401);
    expect((await unauthenticated.json()).error.code).toBe("unauthenticated");
    expect((await anonymous.request.get(fileUrl)).status()).toBe(401);
    await anonymous.close();

    expect(await evidenceOf(page.request, claim.id)).toHaveLength(1);
  });
});
