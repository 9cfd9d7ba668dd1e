import { afterAll, describe, expect, it, vi } from "vitest";
import { performance } from "node:perf_hooks";
import { extractClaims } from "@/lib/extraction/extract";
import { OFF_THREAD_TIMEOUT } from "./testing/off-thread-timeout";

vi.mock("server-only", () => ({}));
const { extractClaimsOffThread, readArticleOffThread, stopExtractionThread, INLINE_EXTRACTION_LIMIT } = await import("./extract-off-thread");
const { articleTextHash } = await import("@/lib/imports/duplicate-article");

afterAll(() => stopExtractionThread());

/** A long wire story: many paragraphs, each with attributed figures. */
function longArticle(paragraphs: number) {
  return Array.from(
    { length: paragraphs },
    (_, i) => `Officials said at least ${i + 3} homes were destroyed in district ${i}. "About ${i * 10 + 40} families have no shelter," said Mayor Ana Ruiz ${i % 7}.`,
  ).join("\n\n");
}

describe("extraction of long articles off the event loop", () => {
  it("finds in a worker thread exactly the claims extraction finds inline", async () => {
    const text = longArticle(2000);
    expect(text.length).toBeGreaterThan(INLINE_EXTRACTION_LIMIT);
    const offThread = await extractClaimsOffThread(text);
    expect(offThread.length).toBeGreaterThan(2000);
    expect(offThread).toEqual(extractClaims(text));
    expect((await readArticleOffThread(text)).textHash).toBe(articleTextHash(text));
  }, OFF_THREAD_TIMEOUT);

  it("keeps the event loop turning while a long article is extracted", async () => {
    const text = longArticle(6000);
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    const claims = await extractClaimsOffThread(text);
    const took = performance.now() - started;
    clearInterval(timer);
    expect(claims.length).toBeGreaterThan(6000);
    // The timer kept firing through the extraction: the main thread was free while the worker read.
    expect(ticks).toBeGreaterThan(took / 5 / 4);
    expect(longestGap).toBeLessThan(took);
  }, OFF_THREAD_TIMEOUT);

  it("answers several texts in the order asked, and short ones inline", async () => {
    const [a, b, short] = await Promise.all([
      extractClaimsOffThread(longArticle(900)),
      extractClaimsOffThread(longArticle(1100)),
      extractClaimsOffThread(longArticle(2)),
    ]);
    expect(a).toHaveLength(extractClaims(longArticle(900)).length);
    expect(b).toHaveLength(extractClaims(longArticle(1100)).length);
    expect(short).toEqual(extractClaims(longArticle(2)));
  }, OFF_THREAD_TIMEOUT);
});
