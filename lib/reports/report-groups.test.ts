import { describe, expect, it } from "vitest";
import { correctionsOf, groupByArticle } from "./report-groups";

const claim = (id: number, articleId: number | null, corrections: { note: string; createdAt: Date }[] = []) => ({
  id,
  statement: `Claim ${id}`,
  article: articleId === null ? null : { id: articleId, title: `Article ${articleId}` },
  corrections,
});

describe("groupByArticle", () => {
  it("keeps the given order within and across articles, and puts claims without an article last", () => {
    const groups = groupByArticle([claim(1, null), claim(2, 7), claim(3, 5), claim(4, 7)]);
    expect(groups.map((g) => [g.article?.id ?? null, g.claims.map((c) => c.id)])).toEqual([
      [7, [2, 4]],
      [5, [3]],
      [null, [1]],
    ]);
  });
});

describe("correctionsOf", () => {
  it("lists every correction with its claim, newest first", () => {
    const early = { note: "first", createdAt: new Date("2026-01-01") };
    const late = { note: "second", createdAt: new Date("2026-02-01") };
    const middle = { note: "other", createdAt: new Date("2026-01-15") };
    expect(correctionsOf([claim(1, 7, [early, late]), claim(2, null, [middle]), claim(3, 5)])).toEqual([
      { ...late, claimId: 1, statement: "Claim 1" },
      { ...middle, claimId: 2, statement: "Claim 2" },
      { ...early, claimId: 1, statement: "Claim 1" },
    ]);
  });
});
