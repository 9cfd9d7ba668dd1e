import { beforeAll, describe, expect, it } from "vitest";
import { ZClaimListQuery } from "@/lib/validation/filters";
import { raw } from "./testing/harness";
import { makeActors, makeArticle, makeClaim, makeSpeaker, ratingNamed, unique, type Actors } from "./testing/fixtures";
import { filterSql, SORT_KEYS } from "./claim-filter-sql";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

/** The ids of this test's claims (its unit) that the filters keep, in id order. */
function kept(unit: string, input: Record<string, unknown>): number[] {
  const { sql, params } = filterSql(ZClaimListQuery.parse({ unit, ...input }));
  return raw().prepare(`SELECT c."id" FROM "Claim" c ${sql} ORDER BY c."id"`).pluck().all(...params) as number[];
}

describe("the claim list's filters as SQL", () => {
  it("keep what each filter names, and all of them together", async () => {
    const unit = unique("filterunit").replace(" ", "");
    const speaker = await makeSpeaker();
    const article = await makeArticle(actors.factchecker);
    const rating = await ratingNamed("False");
    const a = await makeClaim(actors.factchecker, { unit, speakerId: speaker.id, status: "published", ratingId: rating.id, value: 100 });
    const b = await makeClaim(actors.factchecker, { unit, articleId: article.id, assigneeId: actors.editor.id, value: null, low: 50, high: 500 });
    const c = await makeClaim(actors.factchecker, { unit, value: 5 });
    expect(kept(unit, {})).toEqual([a.id, b.id, c.id]);
    expect(kept(unit, { speaker: speaker.id })).toEqual([a.id]);
    expect(kept(unit, { article: article.id })).toEqual([b.id]);
    expect(kept(unit, { status: "published", rating: rating.id })).toEqual([a.id]);
    expect(kept(unit, { assignee: actors.editor.id })).toEqual([b.id]);
    expect(kept(unit, { assignee: "none" })).toEqual([a.id, c.id]);
    // A figure's range counts when it reaches into the asked range.
    expect(kept(unit, { min: 200 })).toEqual([b.id]);
    expect(kept(unit, { min: 60, max: 150 })).toEqual([a.id, b.id]);
    expect(kept(unit, { max: 10 })).toEqual([c.id]);
    expect(filterSql(ZClaimListQuery.parse({})).sql).toBe("");
  });

  it("has a sort key for every sort but relevance, each valid SQL on the claim c", () => {
    for (const [sort, key] of Object.entries(SORT_KEYS))
      expect(() => raw().prepare(`SELECT ${key} FROM "Claim" c ORDER BY ${key}, c."id" LIMIT 1`).all(), sort).not.toThrow();
  });
});
