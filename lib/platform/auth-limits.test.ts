import { describe, expect, it } from "vitest";
import { sessionLimits, sessionState, signInLimits } from "./auth-limits";

describe("signInLimits", () => {
  it("defaults to 100 failures an hour per account and 10 a minute per address", () => {
    expect(signInLimits({})).toEqual({
      enabled: true,
      account: { maxFailures: 100, windowSeconds: 3600 },
      address: { maxFailures: 10, windowSeconds: 60 },
    });
  });

  it("reads the environment, and only an explicit off turns throttling off", () => {
    const limits = signInLimits({ SIGN_IN_ACCOUNT_MAX_FAILURES: "5", SIGN_IN_ACCOUNT_WINDOW_SECONDS: "8", AUTH_RATE_LIMIT: "on" });
    expect(limits.account).toEqual({ maxFailures: 5, windowSeconds: 8 });
    expect(limits.enabled).toBe(true);
    expect(signInLimits({ AUTH_RATE_LIMIT: "OFF" }).enabled).toBe(false);
  });

  it("refuses a nonsensical setting rather than running without a limit", () => {
    expect(() => signInLimits({ SIGN_IN_ACCOUNT_MAX_FAILURES: "0" })).toThrow(/SIGN_IN_ACCOUNT_MAX_FAILURES/);
    expect(() => signInLimits({ SIGN_IN_ADDRESS_WINDOW_SECONDS: "soon" })).toThrow(/SIGN_IN_ADDRESS_WINDOW_SECONDS/);
  });
});

describe("sessionLimits", () => {
  it("defaults to 12 hours absolute and 30 minutes idle", () => {
    expect(sessionLimits({})).toEqual({ maxAgeSeconds: 12 * 3600, idleSeconds: 30 * 60 });
  });

  it("accepts fractions, for short-lived test servers", () => {
    expect(sessionLimits({ SESSION_MAX_AGE_HOURS: "0.5", SESSION_IDLE_MINUTES: "0.1" })).toEqual({ maxAgeSeconds: 1800, idleSeconds: 6 });
    expect(() => sessionLimits({ SESSION_IDLE_MINUTES: "-1" })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});

describe("sessionState", () => {
  const limits = { maxAgeSeconds: 12 * 3600, idleSeconds: 30 * 60 };
  const t0 = Date.UTC(2026, 0, 5, 8, 0);
  const at = (minutes: number) => t0 + minutes * 60_000;
  const session = (createdMin: number, usedMin: number) => ({ createdAt: new Date(at(createdMin)), updatedAt: new Date(at(usedMin)) });

  it("keeps a session in use, recording its use at most every minute", () => {
    expect(sessionState(session(0, 0), at(0.5), limits)).toBe("fresh");
    expect(sessionState(session(0, 0), at(1), limits)).toBe("touch");
    expect(sessionState(session(0, 600), at(629), limits)).toBe("touch");
  });

  it("ends a session unused for the idle limit", () => {
    expect(sessionState(session(0, 10), at(39.9), limits)).toBe("touch");
    expect(sessionState(session(0, 10), at(40), limits)).toBe("expired");
  });

  it("ends a session at its absolute lifetime however busy it is", () => {
    expect(sessionState(session(0, 719.5), at(720), limits)).toBe("expired");
  });

  it("records use often enough for a short idle limit to hold", () => {
    const short = { maxAgeSeconds: 60, idleSeconds: 8 };
    expect(sessionState(session(0, 0), t0 + 1_999, short)).toBe("fresh");
    expect(sessionState(session(0, 0), t0 + 2_000, short)).toBe("touch");
  });
});
