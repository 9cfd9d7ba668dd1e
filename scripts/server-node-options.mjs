/**
 * The Node.js options the start script gives each server process. SERVER_HEAP_MB caps the V8 heap (its old
 * generation): without a cap V8 lets the heap grow far past what the server keeps alive before it collects,
 * so memory follows the machine's size rather than the desk's work (README, Configuration, has the figures).
 */
export function serverNodeOptions(env) {
  const raw = env.SERVER_HEAP_MB?.trim();
  if (!raw) return [];
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 128) throw new Error(`SERVER_HEAP_MB must be a whole number of megabytes, at least 128 (got "${raw}").`);
  return [`--max-old-space-size=${mb}`];
}
