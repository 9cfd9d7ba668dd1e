import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, ROUTE_METHODS, routeOf } from "./route-methods.mjs";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Every route.ts under app/ with the HTTP methods it exports, keyed by URL path. */
function routeFiles(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of fs.readdirSync(APP, { recursive: true, encoding: "utf8" })) {
    if (path.basename(file) !== "route.ts") continue;
    const source = fs.readFileSync(path.join(APP, file), "utf8");
    const methods = new Set<string>();
    for (const match of source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(match[1]);
    for (const match of source.matchAll(/export\s+const\s+\{([^}]*)\}/g))
      for (const name of match[1].split(",").map((n) => n.trim())) if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) methods.add(name);
    const url = "/" + path.dirname(file).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment)).join("/");
    found[url] = [...methods].sort();
  }
  return found;
}

describe("route methods", () => {
  it("lists exactly the methods each route handler exports (update route-methods.mjs with the route)", () => {
    const table = Object.fromEntries(Object.entries(ROUTE_METHODS).map(([route, methods]) => [route, [...methods].sort()]));
    expect(table).toEqual(routeFiles());
  });

  it("answers the Allow list of a concrete path", () => {
    expect(allowedMethods("/api/v1/tokens")).toEqual(["GET", "POST", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/tokens/12")).toEqual(["DELETE", "OPTIONS"]);
    expect(allowedMethods("/api/v1/claims/7/evidence")).toEqual(["GET", "POST", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/auth/sign-in/email")).toEqual(["GET", "POST", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/imports/claims-csv")).toEqual(["POST", "OPTIONS"]);
    expect(allowedMethods("/imports/jobs/4")).toEqual(["GET", "HEAD", "OPTIONS"]);
  });

  it("treats other paths as pages, and unknown API paths as not found", () => {
    expect(allowedMethods("/claims/3")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/imports")).toEqual(["GET", "HEAD", "POST"]);
    expect(allowedMethods("/api/v1/nothing")).toBeNull();
    expect(allowedMethods("/api/v1/claims/7/evidence/9")).toBeNull();
  });

  it("tells route handlers from pages", () => {
    expect(routeOf("/imports/jobs/4")).toBe("/imports/jobs/[id]");
    expect(routeOf("/api/v1/claims/7")).toBe("/api/v1/claims/[id]");
    expect(routeOf("/imports")).toBeNull();
    expect(routeOf("/claims/7")).toBeNull();
  });
});
