import { describe, expect, it } from "vitest";
import { groupByArticle } from "./report-groups";

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
