/**
 * The Node.js options the start script gives each server process. SERVER_HEAP_MB caps the V8 heap (its old
 * generation), 1024 MB unless set; `off` leaves the limit to V8. Without an explicit limit V8 sizes the heap
 * from the machine's memory and lets it grow to about four times what survived the last full collection before
 * collecting again: on a 24 GB machine the server held 450-700 MB under load with under 100 MB alive. Any
 * limit under 2 GB makes V8 grow the heap by less than half as much each time, so the server stays near
 * 250-300 MB, for about a fifth more CPU per page (README, Configuration, has the figures).
 */
export const DEFAULT_SERVER_HEAP_MB = 1024;

export function serverNodeOptions(env) {
  const raw = env.SERVER_HEAP_MB?.trim() || String(DEFAULT_SERVER_HEAP_MB);
  if (raw.toLowerCase() === "off") return [];
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 128) throw new Error(`SERVER_HEAP_MB must be a whole number of megabytes (at least 128) or off (got "${raw}").`);
  return [`--max-old-space-size=${mb}`];
}
