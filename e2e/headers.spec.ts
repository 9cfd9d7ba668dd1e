import { request as playwrightRequest } from "@playwright/test";
import { test, expect, createArticle, createClaim, publishClaim, unique } from "./fixtures";
import { startOwnServer } from "./own-server";

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test.describe("security headers", () => {
  test.use({ role: "admin" });

  test("pages carry a nonce-based Content-Security-Policy and the fixed headers", async ({ page }) => {
    const first = await page.request.get("/claims");
    const csp = first.headers()["content-security-policy"];
    const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Next.js put the same nonce on its scripts, and every page view gets a new one.
    const nonce = nonceOf(csp)!;
    const html = await first.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html.match(/<script\b/g)?.length).toBe(html.match(new RegExp(`<script[^>]*nonce="${nonce.replace(/[+/=]/g, "\\$&")}"`, "g"))?.length);
    expect(nonceOf((await page.request.get("/claims")).headers()["content-security-policy"])).not.toBe(nonce);

    const headers = first.headers();
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    // Plain http, and the X-Forwarded-Proto below comes from a client nobody vouches for: no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();
    const spoofed = await page.request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
    expect(spoofed.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("API answers and exports are not stored", async ({ page }) => {
    for (const path of ["/api/v1/claims", "/api/health", "/api/v1/openapi.json", "/api/v1/reports/verified?format=csv", "/api/v1/reports/verified?format=json", "/api/v1/reports/pdf"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toContain("no-store");
    }
    const refused = await page.request.post("/imports/claims-csv", { multipart: { intent: "preview" } });
    expect(refused.headers()["cache-control"]).toContain("no-store");
  });

  test("HSTS is sent when a trusted TLS proxy says the request came over https", async () => {
    const server = await startOwnServer({ AUTH_RATE_LIMIT: "off", TRUSTED_PROXIES: "127.0.0.1, ::1" });
    const api = await playwrightRequest.newContext({ baseURL: server.url });
    try {
      const overHttps = await api.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
      expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
      const overHttp = await api.get("/login");
      expect(overHttp.headers()["strict-transport-security"]).toBeUndefined();
    } finally {
      await api.dispose();
      await server.stop();
    }
  });

  test("no page breaks the policy: charts, API docs, forms; the PDF still downloads", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const article = await createArticle(page.request);
    const claim = await createClaim(page.request, { articleId: article.id, statement: unique("Nearly 1,500 people were moved to shelters") });
    await publishClaim(browser, claim.id);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") violations.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => violations.push(`${page.url()}: ${error.message}`));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
    );

    await page.goto("/reports");
    await expect(page.locator(".recharts-surface").first()).toBeVisible(); // drawn in the browser, by script
    await page.goto("/api-docs");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/articles/new");
    await page.getByLabel("Title").fill("x"); // a hydrated form accepts input
    await page.goto("/settings/publishing");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // The report PDF is made on the server and downloads whole (the public /f/ page is checked in claimreview.spec.ts).
    const pdf = await page.request.get("/api/v1/reports/pdf");
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // An address that leads nowhere gets a page of its own, under the same policy.
    const missing = await page.goto("/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    violations.splice(0, violations.length, ...violations.filter((v) => !/Failed to load resource.*404/.test(v)));

    await page.goto("/login");
    expect(violations).toEqual([]);
  });
});
