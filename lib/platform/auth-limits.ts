/**
 * Limits on sign-in and on sessions, from the environment (README, "Security and operations").
 * Pure: no I/O, so the defaults and the parsing are unit-tested.
 */

type Env = Record<string, string | undefined>;

export interface SignInLimits {
  /** AUTH_RATE_LIMIT=off turns throttling off, for throwaway test servers only */
  enabled: boolean;
  /** ASVS 2.2.1: at most 100 failed attempts an hour per account */
  account: { maxFailures: number; windowSeconds: number };
  /** per client address, as resolved from TRUSTED_PROXIES by scripts/serve.mjs */
  address: { maxFailures: number; windowSeconds: number };
}

export interface SessionLimits {
  /** absolute lifetime from sign-in, whatever the activity */
  maxAgeSeconds: number;
  /** a session unused for this long ends */
  idleSeconds: number;
}

function positive(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}".`);
  return value;
}

export function signInLimits(env: Env = process.env): SignInLimits {
  return {
    enabled: env.AUTH_RATE_LIMIT?.trim().toLowerCase() !== "off",
    account: {
      maxFailures: Math.floor(positive(env, "SIGN_IN_ACCOUNT_MAX_FAILURES", 100)),
      windowSeconds: positive(env, "SIGN_IN_ACCOUNT_WINDOW_SECONDS", 3600),
    },
    address: {
      maxFailures: Math.floor(positive(env, "SIGN_IN_ADDRESS_MAX_FAILURES", 10)),
      windowSeconds: positive(env, "SIGN_IN_ADDRESS_WINDOW_SECONDS", 60),
    },
  };
}

/** ASVS 3.3 (level 2): 12 hours absolute, 30 minutes idle, unless configured otherwise. */
export function sessionLimits(env: Env = process.env): SessionLimits {
  return {
    maxAgeSeconds: Math.max(1, Math.round(positive(env, "SESSION_MAX_AGE_HOURS", 12) * 3600)),
    idleSeconds: Math.max(1, Math.round(positive(env, "SESSION_IDLE_MINUTES", 30) * 60)),
  };
}

/**
 * Whether a session is still alive, and when to record that it was used. A session ends when it is older
 * than the absolute lifetime or has not been used for the idle limit (its `updatedAt` is its last use).
 * Use is recorded at most every few seconds (a quarter of the idle limit, at most a minute), so a busy
 * page does not write on every request and the idle limit is still kept to within that.
 */
export function sessionState(session: { createdAt: Date; updatedAt: Date }, now: number, limits: SessionLimits = sessionLimits()): "expired" | "touch" | "fresh" {
  const idleFor = now - session.updatedAt.getTime();
  if (now - session.createdAt.getTime() >= limits.maxAgeSeconds * 1000 || idleFor >= limits.idleSeconds * 1000) return "expired";
  return idleFor >= Math.min(60_000, (limits.idleSeconds * 1000) / 4) ? "touch" : "fresh";
}
