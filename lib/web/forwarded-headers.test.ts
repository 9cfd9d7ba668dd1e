import { describe, expect, it } from "vitest";
import { isTrustedProxy, parseTrustedProxies, resolveClient } from "./forwarded-headers.mjs";

describe("TRUSTED_PROXIES", () => {
  it("parses addresses and CIDR ranges of both families", () => {
    const trusted = parseTrustedProxies(" 10.0.0.0/8, 192.168.1.5 ,::1, fd00::/8");
    expect(isTrustedProxy(trusted, "10.1.2.3")).toBe(true);
    expect(isTrustedProxy(trusted, "::ffff:10.1.2.3")).toBe(true);
    expect(isTrustedProxy(trusted, "192.168.1.5")).toBe(true);
    expect(isTrustedProxy(trusted, "192.168.1.6")).toBe(false);
    expect(isTrustedProxy(trusted, "::1")).toBe(true);
    expect(isTrustedProxy(trusted, "fd12::7")).toBe(true);
    expect(isTrustedProxy(trusted, "2001:db8::1")).toBe(false);
    expect(isTrustedProxy(trusted, "not an ip")).toBe(false);
  });

  it("trusts nobody by default", () => {
    expect(isTrustedProxy(parseTrustedProxies(undefined), "127.0.0.1")).toBe(false);
    expect(isTrustedProxy(parseTrustedProxies(""), "127.0.0.1")).toBe(false);
  });

  it("refuses a malformed entry instead of silently trusting less or more", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/proxy.internal/);
  });
});

describe("resolveClient", () => {
  const none = parseTrustedProxies("");
  const proxies = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClient(none, "203.0.113.9", "1.2.3.4")).toEqual({ client: "203.0.113.9", keepForwarded: false });
    expect(resolveClient(none, "::ffff:127.0.0.1", "1.2.3.4")).toEqual({ client: "127.0.0.1", keepForwarded: false });
    expect(resolveClient(proxies, "203.0.113.9", "1.2.3.4")).toEqual({ client: "203.0.113.9", keepForwarded: false });
  });

  it("takes the first address from the right that is not a trusted proxy", () => {
    // The client forged "6.6.6.6"; the proxy appended the address it saw.
    expect(resolveClient(proxies, "127.0.0.1", "6.6.6.6, 198.51.100.7")).toEqual({ client: "198.51.100.7", keepForwarded: true });
    expect(resolveClient(proxies, "127.0.0.1", "198.51.100.7, 10.0.0.2")).toEqual({ client: "198.51.100.7", keepForwarded: true });
  });

  it("falls back to the nearest hop when the chain holds only proxies or garbage", () => {
    expect(resolveClient(proxies, "127.0.0.1", "10.0.0.3")).toEqual({ client: "10.0.0.3", keepForwarded: true });
    expect(resolveClient(proxies, "127.0.0.1", "")).toEqual({ client: "127.0.0.1", keepForwarded: true });
    expect(resolveClient(proxies, "127.0.0.1", "junk")).toEqual({ client: "127.0.0.1", keepForwarded: true });
  });
});
