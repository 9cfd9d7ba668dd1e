import { withSearchOrder } from "@/lib/validation/filters";
import { beforeAll, describe, expect, it } from "vitest";
import { makeActors, makeArticle, makeClaim, makeSpeaker, unique, type Actors } from "./testing/fixtures";
import { listArticles } from "./articles";
import { listClaims } from "./claim-list";
import { listSpeakers } from "./speakers";
import { createTracker, listTrackers } from "./trackers";
import { API } from "@/lib/web/api-operations";

/*
 * The paged lists answer through lib/web/api-route.ts, which refuses (as a 500) any answer outside the
 * operation's declared schema: these are the answers the handlers build, checked against those schemas.
 */

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const answerOf = (operation: { success: { json: { safeParse: (v: unknown) => { success: boolean; error?: unknown } } } }, answer: unknown) => {
  const checked = operation.success.json.safeParse(answer);
  expect(checked.error).toBeUndefined();
  return checked.success;
};

describe("the paged lists' answers fit their declared schemas", () => {
  it("articles, newest first with a next cursor and by title prefix", async () => {
    const stem = unique("Answerable");
    for (let i = 0; i < 3; i++) await makeArticle(actors.factchecker, { title: `${stem} ${i}` });
    const first = await listArticles(actors.viewer, API.listArticles.query.parse({ limit: "2" }));
    expect(first.next).not.toBeNull();
    expect(answerOf(API.listArticles, { articles: first.articles, nextCursor: first.next })).toBe(true);
    const typed = await listArticles(actors.viewer, API.listArticles.query.parse({ prefix: stem.toLowerCase() }));
    expect(typed.articles.map((a) => a.title)).toEqual([`${stem} 0`, `${stem} 1`, `${stem} 2`]);
    expect(answerOf(API.listArticles, { articles: typed.articles, nextCursor: typed.next })).toBe(true);
  });

  it("speakers by name with their claim counts and a next cursor", async () => {
    const stem = unique("Zz Answer");
    const speaker = await makeSpeaker({ name: `${stem} A` });
    await makeSpeaker({ name: `${stem} B` });
    await makeClaim(actors.factchecker, { speakerId: speaker.id });
    const query = API.listSpeakers.query.parse({ prefix: stem, limit: "1" });
    const page = await listSpeakers(actors.viewer, query);
    expect(page.speakers).toMatchObject([{ id: speaker.id, claimCount: 1 }]);
    expect(page.next).toBe(speaker.id);
    expect(answerOf(API.listSpeakers, { speakers: page.speakers, nextCursor: page.next })).toBe(true);
  });

  it("claims with the capped total", async () => {
    const query = API.listClaims.query.parse({ limit: "1" });
    const { rows, total, totalCapped, rankedAmongNewest, pageCount, limit, nextCursor } = await listClaims(actors.viewer, withSearchOrder(query));
    expect(answerOf(API.listClaims, { claims: rows, total, totalCapped, rankedAmongNewest, limit, nextCursor, page: query.page, pageCount })).toBe(true);
    // totalCapped is declared: an answer without it is outside the schema.
    expect(API.listClaims.success.json.safeParse({ claims: rows, total, limit, nextCursor, page: query.page, pageCount }).success).toBe(false);
    const searched = await listClaims(actors.viewer, withSearchOrder(API.listClaims.query.parse({ q: "anything", limit: "1" })));
    expect(answerOf(API.listClaims, { claims: [], total: searched.total, totalCapped: searched.totalCapped, rankedAmongNewest: searched.rankedAmongNewest, limit: 1, nextCursor: null, page: 1, pageCount: 1 })).toBe(true);
  });

  it("trackers a page at a time with the count", async () => {
    await createTracker(actors.factchecker, { description: unique("Answer tracker"), unit: "crate", kind: "level" });
    const { trackers, ...paging } = await listTrackers(actors.viewer, API.listTrackers.query.parse({ limit: "1" }));
    expect(trackers).toHaveLength(1);
    expect(answerOf(API.listTrackers, { trackers: trackers.map(({ _count, ...t }) => ({ ...t, reportCount: _count.claims })), ...paging })).toBe(true);
  });
});
