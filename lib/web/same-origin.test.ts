import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "./same-origin";

const OWN = ["https://claims.example.org", "http://localhost:3000"];
const check = (method: string, headers: Record<string, string>) => crossSiteRefusal(method, new Headers(headers), OWN);

describe("crossSiteRefusal", () => {
  it("lets reads through from anywhere", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(check(method, { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBeNull();
  });

  it("refuses writes another site or origin sends", () => {
    expect(check("POST", { origin: "http://localhost:4000", "sec-fetch-site": "same-site" })).toMatch(/another site/);
    expect(check("DELETE", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toMatch(/another site/);
    // An old browser without Sec-Fetch-Site still sends Origin.
    expect(check("PATCH", { origin: "https://evil.example" })).toMatch(/another origin/);
    expect(check("POST", { origin: "null" })).toMatch(/another origin/);
    // Sec-Fetch-Site alone is enough to refuse.
    expect(check("POST", { "sec-fetch-site": "cross-site" })).toMatch(/another site/);
  });

  it("accepts writes from Claimdesk's own pages", () => {
    expect(check("POST", { origin: "https://claims.example.org", "sec-fetch-site": "same-origin" })).toBeNull();
    expect(check("POST", { origin: "HTTP://LOCALHOST:3000" })).toBeNull();
    expect(check("PUT", { "sec-fetch-site": "same-origin" })).toBeNull();
  });

  it("does not trust a same-origin claim when the origin is foreign", () => {
    expect(check("POST", { origin: "https://claims.example.org.evil.example", "sec-fetch-site": "same-origin" })).toMatch(/another origin/);
  });

  it("leaves token requests and non-browser clients to the route's own authentication", () => {
    expect(check("POST", { authorization: "Bearer cd_abc", origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBeNull();
    expect(check("POST", {})).toBeNull();
  });
});
