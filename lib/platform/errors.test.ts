import { describe, expect, it } from "vitest";
import { AppError, HTTP_STATUS, toAppError } from "./errors";

describe("toAppError", () => {
  it("keeps an AppError as it is", () => {
    const error = new AppError("conflict", "Changed meanwhile.");
    expect(toAppError(error)).toBe(error);
  });

  it("maps Prisma's unique and not-found errors to conflict and not_found", () => {
    expect(toAppError(Object.assign(new Error("unique"), { code: "P2002" })).code).toBe("conflict");
    expect(toAppError(Object.assign(new Error("gone"), { code: "P2025" })).code).toBe("not_found");
  });

  it("answers a write that waited too long for the database lock with 503 and Retry-After, not 500", () => {
    for (const error of [
      Object.assign(new Error("Operations timed out"), { code: "P1008" }),
      Object.assign(new Error("Transaction API error"), { code: "P2028" }),
      new Error("SqliteError: database is locked"),
      Object.assign(new Error("busy"), { code: "SQLITE_BUSY" }),
    ]) {
      const mapped = toAppError(error);
      expect(mapped.code).toBe("busy");
      expect(HTTP_STATUS[mapped.code]).toBe(503);
      expect(mapped.headers).toEqual({ "Retry-After": "5" });
      expect(mapped.userMessage).toMatch(/Nothing was saved; please try again/);
    }
  });

  it("hides anything else behind a generic internal error", () => {
    const mapped = toAppError(new TypeError("x is undefined"));
    expect(mapped.code).toBe("internal");
    expect(mapped.userMessage).not.toContain("undefined");
  });
});
