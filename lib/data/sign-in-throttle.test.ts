import { describe, expect, it } from "vitest";
import type { SignInLimits } from "@/lib/platform/auth-limits";
import { countRows } from "./testing/harness";
import { countSignInAttempt, forgiveSignInAttempt, pruneSignInThrottle } from "./sign-in-throttle";

const limits: SignInLimits = {
  enabled: true,
  account: { maxFailures: 100, windowSeconds: 3600 },
  address: { maxFailures: 10, windowSeconds: 60 },
};
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
let n = 0;
const freshEmail = () => `Someone.${++n}.${Date.now()}@Example.org`;
const freshAddress = () => `198.51.100.${++n % 250}-${Date.now()}`;

/** Counts `times` attempts at one-second steps from `start`; answers the last wait (null: allowed). */
async function attempts(times: number, email: string, address: () => string, start = T0) {
  let wait: number | null = null;
  for (let i = 0; i < times; i++) wait = await countSignInAttempt(email, address(), start + i * 1000, limits);
  return wait;
}

describe("per account", () => {
  it("allows 100 failures an hour, then refuses until the window that began with the first one ends", async () => {
    const email = freshEmail();
    // Each attempt from a different address, so only the account can be what is counted.
    expect(await attempts(100, email, freshAddress)).toBeNull();
    const wait = await countSignInAttempt(email, freshAddress(), T0 + 100_000, limits);
    expect(wait).toBe(3600 - 100);
    // Any spelling of the address counts against the same account.
    expect(await countSignInAttempt(email.toUpperCase(), freshAddress(), T0 + 200_000, limits)).toBe(3600 - 200);
    // Temporary: the window ends, and a fresh count starts.
    expect(await countSignInAttempt(email, freshAddress(), T0 + 3600_000, limits)).toBeNull();
  });

  it("starts afresh after a successful sign-in", async () => {
    const email = freshEmail();
    const address = freshAddress();
    await attempts(99, email, freshAddress);
    await countSignInAttempt(email, address, T0 + 99_000, limits); // the successful attempt, counted as it arrives
    await forgiveSignInAttempt(email, address, limits);
    expect(await attempts(100, email, freshAddress, T0 + 100_000)).toBeNull();
    expect(await countSignInAttempt(email, freshAddress(), T0 + 300_000, limits)).not.toBeNull();
  });

  it("counts attempts that arrive together, so parallel guesses cannot all slip through", async () => {
    const email = freshEmail();
    const waits = await Promise.all(Array.from({ length: 130 }, () => countSignInAttempt(email, freshAddress(), T0, limits)));
    expect(waits.filter((wait) => wait === null)).toHaveLength(100);
  });
});

describe("per address", () => {
  it("allows 10 failures a minute from one address, whatever accounts they try", async () => {
    const address = freshAddress();
    let wait: number | null = null;
    for (let i = 0; i < 10; i++) wait = await countSignInAttempt(freshEmail(), address, T0 + i * 1000, limits);
    expect(wait).toBeNull();
    expect(await countSignInAttempt(freshEmail(), address, T0 + 15_000, limits)).toBe(45);
    expect(await countSignInAttempt(freshEmail(), address, T0 + 60_000, limits)).toBeNull();
  });

  it("gives a successful sign-in its attempt back", async () => {
    const address = freshAddress();
    for (let i = 0; i < 10; i++) {
      const email = freshEmail();
      expect(await countSignInAttempt(email, address, T0 + i, limits)).toBeNull();
      await forgiveSignInAttempt(email, address, limits);
    }
    expect(await countSignInAttempt(freshEmail(), address, T0 + 20, limits)).toBeNull();
  });
});

describe("switched off and tidied up", () => {
  it("counts nothing when throttling is off", async () => {
    const email = freshEmail();
    const before = await countRows("SignInThrottle");
    expect(await countSignInAttempt(email, freshAddress(), T0, { ...limits, enabled: false })).toBeNull();
    expect(await countRows("SignInThrottle")).toBe(before);
  });

  it("drops counters whose windows ended long ago and keeps current ones", async () => {
    const old = freshEmail();
    const current = freshEmail();
    await countSignInAttempt(old, "203.0.113.250", T0 - 2 * 3600_000, limits);
    await countSignInAttempt(current, "203.0.113.251", T0, limits);
    await pruneSignInThrottle(T0, limits);
    expect(await countRows("SignInThrottle", "key = ?", `account:${old.toLowerCase()}`)).toBe(0);
    expect(await countRows("SignInThrottle", "key = ?", `account:${current.toLowerCase()}`)).toBe(1);
  });
});
