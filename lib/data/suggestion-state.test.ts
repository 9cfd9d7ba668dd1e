import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { snapshot } from "./testing/harness";
import { makeActors, makeArticle, makeClaim, type Actors } from "./testing/fixtures";
import { markSuggestionAccepted } from "./suggestion-state";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

async function pendingSuggestion(articleId: number) {
  return db.claimSuggestion.create({ data: { articleId, fingerprint: `fp-${Math.random()}`, sentence: "S.", start: 0, end: 2, statement: "S.", attribution: "unattributed" } });
}

describe("markSuggestionAccepted", () => {
  it("marks a pending suggestion of the claim's article as accepted by the claim", async () => {
    const article = await makeArticle(actors.factchecker);
    const suggestion = await pendingSuggestion(article.id);
    const claim = await makeClaim(actors.factchecker, { articleId: article.id });
    await db.$transaction((tx) => markSuggestionAccepted(tx, actors.factchecker, suggestion.id, claim));
    expect(await db.claimSuggestion.findUnique({ where: { id: suggestion.id } })).toMatchObject({ state: "accepted", claimId: claim.id, decidedById: actors.factchecker.id });
  });

  it("refuses a suggestion already decided, or of another article, with a conflict that rolls the transaction back", async () => {
    const article = await makeArticle(actors.factchecker);
    const other = await makeArticle(actors.factchecker);
    const decided = await pendingSuggestion(article.id);
    await db.claimSuggestion.update({ where: { id: decided.id }, data: { state: "dismissed" } });
    const elsewhere = await pendingSuggestion(other.id);
    const claim = await makeClaim(actors.factchecker, { articleId: article.id });
    for (const suggestion of [decided, elsewhere]) {
      const before = await snapshot();
      await expect(
        db.$transaction(async (tx) => {
          await tx.comment.create({ data: { claimId: claim.id, body: "written in the same transaction", authorId: actors.factchecker.id } });
          await markSuggestionAccepted(tx, actors.factchecker, suggestion.id, claim);
        }),
      ).rejects.toMatchObject({ code: "conflict" });
      expect(await snapshot()).toEqual(before);
    }
  });
});
