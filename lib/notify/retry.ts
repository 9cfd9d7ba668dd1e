/** When a failed delivery (webhook or mail) is tried again: exponential backoff, a bounded number of attempts. */

/** Attempts in all, the first included. */
export const MAX_DELIVERY_ATTEMPTS = 6;

/** The wait after attempt `attempt` (1-based) failed: base, 2×base, 4×base…, at most an hour; null when it was the last. */
export function retryDelayMs(attempt: number, baseMs: number, maxAttempts = MAX_DELIVERY_ATTEMPTS): number | null {
  if (attempt >= maxAttempts) return null;
  return Math.min(baseMs * 2 ** (attempt - 1), 60 * 60_000);
}

/** The first wait, from `DELIVERY_RETRY_SECONDS` (default 30 s). */
export function retryBaseMs(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.DELIVERY_RETRY_SECONDS);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 30_000;
}
