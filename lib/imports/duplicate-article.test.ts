import { describe, expect, it } from "vitest";
import { articleTextHash, normalizeArticleUrl, NEAR_IDENTICAL, shingles, similarity } from "./duplicate-article";

const TEXT = "Officials said the storm destroyed at least 240 homes in the coastal district on Monday. Maria Lopez said nearly 1,500 people had been moved to shelters.";

describe("duplicate articles", () => {
  it("gives the same hash to the same text pasted with other spacing, case and quotes", () => {
    expect(articleTextHash(TEXT)).toBe(articleTextHash(`  ${TEXT.toUpperCase().replace(/ /g, "\n")} `));
    expect(articleTextHash(TEXT)).not.toBe(articleTextHash(TEXT.replace("240", "250")));
  });

  it("finds near-identical texts and keeps different ones apart", () => {
    const edited = TEXT.replace("Monday", "Tuesday");
    expect(similarity(shingles(TEXT), shingles(edited))).toBeGreaterThan(0.5);
    expect(similarity(shingles(TEXT), shingles(TEXT + " The service expects more rain."))).toBeGreaterThanOrEqual(NEAR_IDENTICAL);
    expect(similarity(shingles(TEXT), shingles("The council said 12 bridges need repair before the winter."))).toBe(0);
  });

  it("compares web addresses without the parts that do not name the article", () => {
    expect(normalizeArticleUrl("https://www.Example.org/news/storm/?utm_source=x#top")).toBe(normalizeArticleUrl("http://example.org/news/storm"));
    expect(normalizeArticleUrl("https://example.org/news/storm?id=2")).not.toBe(normalizeArticleUrl("https://example.org/news/storm?id=3"));
  });
});
