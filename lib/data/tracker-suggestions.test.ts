import { beforeAll, describe, expect, it } from "vitest";
import { expectAudited, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, unique, type Actors } from "./testing/fixtures";
import { addClaimToTracker, createTracker } from "./trackers";
import { dismissTrackerSuggestion, suggestTrackersForClaim } from "./tracker-suggestions";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const civilians = (statement: string, value: number, day = "2019-02-20") =>
  makeClaim(actors.factchecker, { statement, qualifier: "exact", value, low: value, high: value, unit: "civilian", asOf: new Date(`${day}T00:00:00Z`) });

describe("suggestTrackersForClaim", () => {
  it("offers a tracker whose unit, key terms and dates fit, until it is dismissed or the claim added", async () => {
    const place = unique("Baghouz").replace(/\s+/g, "");
    const tracker = await createTracker(actors.editor, { description: `Civilians evacuated from ${place}`, unit: "civilian", kind: "cumulative" });
    const other = await createTracker(actors.editor, { description: `Civilians sheltering in ${unique("Lusaka").replace(/\s+/g, "")}`, unit: "civilian", kind: "level" });
    await addClaimToTracker(actors.editor, tracker.id, (await civilians(`Nearly 20,000 civilians were evacuated from ${place}, officials said.`, 20000)).id);
    const fresh = await civilians(`About 3,000 civilians were evacuated from ${place} on Thursday.`, 3000, "2019-02-21");
    const offered = await suggestTrackersForClaim(actors.viewer, fresh.id);
    expect(offered.map((t) => t.id)).toContain(tracker.id);
    expect(offered.map((t) => t.id)).not.toContain(other.id);

    await expectRefused(() => dismissTrackerSuggestion(actors.viewer, tracker.id, fresh.id), "forbidden");
    await expectAudited(() => dismissTrackerSuggestion(actors.factchecker, tracker.id, fresh.id), {
      entity: "tracker",
      claimId: fresh.id,
      after: { description: tracker.description, dismissedClaimId: fresh.id },
    });
    expect((await suggestTrackersForClaim(actors.viewer, fresh.id)).map((t) => t.id)).not.toContain(tracker.id);
    await expectRefused(() => dismissTrackerSuggestion(actors.factchecker, tracker.id, fresh.id), "conflict");
  });

  it("offers nothing for a claim without a figure and refuses a missing claim", async () => {
    expect(await suggestTrackersForClaim(actors.viewer, (await makeClaim(actors.factchecker)).id)).toEqual([]);
    await expectRefused(() => suggestTrackersForClaim(actors.viewer, 999_999), "not_found");
  });
});
