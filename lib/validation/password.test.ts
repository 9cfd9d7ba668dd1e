import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "./password";
import { ZPasswordReset, ZUserCreate } from "./user";

describe("password rules", () => {
  it("wants at least 12 characters, counted as characters rather than UTF-16 units", () => {
    expect(passwordProblem("short-pass1")).toMatch(/at least 12/);
    expect(passwordProblem("🔑🔑🔑🔑🔑🔑")).toMatch(/at least 12/); // 12 UTF-16 units, 6 characters
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
  });

  it("refuses the common passwords of the shipped list, whatever their case", () => {
    expect(isCommonPassword("1qaz2wsx3edc")).toBe(true);
    expect(passwordProblem("1QAZ2WSX3EDC")).toMatch(/most common passwords/);
    expect(passwordProblem("QwertyUiop12")).toBe(passwordProblem("qwertyuiop12"));
  });

  it("accepts the demo password and a passphrase", () => {
    expect(passwordProblem("e2e-demo-password")).toBeNull();
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });

  it("is what the user forms check", () => {
    const user = { name: "Ana", email: "ana@example.org", role: "viewer" };
    expect(ZUserCreate.safeParse({ ...user, password: "1qaz2wsx3edc" }).error?.issues[0].message).toMatch(/most common/);
    expect(ZUserCreate.safeParse({ ...user, password: "ten-chars!" }).error?.issues[0].message).toMatch(/at least 12/);
    expect(ZUserCreate.safeParse({ ...user, password: "a sound passphrase" }).success).toBe(true);
    expect(ZPasswordReset.safeParse({ userId: "u1", password: "qwerty123456" }).success).toBe(false);
  });
});
