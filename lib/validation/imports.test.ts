import { describe, expect, it } from "vitest";
import { parseClaimReviews } from "./imports";

const review = (over: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://factcheck.example/a",
  claimReviewed: "The moon is made of cheese.",
  reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1 },
  author: { "@type": "Organization", name: "Example Checks" },
  datePublished: "2024-05-01",
  ...over,
});

describe("parseClaimReviews", () => {
  it("accepts a single ClaimReview", () => {
    const { reviews, errors } = parseClaimReviews(JSON.stringify(review()));
    expect(errors).toEqual([]);
    expect(reviews).toEqual([
      expect.objectContaining({
        url: "https://factcheck.example/a",
        publisher: "Example Checks",
        claimReviewed: "The moon is made of cheese.",
        ratingName: "False",
        ratingValue: 1,
        datePublished: new Date("2024-05-01T00:00:00Z"),
      }),
    ]);
  });

  it("accepts an array and a @graph, skipping other node types in the graph", () => {
    const array = parseClaimReviews(JSON.stringify([review(), review({ url: "https://factcheck.example/b" })]));
    expect(array.reviews).toHaveLength(2);
    const graph = parseClaimReviews(JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, review()] }));
    expect(graph.errors).toEqual([]);
    expect(graph.reviews).toHaveLength(1);
  });

  it("names the missing fields by item", () => {
    const { reviews, errors } = parseClaimReviews(
      JSON.stringify([review(), review({ url: undefined, reviewRating: { ratingValue: 2 }, claimReviewed: "" })]),
    );
    expect(reviews).toHaveLength(1);
    expect(errors.map((e) => `${e.item}: ${e.message}`)).toEqual([
      "2: url is required.",
      "2: claimReviewed is required.",
      "2: reviewRating.alternateName is required.",
    ]);
  });

  it("treats author and datePublished as optional; the publisher falls back to the site", () => {
    const { reviews } = parseClaimReviews(JSON.stringify(review({ author: undefined, datePublished: undefined, url: "https://www.checks.example/x" })));
    expect(reviews[0]).toMatchObject({ publisher: "checks.example", datePublished: null });
  });

  it("refuses text that is not JSON, holds no ClaimReview, or repeats a url", () => {
    expect(parseClaimReviews("{not json").errors[0].message).toMatch(/not valid JSON/);
    expect(parseClaimReviews(JSON.stringify({ "@graph": [{ "@type": "WebPage" }] })).errors[0].message).toMatch(/No ClaimReview/);
    expect(parseClaimReviews(JSON.stringify([review(), review()])).errors[0].message).toMatch(/twice/);
    expect(parseClaimReviews(JSON.stringify(review({ "@type": "Article" }))).errors[0].message).toMatch(/ClaimReview/);
  });
});
