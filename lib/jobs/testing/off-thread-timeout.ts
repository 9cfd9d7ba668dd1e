/**
 * The time limit for a test that runs work on a worker thread. The thread compiles its code cold; on a loaded
 * machine that can pass vitest's 5 s default, which is no part of what such a test checks.
 */
export const OFF_THREAD_TIMEOUT = 60_000;
