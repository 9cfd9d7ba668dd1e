import { describe, expect, it } from "vitest";
import {
  buildClaimReviews,
  claimIdOfSlug,
  claimReviewSlug,
  jsonLdScriptContent,
  toClaimReview,
  validateClaimReview,
  type ClaimReviewSource,
} from "./claim-review";

const TRUCKS =
  "An Associated Press team in Baghouz, a village near the Iraqi border where ISIS is making its final stand, counted at least 17 trucks that emerged through a humanitarian corridor.";

/** Like the seed's "17 trucks" claim, with an article address. */
const trucks: ClaimReviewSource = {
  id: 3,
  statement: TRUCKS,
  asOf: new Date("2019-02-20T00:00:00Z"),
  publishedAt: new Date("2026-03-04T15:30:00Z"),
  rating: { name: "True", reviewValue: 5 },
  speaker: { name: "Associated Press", kind: "organization", description: "news agency" },
  article: { title: "Convoy leaves last ISIS enclave", url: "https://apnews.com/article/baghouz", publishedAt: new Date("2019-02-20T00:00:00Z") },
};
const org = { name: "Example Fact Check", url: "https://factcheck.example" };
const BASE = "http://localhost:3000";

describe("toClaimReview", () => {
  it("maps a seed-like claim to the exact ClaimReview", () => {
    const url = `${BASE}/f/3-an-associated-press-team-in-baghouz-a-village-near-the-iraqi`;
    expect(toClaimReview(trucks, org, `${BASE}/`)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url,
      claimReviewed: TRUCKS,
      datePublished: "2026-03-04",
      author: { "@type": "Organization", name: "Example Fact Check", url: "https://factcheck.example" },
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "True" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Associated Press", description: "news agency" },
        datePublished: "2019-02-20",
        appearance: { "@type": "CreativeWork", url: "https://apnews.com/article/baghouz", headline: "Convoy leaves last ISIS enclave" },
        firstAppearance: { "@type": "CreativeWork", url: "https://apnews.com/article/baghouz", headline: "Convoy leaves last ISIS enclave" },
      },
    });
  });

  it("makes a person speaker a Person with their description as job title", () => {
    const bali = { ...trucks, speaker: { name: "Mustafa Bali", kind: "person", description: "spokesman for the Syrian Democratic Forces" } };
    expect(toClaimReview(bali, org, BASE).itemReviewed.author).toEqual({
      "@type": "Person",
      name: "Mustafa Bali",
      jobTitle: "spokesman for the Syrian Democratic Forces",
    });
    const noDescription = { ...trucks, speaker: { name: "Zana Amedi", kind: "person", description: null } };
    expect(toClaimReview(noDescription, org, BASE).itemReviewed.author).toEqual({ "@type": "Person", name: "Zana Amedi" });
  });

  it("keeps only the name of a rating outside the scale", () => {
    const unverifiable = { ...trucks, rating: { name: "Unverifiable", reviewValue: null } };
    expect(toClaimReview(unverifiable, org, BASE).reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
  });

  it("dates the claim by the article when it has no as-of date", () => {
    const undated = { ...trucks, asOf: null, article: { ...trucks.article!, publishedAt: new Date("2019-02-19T23:00:00Z") } };
    expect(toClaimReview(undated, org, BASE).itemReviewed.datePublished).toBe("2019-02-19");
    expect(toClaimReview({ ...undated, article: null }, org, BASE).itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Organization", name: "Associated Press", description: "news agency" },
    });
  });
});

describe("validateClaimReview and buildClaimReviews", () => {
  it("warns, but exports, a claim whose article has no address", () => {
    const noUrl = { ...trucks, article: { ...trucks.article!, url: null } };
    const record = toClaimReview(noUrl, org, BASE);
    expect(record.itemReviewed.appearance).toBeUndefined();
    expect(record.itemReviewed.firstAppearance).toBeUndefined();
    expect(validateClaimReview(record)).toEqual({
      problems: [],
      warnings: ["itemReviewed.appearance: the claim's article has no web address"],
    });
    const built = buildClaimReviews([noUrl], org, BASE);
    expect(built.records).toHaveLength(1);
    expect(built.skipped).toEqual([]);
    expect(built.warnings).toEqual([{ claimId: 3, warnings: ["itemReviewed.appearance: the claim's article has no web address"] }]);
  });

  it("lists the missing recommended fields as warnings", () => {
    const bare = { ...trucks, publishedAt: null, speaker: null, article: null, asOf: null };
    expect(validateClaimReview(toClaimReview(bare, { name: "Desk", url: "" }, BASE)).warnings).toEqual([
      "author.url: the organisation's web address is not set",
      "datePublished: the verdict has no publication date",
      "itemReviewed.author.name: the claim has no named speaker",
      "itemReviewed.appearance: the claim's article has no web address",
    ]);
  });

  it("skips every claim, with the reason, when the organisation has no name", () => {
    const built = buildClaimReviews([trucks, { ...trucks, id: 4 }], { name: "  ", url: "" }, BASE);
    expect(built.records).toEqual([]);
    expect(built.skipped).toEqual([
      { claimId: 3, statement: TRUCKS, reasons: ["author.name: the organisation name is not set (Settings → Publishing)"] },
      { claimId: 4, statement: TRUCKS, reasons: ["author.name: the organisation name is not set (Settings → Publishing)"] },
    ]);
  });

  it("skips a claim with no rating name or no statement, and keeps the others", () => {
    const unnamed = { ...trucks, id: 5, rating: { name: " ", reviewValue: 3 } };
    const unrated = { ...trucks, id: 6, statement: "  ", rating: null };
    const built = buildClaimReviews([unnamed, trucks, unrated], org, BASE);
    expect(built.records.map((r) => r.claimReviewed)).toEqual([TRUCKS]);
    expect(built.skipped).toEqual([
      { claimId: 5, statement: TRUCKS, reasons: ["reviewRating.alternateName: the verdict has no rating name"] },
      {
        claimId: 6,
        statement: "  ",
        reasons: ["claimReviewed: the claim has no statement", "reviewRating.alternateName: the verdict has no rating name"],
      },
    ]);
  });
});

describe("slugs", () => {
  it("are the id and at most 60 characters of the statement, cut between words", () => {
    const slug = claimReviewSlug(trucks);
    expect(slug).toBe("3-an-associated-press-team-in-baghouz-a-village-near-the-iraqi");
    expect(slug.length - "3-".length).toBeLessThanOrEqual(60);
    expect(claimReviewSlug({ id: 9, statement: "Über 1,500 “Menschen” – déjà vu!" })).toBe("9-uber-1-500-menschen-deja-vu");
    expect(claimReviewSlug({ id: 9, statement: "«»" })).toBe("9");
    expect(claimReviewSlug({ id: 9, statement: "x".repeat(80) })).toBe(`9-${"x".repeat(60)}`);
  });

  it("give back their claim id", () => {
    expect(claimIdOfSlug("3-an-associated-press")).toBe(3);
    expect(claimIdOfSlug("12")).toBe(12);
    expect(claimIdOfSlug("0-zero")).toBeNull();
    expect(claimIdOfSlug("abc")).toBeNull();
    expect(claimIdOfSlug("12abc")).toBeNull();
  });
});

describe("jsonLdScriptContent", () => {
  it("escapes < so a statement cannot close the script tag, and parses back to the same text", () => {
    const statement = 'He said "</script><script>alert(1)</script>"';
    const content = jsonLdScriptContent({ claimReviewed: statement });
    expect(content).not.toContain("<");
    expect(JSON.parse(content).claimReviewed).toBe(statement);
  });
});

describe("appearances of a linked group", () => {
  it("lists every appearance's address under itemReviewed.appearance, the claim's own first, each once", () => {
    const record = toClaimReview(
      {
        id: 9, statement: "Nearly 20,000 civilians had left the enclave", asOf: null, publishedAt: new Date("2019-03-01T00:00:00Z"),
        rating: { name: "True", reviewValue: 5 }, speaker: null,
        article: { title: "AP", url: "https://apnews.example/a", publishedAt: null },
        appearances: [
          { article: { title: "Wire", url: "https://wire.example/b" } },
          { article: { title: "AP again", url: "https://apnews.example/a" } },
          { article: null },
        ],
      },
      { name: "Desk", url: "" },
      "https://desk.example",
    );
    expect(record.itemReviewed.appearance).toEqual([
      { "@type": "CreativeWork", url: "https://apnews.example/a", headline: "AP" },
      { "@type": "CreativeWork", url: "https://wire.example/b", headline: "Wire" },
    ]);
    expect(record.itemReviewed.firstAppearance).toEqual({ "@type": "CreativeWork", url: "https://apnews.example/a", headline: "AP" });
  });
});
