/**
 * The Node.js options the start script gives each server process: the V8 heap's two generations.
 *
 * SERVER_HEAP_MB caps the old generation, 1024 MB unless set; `off` leaves the limit to V8. Without an explicit
 * limit V8 sizes the heap from the machine's memory and lets it grow to about four times what survived the last
 * full collection before collecting again: on a 24 GB machine the server held 450-700 MB under load with under
 * 100 MB alive. Any limit under 2 GB makes V8 grow the heap by less than half as much each time, so the server
 * stays near 250-300 MB, for more full collections.
 *
 * SERVER_SEMI_SPACE_MB sizes the young generation (`--max-semi-space-size`: each of its two halves), 32 MB unless
 * set; `off` leaves V8's 16 MB. Almost everything a page allocates dies before the page is sent, but with 20
 * pages rendering at once a 16 MB half fills every three pages, while they are still alive: each scavenge copies
 * them, and what survives two is promoted to the old generation, where only a full collection frees it. At 32 MB
 * there are half the scavenges, less is promoted, and a page costs 3-4% less CPU for about 30 MB more memory
 * (README, Configuration, has the figures).
 */
export const DEFAULT_SERVER_HEAP_MB = 1024;
export const DEFAULT_SERVER_SEMI_SPACE_MB = 32;

/** A whole number of megabytes from the environment, its default when unset, or null for `off`. */
function megabytes(env, name, fallback, min, max) {
  const raw = env[name]?.trim() || String(fallback);
  if (raw.toLowerCase() === "off") return null;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < min || mb > max) throw new Error(`${name} must be a whole number of megabytes (${min} to ${max}) or off (got "${raw}").`);
  return mb;
}

export function serverNodeOptions(env) {
  const heap = megabytes(env, "SERVER_HEAP_MB", DEFAULT_SERVER_HEAP_MB, 128, 65536);
  const semiSpace = megabytes(env, "SERVER_SEMI_SPACE_MB", DEFAULT_SERVER_SEMI_SPACE_MB, 1, 256);
  return [...(heap === null ? [] : [`--max-old-space-size=${heap}`]), ...(semiSpace === null ? [] : [`--max-semi-space-size=${semiSpace}`])];
}
