import { test, expect, createArticle, createClaim, claimVersion, unique } from "./fixtures";

const LONE = "\ud83d"; // half of an emoji: JSON carries it as "\ud83d"

test.describe("odd input", () => {
  test.use({ role: "editor" });

  test("an unpaired surrogate in any text field is a 422 naming the field, and nothing is written", async ({ page }) => {
    const tag = unique("surrogate");
    const article = await createArticle(page.request);
    const claim = await createClaim(page.request, { articleId: article.id, statement: unique("A claim of 12 homes") });
    const cases: { method: "post" | "patch"; path: string; data: Record<string, unknown>; field: string }[] = [
      { method: "post", path: "/api/v1/articles", data: { title: `${tag} ${LONE}`, outlet: "Wire", body: "Text." }, field: "title" },
      { method: "post", path: "/api/v1/articles", data: { title: tag, outlet: `Wire ${LONE}`, body: "Text." }, field: "outlet" },
      { method: "post", path: "/api/v1/articles", data: { title: tag, outlet: "Wire", body: `Text ${LONE}.` }, field: "body" },
      { method: "post", path: "/api/v1/claims", data: { articleId: article.id, statement: `${tag} ${LONE}` }, field: "statement" },
      { method: "post", path: "/api/v1/claims", data: { statement: tag, newSpeakerName: `Ana ${LONE}` }, field: "newSpeakerName" },
      { method: "post", path: "/api/v1/claims", data: { statement: tag, value: 12, unit: `homes${LONE}` }, field: "unit" },
      {
        method: "post",
        path: `/api/v1/claims/${claim.id}/evidence`,
        data: { kind: "url", url: "https://example.org/a", title: `${tag} ${LONE}`, stance: "supports" },
        field: "title",
      },
      { method: "post", path: `/api/v1/claims/${claim.id}/evidence`, data: { kind: "url", url: `https://example.org/${LONE}`, title: tag, stance: "supports" }, field: "url" },
      { method: "post", path: "/api/v1/tokens", data: { name: `${tag} ${LONE}`, scope: "read" }, field: "name" },
    ];
    for (const { method, path, data, field } of cases) {
      const response = await page.request[method](path, { data });
      expect(response.status(), `${path} ${field}`).toBe(422);
      const body = await response.json();
      expect(body.error.code).toBe("invalid");
      expect(body.error.fields[field]?.join(" "), `${path} ${field}`).toMatch(/broken character/);
    }
    const edit = await page.request.patch(`/api/v1/claims/${claim.id}`, {
      data: { version: await claimVersion(page.request, claim.id), statement: `Changed ${LONE}` },
    });
    expect(edit.status()).toBe(422);

    // Nothing was written.
    expect((await (await page.request.get(`/api/v1/articles?q=${encodeURIComponent(tag)}`)).json()).articles).toEqual([]);
    expect((await (await page.request.get(`/api/v1/claims?q=${encodeURIComponent(tag)}`)).json()).claims).toEqual([]);
    expect((await (await page.request.get(`/api/v1/claims/${claim.id}/evidence`)).json()).evidence).toEqual([]);
    expect((await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim.statement).not.toContain("Changed");
  });

  test("a search string with an emoji at the length limit is cut between characters, not inside one", async ({ page }) => {
    const q = encodeURIComponent("a".repeat(199) + "😀 and more");
    for (const path of [`/api/v1/articles?q=${q}`, `/api/v1/claims?q=${q}`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
    }
    for (const path of [`/articles?q=${q}`, `/claims?q=${q}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });

  test("unsupported methods are a 405 in the API's error shape, with Allow", async ({ page }) => {
    const cases = [
      { method: "TRACE", path: "/api/v1/tokens", allow: "GET, POST, HEAD, OPTIONS" },
      { method: "PUT", path: "/api/v1/tokens", allow: "GET, POST, HEAD, OPTIONS" },
      { method: "DELETE", path: "/api/v1/claims", allow: "GET, POST, HEAD, OPTIONS" },
      { method: "PATCH", path: "/api/v1/tokens/1", allow: "DELETE, OPTIONS" },
      { method: "GET", path: "/imports/claims-csv", allow: "POST, OPTIONS" },
      { method: "TRACE", path: "/claims", allow: "GET, HEAD, POST" },
      { method: "PUT", path: "/claims", allow: "GET, HEAD, POST" },
    ];
    for (const { method, path, allow } of cases) {
      const response = await page.request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"], `${method} ${path}`).toBe(allow);
      const body = await response.json();
      expect(body.error.code).toBe("method_not_allowed");
      expect(body.error.message).toContain(`${method} is not supported`);
    }
    // Supported methods are untouched.
    expect((await page.request.get("/api/v1/tokens")).status()).toBe(200);
  });
});
