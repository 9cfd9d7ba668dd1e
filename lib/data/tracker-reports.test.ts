import { beforeAll, describe, expect, it } from "vitest";
import { expectNothingWritten } from "./testing/harness";
import { makeActors, makeArticle, makeClaim, makeSpeaker, unique, type Actors } from "./testing/fixtures";
import { addClaimToTracker, createTracker } from "./trackers";
import { getTrackerById, listConflictsForClaim, listFigureConflicts, listTrackersForClaim } from "./tracker-reports";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

async function baghouzTracker() {
  const tracker = await createTracker(actors.editor, { description: unique("Civilians evacuated from Baghouz"), unit: "civilian", kind: "cumulative" });
  const wire = await makeArticle(actors.editor, { outlet: "Levant Wire", publishedAt: new Date("2019-02-21T00:00:00Z") });
  const spokesman = await makeSpeaker({ name: unique("SDF spokesman") });
  const claim = (data: Parameters<typeof makeClaim>[1]) => makeClaim(actors.editor, { unit: "civilian", ...data });
  const early = await claim({ qualifier: "nearly", value: 20000, high: 20000, asOf: new Date("2019-02-18T00:00:00Z"), speakerId: spokesman.id });
  const low = await claim({ qualifier: "exact", value: 3000, low: 3000, high: 3000, articleId: wire.id });
  const agrees = await claim({ qualifier: "approximately", value: 19500, low: 19500, high: 19500, asOf: new Date("2019-02-22T00:00:00Z"), speakerId: spokesman.id });
  for (const c of [early, low, agrees]) await addClaimToTracker(actors.editor, tracker.id, c.id);
  return { tracker, early, low, agrees, spokesman };
}

describe("getTrackerById", () => {
  it("orders reports by the date their figure refers to (as-of, else the article's), names sources, and finds the conflict", async () => {
    const { tracker, early, low, agrees, spokesman } = await baghouzTracker();
    const got = await expectNothingWritten(() => getTrackerById(actors.viewer, tracker.id));
    expect(got!.reports.map((r) => [r.claimId, r.date.toISOString().slice(0, 10), r.dateFrom, r.source])).toEqual([
      [early.id, "2019-02-18", "as_of", spokesman.name],
      [low.id, "2019-02-21", "article", "Levant Wire"],
      [agrees.id, "2019-02-22", "as_of", spokesman.name],
    ]);
    expect(got!.conflicts.map((c) => [c.kind, c.first.claimId, c.second.claimId])).toEqual([["cumulative_fall", early.id, low.id]]);
    // The spokesman's latest (about 19,500) and the wire's 3,000, raised to the floor of the earlier "nearly 20,000".
    expect(got!.estimate).toMatchObject({ sources: 2, low: 18000, high: 21450 });
  });

  it("answers null for a tracker that does not exist", async () => {
    expect(await getTrackerById(actors.viewer, 999_999)).toBeNull();
  });
});

describe("conflicts by claim and for the dashboard", () => {
  it("lists the conflict on both claims, not on the claim that agrees, and on the dashboard", async () => {
    const { tracker, early, low, agrees } = await baghouzTracker();
    for (const id of [early.id, low.id]) expect((await listConflictsForClaim(actors.viewer, id)).map((c) => c.tracker.id)).toEqual([tracker.id]);
    expect(await listConflictsForClaim(actors.viewer, agrees.id)).toEqual([]);
    expect((await listTrackersForClaim(actors.viewer, agrees.id)).map((t) => t.id)).toEqual([tracker.id]);
    const dashboard = await listFigureConflicts(actors.viewer);
    expect(dashboard.filter((c) => c.tracker.id === tracker.id).map((c) => [c.first.claimId, c.second.claimId])).toEqual([[early.id, low.id]]);
  });
});
