import { describe, expect, it } from "vitest";
import { readHtmlPage, readPage, readTextPage } from "./page-reader";
import { FIXTURE_ARTICLE, FIXTURE_ARTICLE_TITLE } from "./testing/fixture-site";

describe("readHtmlPage", () => {
  const page = readHtmlPage(FIXTURE_ARTICLE, "https://courier.example/news/flood");

  it("takes the title, outlet, date and byline from the page's metadata", () => {
    expect(page.title).toBe(FIXTURE_ARTICLE_TITLE);
    expect(page.outlet).toBe("Riverside Courier");
    expect(page.publishedAt?.toISOString()).toBe("2026-11-28T09:30:00.000Z");
    expect(page.byline).toBe("Jane Okafor");
  });

  it("keeps the article's paragraphs and drops navigation, ads, scripts and footer", () => {
    expect(page.text).toContain("at least 1,200 homes had been damaged by the water.");
    expect(page.text).toContain("nearly 3,000 residents spent the night");
    expect(page.text).toMatch(/damaged by the water\.\n\nMayor Daniel Reyes/);
    // The "By Jane Okafor" line goes to the byline field, not the text.
    expect(page.text).toMatch(/^The harbour district flooded overnight/);
    for (const junk of ["Advertisement", "Sport", "scripts must not run", "All rights reserved", "color: red"]) expect(page.text).not.toContain(junk);
  });

  it("falls back to the document's own title, the host and <time> when metadata is missing", () => {
    const bare = readHtmlPage(
      `<html><head><title>Council budget vote</title></head><body><article><p>${"The council voted on the budget on Monday evening after a long debate. ".repeat(8)}</p><time datetime="2025-03-04">4 March</time></article></body></html>`,
      "https://www.localnews.example/a",
    );
    expect(bare.title).toBe("Council budget vote");
    expect(bare.outlet).toBe("localnews.example");
    expect(bare.publishedAt?.toISOString().slice(0, 10)).toBe("2025-03-04");
    expect(bare.byline).toBeNull();
  });

  it("survives broken JSON-LD and nonsense dates", () => {
    const odd = readHtmlPage(
      `<html><head><title>T</title><script type="application/ld+json">{not json</script><meta property="article:published_time" content="yesterday"></head><body><p>Short text.</p></body></html>`,
      "https://odd.example/",
    );
    expect(odd.publishedAt).toBeNull();
    expect(odd.text).toContain("Short text.");
  });
});

describe("readTextPage", () => {
  it("uses the first line as the title and the host as the outlet", () => {
    const page = readTextPage("\uFEFFFlood notes\r\n\r\nAt least 1,200 homes.\r\n", "https://notes.example/flood.txt");
    expect(page).toEqual({ title: "Flood notes", outlet: "notes.example", publishedAt: null, byline: null, text: "Flood notes\n\nAt least 1,200 homes." });
  });
  it("is chosen for text/plain", () => {
    expect(readPage({ text: "<b>not html</b>", contentType: "text/plain", finalUrl: "https://x.example/" }).text).toBe("<b>not html</b>");
  });
});
