import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { test, expect, PASSWORD, emailOf, unique } from "./fixtures";
import { startOwnServer } from "./own-server";

/**
 * The sign-in limits need a server with throttling on (the suite's server runs with it off), so each
 * test starts its own on the same database and build.
 */
test.describe.configure({ mode: "serial" });

const signInRequest = (api: APIRequestContext, origin: string, email: string, password: string, forwardedFor?: string) =>
  api.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { Origin: origin, ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}) },
  });

/** Creates a user through the admin page of the suite's server, so no seeded account gets locked. */
async function createUser(page: Page, password: string): Promise<string> {
  const email = `${unique("throttle").replace(/\s+/g, "-").toLowerCase()}@claimdesk.test`;
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name").fill("Tess Throttle");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByLabel("Initial password").fill(password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toContainText(`can now sign in as ${email}`);
  return email;
}

test.describe("sign-in limits", () => {
  test.use({ role: "admin" });

  test("a rotating X-Forwarded-For does not escape the per-address limit; the login form meets it too", async ({ browser }) => {
    test.setTimeout(120_000);
    const server = await startOwnServer({}); // TRUSTED_PROXIES unset: forwarded headers are not believed
    // One loopback address for the API requests and the browser alike (localhost may be ::1 or 127.0.0.1).
    const base = server.url.replace("localhost", "127.0.0.1");
    const api = await playwrightRequest.newContext({ baseURL: base });
    try {
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let i = 0; i < 30; i++) {
        // A different made-up account each time, so only the address can be what is counted.
        const response = await signInRequest(api, base, `nobody-${i}-${Date.now()}@claimdesk.test`, "wrong-password-guess", `198.51.100.${i + 1}`);
        statuses.push(response.status());
        if (response.status() === 429) retryAfter ??= response.headers()["retry-after"];
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses.slice(10)).toEqual(Array(20).fill(429));
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeLessThanOrEqual(60);

      // The login page's action calls the auth library directly, and is throttled the same way.
      // (A fresh context: cookies do not depend on the port, so the suite's session would sign us in.)
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${base}/login`);
      await page.getByLabel("Email").fill(emailOf("viewer"));
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: /Too many failed sign-ins\. Try again in a minute\./ })).toBeVisible();
    } finally {
      await api.dispose();
      await server.stop();
    }
  });

  test("an account is locked after its failures, across a restart, and only until its window ends", async ({ page }) => {
    test.setTimeout(120_000);
    const password = "a sound throttle passphrase";
    const email = await createUser(page, password);
    // Behind a trusted proxy each request names a different client, so the per-address limit stays out
    // of the way and only the per-account one (5 failures in 10 s here; 100 an hour by default) applies.
    const env = { TRUSTED_PROXIES: "127.0.0.1, ::1", SIGN_IN_ACCOUNT_MAX_FAILURES: "5", SIGN_IN_ACCOUNT_WINDOW_SECONDS: "10" };
    let server = await startOwnServer(env);
    let api = await playwrightRequest.newContext({ baseURL: server.url });
    let client = 0;
    const attempt = (guess: string) => signInRequest(api, server.url, email, guess, `203.0.113.${++client}`);
    try {
      const started = Date.now();
      for (let i = 0; i < 5; i++) expect((await attempt(`wrong guess number ${i}`)).status()).toBe(401);
      expect((await attempt("wrong guess number 6")).status()).toBe(429);
      const locked = await attempt(password);
      expect(locked.status(), "even the right password waits for the window").toBe(429);
      expect((await locked.json()).message).toMatch(/Too many failed sign-ins/);

      // The counters are in the database: a restarted server still refuses.
      await api.dispose();
      await server.stop();
      server = await startOwnServer(env);
      api = await playwrightRequest.newContext({ baseURL: server.url });
      expect((await attempt(password)).status()).toBe(429);

      // The lock is temporary: once the window has passed, the right password works.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 11_000 - Date.now())));
      const after = await attempt(password);
      expect(after.status(), await after.text()).toBe(200);
      // A success clears the account's failures: a new mistake starts a fresh count.
      expect((await attempt("one more wrong guess")).status()).toBe(401);
      expect((await attempt(password)).status()).toBe(200);
    } finally {
      await api.dispose();
      await server.stop();
    }
  });
});
