import type { APIRequestContext, Browser } from "@playwright/test";
import { createArticle, createClaim, expect, pageAs, test, unique, type Role } from "./fixtures";

/** Creates a token for `role` through the session API (the UI path has its own test below). */
async function createToken(browser: Browser, role: Role, scope: "read" | "write") {
  const page = await pageAs(browser, role);
  const response = await page.request.post("/api/v1/tokens", { data: { name: unique(`${scope} token`), scope } });
  expect(response.status(), await response.text()).toBe(201);
  const { token } = (await response.json()) as { token: { id: number; token: string; prefix: string } };
  return { ...token, session: page.request, close: () => page.context().close() };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function expectError(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  const body = (await response.json()) as { error: unknown };
  expect(body.error).toMatchObject({ code, message: expect.any(String), fields: expect.any(Object) });
}

test.describe("API tokens on every endpoint family", () => {
  test("read, write, missing and revoked tokens", async ({ browser, request }) => {
    const read = await createToken(browser, "checker", "read");
    const write = await createToken(browser, "checker", "write");
    const revoked = await createToken(browser, "checker", "write");
    expect((await revoked.session.delete(`/api/v1/tokens/${revoked.id}`)).status()).toBe(200);

    const article = await createArticle(write.session);
    const claim = await createClaim(write.session, { articleId: article.id, statement: unique("Tokens claim") });
    const speakers = (await (await request.get("/api/v1/speakers", { headers: bearer(read.token) })).json()).speakers;

    const reads = [
      "/api/v1/claims",
      `/api/v1/claims/${claim.id}`,
      "/api/v1/articles",
      `/api/v1/articles/${article.id}`,
      "/api/v1/speakers",
      ...(speakers.length ? [`/api/v1/speakers/${speakers[0].id}`] : []),
      `/api/v1/claims/${claim.id}/evidence`,
      "/api/v1/ratings",
      "/api/v1/reports/verified?format=json",
      "/api/v1/openapi.json",
    ];
    for (const url of reads) {
      expect((await request.get(url, { headers: bearer(read.token) })).status(), `read token GET ${url}`).toBe(200);
      await expectError(await request.get(url), 401, "unauthenticated");
      await expectError(await request.get(url, { headers: bearer(revoked.token) }), 401, "unauthenticated");
    }

    const writes: { url: string; data: Record<string, unknown> }[] = [
      { url: "/api/v1/claims", data: { articleId: article.id, statement: unique("Claim by token") } },
      { url: "/api/v1/articles", data: { title: unique("Article by token"), outlet: "Token Wire", body: "The council said 12 bridges need repair." } },
      { url: `/api/v1/claims/${claim.id}/evidence`, data: { kind: "url", url: "https://example.org/a", title: "Bulletin", stance: "supports" } },
    ];
    for (const { url, data } of writes) {
      await expectError(await request.post(url, { data, headers: bearer(read.token) }), 403, "forbidden");
      await expectError(await request.post(url, { data }), 401, "unauthenticated");
      await expectError(await request.post(url, { data, headers: bearer(revoked.token) }), 401, "unauthenticated");
      const created = await request.post(url, { data, headers: bearer(write.token) });
      expect(created.status(), `write token POST ${url}: ${await created.text()}`).toBe(201);
    }
    await expectError(await request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "x", version: 1 }, headers: bearer(read.token) }), 403, "forbidden");

    // The claim written with the token is there for everyone to read.
    const list = await (await request.get(`/api/v1/claims?article=${article.id}&q=Claim%20by%20token`, { headers: bearer(read.token) })).json();
    expect(list.total).toBe(1);
    await Promise.all([read.close(), write.close(), revoked.close()]);
  });

  test("a malformed header is refused, never read as a session", async ({ page, request }) => {
    await expectError(await request.get("/api/v1/claims", { headers: { Authorization: "Bearer nope" } }), 401, "unauthenticated");
    await expectError(await request.get("/api/v1/claims", { headers: bearer(`cd_${"A".repeat(43)}`) }), 401, "unauthenticated");
    await page.goto("/login");
    await expectError(await page.request.get("/api/v1/claims", { headers: { Authorization: "Basic abc" } }), 401, "unauthenticated");
  });

  test("the role still decides: a viewer gets only read tokens, and tokens cannot manage tokens", async ({ browser, request }) => {
    const viewer = await pageAs(browser, "viewer");
    await expectError(await viewer.request.post("/api/v1/tokens", { data: { name: "mine", scope: "write" } }), 403, "forbidden");
    const read = await createToken(browser, "viewer", "read");
    expect((await request.get("/api/v1/claims", { headers: bearer(read.token) })).status()).toBe(200);
    await expectError(await request.get("/api/v1/tokens", { headers: bearer(read.token) }), 401, "unauthenticated");
    await expectError(await request.delete(`/api/v1/tokens/${read.id}`, { headers: bearer(read.token) }), 401, "unauthenticated");
    // Someone else's token is not found for a non-admin.
    const other = await createToken(browser, "checker", "read");
    await expectError(await viewer.request.delete(`/api/v1/tokens/${other.id}`), 404, "not_found");
    await Promise.all([viewer.context().close(), read.close(), other.close()]);
  });
});

test("a stale PATCH by token is refused with 409", async ({ browser, request }) => {
  const write = await createToken(browser, "checker", "write");
  const claim = await createClaim(write.session, { statement: unique("Stale claim") });
  const first = await request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "First edit", version: claim.version }, headers: bearer(write.token) });
  expect(first.status(), await first.text()).toBe(200);
  expect((await first.json()).claim.version).toBe(claim.version + 1);
  await expectError(
    await request.patch(`/api/v1/claims/${claim.id}`, { data: { statement: "Second edit", version: claim.version }, headers: bearer(write.token) }),
    409,
    "conflict",
  );
  await write.close();
});

test("cursor pagination returns disjoint pages that cover every claim", async ({ browser, request }) => {
  const write = await createToken(browser, "checker", "write");
  const article = await createArticle(write.session);
  const created: number[] = [];
  for (let i = 0; i < 7; i++) created.push((await createClaim(write.session, { articleId: article.id, statement: `Paged claim ${i}` })).id);

  for (const sort of ["updated", "statement", "speaker"]) {
    const seen: number[] = [];
    let cursor: number | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/claims?article=${article.id}&limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`;
      const response = await request.get(url, { headers: bearer(write.token) });
      expect(response.status()).toBe(200);
      const body = await response.json();
      expect(body.total).toBe(7);
      expect(body.claims.length).toBeLessThanOrEqual(3);
      seen.push(...body.claims.map((c: { id: number }) => c.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(created);
  }

  // The whole list walks the same way, and a limit over 200 is capped.
  const capped = await (await request.get("/api/v1/claims?limit=5000", { headers: bearer(write.token) })).json();
  expect(capped.limit).toBe(200);
  await expectError(await request.get("/api/v1/claims?cursor=abc", { headers: bearer(write.token) }), 422, "invalid");
  await write.close();
});

test.describe("signed in", () => {
  test.use({ role: "checker" });

  test("a token made in the settings is shown once, then only its prefix", async ({ page, request }) => {
    const name = unique("CMS sync");
    await page.goto("/settings/tokens");
    await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Scope").selectOption("write");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("it will not be shown again")).toBeVisible();
    const token = await page.getByLabel("Your new token").inputValue();
    expect(token).toMatch(/^cd_[A-Za-z0-9_-]{43}$/);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy token" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();

    const ok = await request.post("/api/v1/articles", {
      data: { title: unique("Via UI token"), outlet: "Wire", body: "Some 40 schools closed." },
      headers: bearer(token),
    });
    expect(ok.status()).toBe(201);

    await page.reload();
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText(`${token.slice(0, 9)}…`);
    await expect(row).not.toContainText("Never");
    await expect(page.locator("body")).not.toContainText(token);
    expect(await page.getByLabel("Your new token").count()).toBe(0);

    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
    await expectError(await request.get("/api/v1/claims", { headers: bearer(token) }), 401, "unauthenticated");
    await page.screenshot({ path: "test-results/screenshots/settings-tokens.png", fullPage: true });
  });

  test("the OpenAPI document parses and the docs page renders it", async ({ page }) => {
    const response = await page.request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const doc = JSON.parse(await response.text());
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/v1/claims"]).toBeDefined();
    expect(doc.components.securitySchemes.bearerAuth.scheme).toBe("bearer");

    await page.goto("/api-docs");
    await expect(page.getByRole("heading", { name: "API documentation" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Claims", exact: true })).toBeVisible();
    const list = page.getByRole("article", { name: "GET /api/v1/claims", exact: true });
    await expect(list).toContainText("List claims");
    await expect(list.getByRole("cell", { name: "cursor", exact: true })).toBeVisible();
    await expect(page.getByRole("article", { name: "POST /api/v1/claims", exact: true }).getByRole("cell", { name: "statement", exact: true })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/api-docs.png" });
  });
});

test("/api-docs and /settings/tokens need a signed-in person", async ({ page }) => {
  await page.goto("/api-docs");
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/settings/tokens");
  await expect(page).toHaveURL(/\/login/);
});
