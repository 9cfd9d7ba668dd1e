/**
 * The pragmas of every connection to the database (the server's, each job worker's, the start, backup and
 * restore scripts mirror them in scripts/sqlite-pragmas.mjs):
 *
 * - journal_mode=WAL: readers never wait for a writer and a writer never waits for readers, so pages and
 *   /api/health answer while a background import writes; the online backup reads a consistent snapshot.
 * - synchronous=NORMAL: in WAL mode a commit is safe against the app crashing or being killed (the WAL is
 *   written before the commit returns); only a power cut or OS crash may lose the last few commits, never
 *   corrupt the database. FULL would fsync on every commit for that last guarantee; a desk that cannot
 *   re-enter a few seconds of work after a power cut should set it (and run on a UPS).
 * - busy_timeout: a writer that finds the database locked by another connection (a worker thread's import)
 *   waits up to this long instead of failing at once.
 * - foreign_keys=ON: SQLite leaves it off per connection; Prisma's onDelete rules rely on it.
 */
export const BUSY_TIMEOUT_MS = 5000;

export const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  "PRAGMA synchronous = NORMAL;",
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`,
  "PRAGMA foreign_keys = ON;",
].join("\n");
