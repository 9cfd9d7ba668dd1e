import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API, errorStatuses } from "./api-operations";

const V1 = path.join(process.cwd(), "app", "api", "v1");

/** Every route file of API v1 with the methods it exports and the operations it serves. */
function routeFiles() {
  const files: { path: string; methods: string[]; operations: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        const apiPath = "/api/v1/" + path.relative(V1, dir).split(path.sep).join("/").replace(/\[(\w+)\]/g, "{$1}");
        files.push({
          path: apiPath,
          methods: [...source.matchAll(/export const (GET|POST|PATCH|PUT|DELETE) = /g)].map((m) => m[1].toLowerCase()),
          operations: [...source.matchAll(/apiRoute\(API\.(\w+)/g)].map((m) => m[1]),
        });
      }
    }
  };
  walk(V1);
  return files;
}

describe("API operations", () => {
  it("every handler of API v1 serves a declared operation of its own path and method, so the document lists it", () => {
    const served = routeFiles().flatMap((file) => {
      expect(file.operations).toHaveLength(file.methods.length);
      return file.operations.map((name, i) => {
        const operation = API[name as keyof typeof API];
        expect(operation, name).toBeDefined();
        expect([operation.method, operation.path]).toEqual([file.methods[i], file.path]);
        return name;
      });
    });
    expect(served.sort()).toEqual(Object.keys(API).sort());
  });

  it("derives the error statuses from what an operation does", () => {
    // Every operation refuses unknown query parameters with 422; every role may read, so no 403.
    expect(errorStatuses(API.listTokens)).toEqual([401, 422]);
    expect(errorStatuses(API.getClaim)).toEqual([401, 404, 422]);
    expect(errorStatuses(API.listClaims)).toEqual([401, 422]);
    expect(errorStatuses(API.listSpeakers)).toEqual([401, 422]);
    expect(errorStatuses(API.createClaim)).toEqual([400, 401, 403, 413, 415, 422, 503]);
    expect(errorStatuses(API.patchClaim)).toEqual([400, 401, 403, 404, 409, 413, 415, 422, 503]);
    // Every write may be refused as cross-site (403) or find the database held by an import (503);
    // revoking someone else's token is a 404.
    expect(errorStatuses(API.revokeToken)).toEqual([401, 403, 404, 422, 503]);
    expect(errorStatuses(API.createToken)).toEqual([400, 401, 403, 413, 415, 422, 503]);
  });

  it("refuses query values a handler does not understand instead of ignoring them", () => {
    const refused = (schema: { safeParse: (v: unknown) => { success: boolean } }, query: Record<string, string>) => !schema.safeParse(query).success;
    expect(refused(API.listClaims.query, { status: "done" })).toBe(true);
    expect(refused(API.listClaims.query, { sort: "random" })).toBe(true);
    expect(refused(API.listClaims.query, { dir: "up" })).toBe(true);
    expect(refused(API.listClaims.query, { status: "published", sort: "speaker", dir: "asc", limit: "5000" })).toBe(false);
    expect(API.listClaims.query.parse({ limit: "5000" }).limit).toBe(200);
    expect(refused(API.listRatings.query, { all: "true" })).toBe(true);
    expect(refused(API.listRatings.query, { all: "1" })).toBe(false);
    expect(refused(API.exportVerified.query, { format: "xls" })).toBe(true);
    // Search text is cut at its limit, not refused.
    expect(API.listArticles.query.parse({ q: "x".repeat(250) }).q).toHaveLength(200);
    expect(API.listClaims.query.parse({ q: "a".repeat(199) + "😀 and more" }).q).toBe("a".repeat(199));
    // The keyset-paged lists: a cursor or limit that is not a number is refused; a large limit is capped.
    for (const list of [API.listArticles, API.listSpeakers]) {
      expect(refused(list.query, { after: "x" })).toBe(true);
      expect(refused(list.query, { limit: "ten" })).toBe(true);
      expect(refused(list.query, { limit: "0" })).toBe(true);
      expect(list.query.parse({ limit: "5000", after: "12" })).toMatchObject({ limit: 200, after: 12 });
      expect(list.query.parse({}).limit).toBe(50);
      // A blank type-ahead asks for the first names; it is kept, not dropped.
      expect(list.query.parse({ prefix: "  " }).prefix).toBe("");
      expect(list.query.parse({ prefix: "y".repeat(250) }).prefix).toHaveLength(200);
    }
  });
});
