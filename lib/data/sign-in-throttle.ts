/** Sign-in throttling: failed attempts counted per account and per address, in windows. */
import "server-only";
import { db } from "@/lib/platform/db";
import { signInLimits, type SignInLimits } from "@/lib/platform/auth-limits";

/**
 * Sign-in throttling, before anyone is signed in (so no actor): every attempt counts against the account
 * and the client address as soon as it arrives, in one atomic statement each, so parallel guesses cannot
 * all slip past the check; a successful sign-in takes its attempt back. Windows are fixed from their
 * first attempt and simply expire: nobody is locked out for longer than a window.
 */

const accountKey = (email: string) => `account:${email.trim().toLowerCase().slice(0, 320)}`;
const addressKey = (address: string) => `address:${address.slice(0, 64)}`;

interface Count {
  failures: number;
  windowStart: number;
}

async function countAttempt(key: string, windowSeconds: number, now: number): Promise<Count> {
  const expired = now - windowSeconds * 1000;
  const rows = await db.$queryRaw<{ failures: number | bigint; windowStart: number | bigint }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" <= ${expired} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" <= ${expired} THEN excluded."windowStart" ELSE "SignInThrottle"."windowStart" END
    RETURNING "failures", "windowStart"`;
  return { failures: Number(rows[0].failures), windowStart: Number(rows[0].windowStart) };
}

/**
 * Counts a sign-in attempt for `email` from `address`. Answers the seconds to wait when either limit is
 * exceeded (the attempt must then be refused without checking the password), or null to go ahead.
 */
export async function countSignInAttempt(email: string, address: string, now = Date.now(), limits: SignInLimits = signInLimits()): Promise<number | null> {
  if (!limits.enabled) return null;
  const account = await countAttempt(accountKey(email), limits.account.windowSeconds, now);
  const client = await countAttempt(addressKey(address), limits.address.windowSeconds, now);
  const waits = [
    account.failures > limits.account.maxFailures ? account.windowStart + limits.account.windowSeconds * 1000 - now : 0,
    client.failures > limits.address.maxFailures ? client.windowStart + limits.address.windowSeconds * 1000 - now : 0,
  ];
  const wait = Math.max(...waits);
  return wait > 0 ? Math.ceil(wait / 1000) : null;
}

/** A successful sign-in: the account starts afresh, and the address gets this attempt back. */
export async function forgiveSignInAttempt(email: string, address: string, limits: SignInLimits = signInLimits()): Promise<void> {
  if (!limits.enabled) return;
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: accountKey(email) } }),
    db.$executeRaw`UPDATE "SignInThrottle" SET "failures" = CASE WHEN "failures" > 0 THEN "failures" - 1 ELSE 0 END WHERE "key" = ${addressKey(address)}`,
  ]);
}

/** Drops counters whose window ended long ago (called now and then, so the table stays small). */
export async function pruneSignInThrottle(now = Date.now(), limits: SignInLimits = signInLimits()): Promise<void> {
  const longest = Math.max(limits.account.windowSeconds, limits.address.windowSeconds) * 1000;
  await db.signInThrottle.deleteMany({ where: { windowStart: { lt: BigInt(Math.floor(now - longest)) } } });
}
