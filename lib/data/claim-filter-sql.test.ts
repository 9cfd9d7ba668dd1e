import { beforeAll, describe, expect, it } from "vitest";
import { ZClaimListQuery } from "@/lib/validation/filters";
import { db } from "@/lib/platform/db";
import { makeActors, makeArticle, makeClaim, makeSpeaker, ratingNamed, unique, type Actors } from "./testing/fixtures";
import { claimFilterConditions, SORT_KEYS, whereOf } from "./claim-filter-sql";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

/** The ids of this test's claims (its unit) that the filters keep, in id order. */
async function kept(unit: string, input: Record<string, unknown>): Promise<number[]> {
  const where = whereOf(claimFilterConditions(ZClaimListQuery.parse({ unit, ...input })));
  return (await db.$queryRaw<{ id: number }[]>`SELECT c."id" AS id FROM "Claim" c ${where} ORDER BY c."id"`).map((r) => Number(r.id));
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
    expect(await kept(unit, {})).toEqual([a.id, b.id, c.id]);
    expect(await kept(unit, { speaker: speaker.id })).toEqual([a.id]);
    expect(await kept(unit, { article: article.id })).toEqual([b.id]);
    expect(await kept(unit, { status: "published", rating: rating.id })).toEqual([a.id]);
    expect(await kept(unit, { assignee: actors.editor.id })).toEqual([b.id]);
    expect(await kept(unit, { assignee: "none" })).toEqual([a.id, c.id]);
    // A figure's range counts when it reaches into the asked range.
    expect(await kept(unit, { min: 200 })).toEqual([b.id]);
    expect(await kept(unit, { min: 60, max: 150 })).toEqual([a.id, b.id]);
    expect(await kept(unit, { max: 10 })).toEqual([c.id]);
    expect(claimFilterConditions(ZClaimListQuery.parse({}))).toEqual([]);
  });

  it("has a sort key for every sort but relevance, each valid SQL on the claim c", async () => {
    for (const key of Object.values(SORT_KEYS)) await db.$queryRaw`SELECT ${key} AS "key" FROM "Claim" c ORDER BY ${key}, c."id" LIMIT 1`;
  });
});
