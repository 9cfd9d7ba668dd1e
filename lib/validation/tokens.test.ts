import { describe, expect, it } from "vitest";
import { bearerTokenOf, displayPrefix, scopeAllowsMethod, ZTokenCreate } from "./tokens";

const TOKEN = `cd_${"a".repeat(40)}-_Z`;

describe("bearerTokenOf", () => {
  it("is undefined without a header, so the session is used", () => {
    expect(bearerTokenOf(null)).toBeUndefined();
    expect(bearerTokenOf("  ")).toBeUndefined();
  });
  it("reads a well-formed bearer token, any case of the scheme", () => {
    expect(bearerTokenOf(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerTokenOf(`bearer   ${TOKEN} `)).toBe(TOKEN);
  });
  it("is null for other schemes and malformed tokens", () => {
    expect(bearerTokenOf(`Basic ${TOKEN}`)).toBeNull();
    expect(bearerTokenOf("Bearer cd_short")).toBeNull();
    expect(bearerTokenOf(`Bearer xx_${"a".repeat(43)}`)).toBeNull();
    expect(bearerTokenOf(`Bearer ${TOKEN} extra`)).toBeNull();
  });
});

describe("scopeAllowsMethod", () => {
  it("lets read tokens only read", () => {
    expect(scopeAllowsMethod("read", "GET")).toBe(true);
    expect(scopeAllowsMethod("read", "head")).toBe(true);
    for (const method of ["POST", "PATCH", "PUT", "DELETE"]) expect(scopeAllowsMethod("read", method)).toBe(false);
  });
  it("lets write tokens use every method", () => {
    for (const method of ["GET", "POST", "PATCH", "DELETE"]) expect(scopeAllowsMethod("write", method)).toBe(true);
  });
});

describe("ZTokenCreate", () => {
  it("needs a name and a known scope", () => {
    expect(ZTokenCreate.safeParse({ name: " CI ", scope: "read" })).toMatchObject({ success: true, data: { name: "CI" } });
    expect(ZTokenCreate.safeParse({ name: "", scope: "read" }).success).toBe(false);
    expect(ZTokenCreate.safeParse({ name: "x", scope: "admin" }).success).toBe(false);
  });
});

it("shows only the start of a token", () => {
  expect(displayPrefix(TOKEN)).toBe("cd_aaaaaa");
});
