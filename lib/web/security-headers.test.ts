import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, servedOverHttps } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce, never inline, and eval only for the development server", () => {
    const production = contentSecurityPolicy("abc123");
    const scriptSrc = production.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(production).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("abc123", { development: true })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy("abc123", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe("servedOverHttps", () => {
  const headers = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});
  it("is true for an https public address, or when the (trusted) proxy says https", () => {
    expect(servedOverHttps(headers(), "https://claims.example.org")).toBe(true);
    expect(servedOverHttps(headers("https"), "http://localhost:3000")).toBe(true);
    expect(servedOverHttps(headers("HTTPS, http"), "http://localhost:3000")).toBe(true);
  });
  it("is false for plain http", () => {
    expect(servedOverHttps(headers(), "http://localhost:3000")).toBe(false);
    expect(servedOverHttps(headers("http"), "http://localhost:3000")).toBe(false);
  });
});
