import { describe, expect, it } from "vitest";
import { readPage } from "./page-reader";
import { INLINE_READ_LIMIT, readPageOffThread } from "./read-page-off-thread";
import { FIXTURE_ARTICLE } from "./testing/fixture-site";
import { OFF_THREAD_TIMEOUT } from "@/lib/jobs/testing/off-thread-timeout";

const paragraph = FIXTURE_ARTICLE.match(/<p>The harbour[\s\S]*?<\/p>/)![0];
const long = { text: FIXTURE_ARTICLE.replace("</article>", `${paragraph.repeat(800)}</article>`), contentType: "text/html", finalUrl: "https://courier.example/flood" };

describe("readPageOffThread", () => {
  it("reads a large page in a thread and finds what reading it inline finds, while the event loop keeps turning", async () => {
    expect(long.text.length).toBeGreaterThan(INLINE_READ_LIMIT);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const read = await readPageOffThread(long);
    clearInterval(ticker);
    expect(read).toEqual(readPage(long));
    expect(read.publishedAt).toBeInstanceOf(Date);
    // Reading took a while; timers kept firing meanwhile, so the event loop was free.
    expect(ticks).toBeGreaterThan(3);
  }, OFF_THREAD_TIMEOUT);
});
