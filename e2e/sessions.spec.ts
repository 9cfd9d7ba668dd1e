import { request as playwrightRequest } from "@playwright/test";
import { test, expect, PASSWORD, emailOf } from "./fixtures";
import { startOwnServer, type OwnServer } from "./own-server";

/**
 * Session lifetimes, on a server of our own with short limits: 6 s idle and 18 s absolute (the defaults
 * are 30 minutes and 12 hours).
 */
test.describe.configure({ mode: "serial" });

let server: OwnServer;
test.beforeAll(async () => {
  server = await startOwnServer({ AUTH_RATE_LIMIT: "off", SESSION_IDLE_MINUTES: "0.1", SESSION_MAX_AGE_HOURS: "0.005" });
});
test.afterAll(async () => server?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signedInContext() {
  const api = await playwrightRequest.newContext({ baseURL: server.url });
  const response = await api.post("/api/auth/sign-in/email", { data: { email: emailOf("viewer"), password: PASSWORD }, headers: { Origin: server.url } });
  expect(response.status()).toBe(200);
  const cookie = response.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).toMatch(/Max-Age=18\b/); // the absolute lifetime, not 7 days
  return api;
}

test("a session unused for the idle limit ends, for the API and for pages", async ({ browser }) => {
  const api = await signedInContext();
  expect((await api.get("/api/v1/claims")).status()).toBe(200);
  const cookies = (await api.storageState()).cookies;
  await sleep(7_000);
  expect((await api.get("/api/v1/claims")).status()).toBe(401);
  // The same cookie in a browser: the session is gone, so the page sends it to sign in.
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`${server.url}/claims`);
  await expect(page).toHaveURL(/\/login/);
  await context.close();
  await api.dispose();
});

test("a session in use outlives the idle limit but not the absolute lifetime", async () => {
  test.setTimeout(60_000);
  const started = Date.now();
  const api = await signedInContext();
  // A request every 1.5 s for 12 s: twice the idle limit, and the session stays.
  while (Date.now() - started < 12_000) {
    expect((await api.get("/api/v1/claims")).status(), `after ${Date.now() - started} ms`).toBe(200);
    await sleep(1_500);
  }
  // Still in use, but past 18 s from sign-in it ends.
  let status = 200;
  while (Date.now() - started < 21_000 && status === 200) {
    await sleep(1_000);
    status = (await api.get("/api/v1/claims")).status();
  }
  expect(status).toBe(401);
  expect(Date.now() - started).toBeGreaterThanOrEqual(17_000);
  await api.dispose();
});
