import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

export type Role = "admin" | "editor" | "checker" | "viewer";
export const PASSWORD = process.env.DEMO_PASSWORD ?? "e2e-demo-password";
export const emailOf = (role: Role) => `${role}@claimdesk.test`;

/** Signs in through the auth API; the session cookie lands in the page's browser context. */
export async function signIn(page: Page, role: Role) {
  const response = await page.request.post("/api/auth/sign-in/email", {
    data: { email: emailOf(role), password: PASSWORD },
    headers: { Origin: new URL(page.url() === "about:blank" ? "http://localhost" : page.url()).origin },
  });
  expect(response.ok(), `sign-in as ${role}`).toBeTruthy();
}

export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const SAMPLE_BODY = [
  "Officials said the storm destroyed at least 240 homes in the coastal district on Monday.",
  "",
  "Maria Lopez, a spokeswoman for the regional fire service, said nearly 1,500 people had been moved to shelters. The service expects more rain.",
].join("\n");

/** Creates an article through the API as the signed-in user and returns its id. */
export async function createArticle(request: APIRequestContext, fields: { title?: string; body?: string } = {}) {
  const response = await request.post("/api/v1/articles", {
    data: { title: fields.title ?? unique("Storm article"), outlet: "Test Wire", body: fields.body ?? SAMPLE_BODY },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).article as { id: number; title: string; body: string };
}

export async function createClaim(request: APIRequestContext, data: Record<string, unknown>) {
  const response = await request.post("/api/v1/claims", { data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).claim as { id: number; version: number };
}

/** A fixture that signs the page in before the test: `test.use({ role: "editor" })`. */
export const test = base.extend<{ role: Role | null }>({
  role: [null, { option: true }],
  page: async ({ page, role }, use) => {
    await page.goto("/login");
    if (role) await signIn(page, role);
    await use(page);
  },
});

export { expect };

/** A signed-in page in a fresh browser context, for tests with several people at once. */
export async function pageAs(browser: import("@playwright/test").Browser, role: Role) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await signIn(page, role);
  return page;
}

export async function addWebSource(request: APIRequestContext, claimId: number, title = "Official bulletin") {
  const response = await request.post(`/api/v1/claims/${claimId}/evidence`, {
    data: { kind: "url", url: "https://example.org/source", title, stance: "supports" },
  });
  expect(response.status(), await response.text()).toBe(201);
}

export async function claimVersion(request: APIRequestContext, claimId: number): Promise<number> {
  return (await (await request.get(`/api/v1/claims/${claimId}`)).json()).claim.version;
}

/** Moves a claim through the workflow by the API as the request's user; returns the response. */
export async function transition(request: APIRequestContext, claimId: number, body: Record<string, unknown>) {
  return request.post(`/api/v1/claims/${claimId}/workflow`, { data: { version: await claimVersion(request, claimId), ...body } });
}

export async function ratingId(request: APIRequestContext, name: string): Promise<number> {
  const body = await (await request.get("/api/v1/ratings")).json();
  return body.ratings.find((r: { name: string }) => r.name === name).id;
}

/**
 * Publishes a claim the way the desk does: a fact-checker starts the review, attaches a source and
 * proposes a verdict; an editor approves it.
 */
export async function publishClaim(browser: import("@playwright/test").Browser, claimId: number, rating = "True", explanation = "Checked against the official bulletin.") {
  const checker = await pageAs(browser, "checker");
  const editor = await pageAs(browser, "editor");
  expect((await transition(checker.request, claimId, { action: "start_review" })).status()).toBe(200);
  await addWebSource(checker.request, claimId);
  const propose = await transition(checker.request, claimId, { action: "propose", ratingId: await ratingId(checker.request, rating), explanation });
  expect(propose.status(), await propose.text()).toBe(200);
  const approve = await transition(editor.request, claimId, { action: "approve" });
  expect(approve.status(), await approve.text()).toBe(200);
  await checker.context().close();
  await editor.context().close();
}
