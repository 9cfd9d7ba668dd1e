import { beforeAll, describe, expect, it } from "vitest";
import { makeActors, makeArticle, makeClaim, type Actors } from "./testing/fixtures";
import { getArticleById } from "./articles";
import { listClaims } from "./claim-list";
import { CLAIM_SUMMARY_SELECT } from "./claim-select";
import { getQueue } from "./assignments";
import { ZClaimListQuery } from "@/lib/validation/filters";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const summaryKeys = Object.keys(CLAIM_SUMMARY_SELECT);

describe("the claim-summary select", () => {
  it("gives every list that shows claims the same summary of each claim", async () => {
    const article = await makeArticle(actors.factchecker);
    const claim = await makeClaim(actors.factchecker, { articleId: article.id, qualifier: "about", value: 240, unit: "home", assigneeId: actors.factchecker.id, status: "in_review" });
    const expected = { id: claim.id, statement: claim.statement, status: "in_review", qualifier: "about", value: 240, low: null, high: null, unit: "home" };

    const listed = (await listClaims(actors.viewer, ZClaimListQuery.parse({ article: String(article.id) }))).rows[0];
    const onArticle = (await getArticleById(actors.viewer, article.id)).claims[0];
    const queue = await getQueue(actors.factchecker, { twoPersonRule: true });
    const queued = queue.assigned.find((c) => c.id === claim.id);

    for (const row of [listed, onArticle, queued]) {
      expect(row).toBeDefined();
      expect(Object.fromEntries(summaryKeys.map((key) => [key, (row as Record<string, unknown>)[key]]))).toEqual(expected);
    }
  });
});
