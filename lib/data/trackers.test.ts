import { beforeAll, describe, expect, it } from "vitest";
import { countRows, expectAudited, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, unique, type Actors } from "./testing/fixtures";
import { addClaimToTracker, createTracker, listAddableClaims, listTrackers, removeClaimFromTracker } from "./trackers";
import { dismissTrackerSuggestion } from "./tracker-suggestions";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const newTracker = (description = unique("Civilians evacuated")) => createTracker(actors.factchecker, { description, unit: "civilian", kind: "cumulative" });
const civilians = (value: number) => makeClaim(actors.factchecker, { qualifier: "exact", value, low: value, high: value, unit: "civilian" });

describe("createTracker", () => {
  it("lets fact-checkers and editors start one, with its audit record", async () => {
    for (const actor of [actors.factchecker, actors.editor]) {
      const { result } = await expectAudited(() => createTracker(actor, { description: "Civilians evacuated from Baghouz", unit: "civilian", kind: "cumulative" }), {
        actorId: actor.id,
        entity: "tracker",
        action: "create",
        after: { description: "Civilians evacuated from Baghouz", unit: "civilian", kind: "cumulative" },
      });
      expect(result.createdById).toBe(actor.id);
    }
  });

  it("refuses a viewer", async () => {
    await expectRefused(() => createTracker(actors.viewer, { description: "X", unit: "civilian", kind: "level" }), "forbidden");
  });
});

describe("addClaimToTracker and removeClaimFromTracker", () => {
  it("adds a numeric claim of the tracker's unit, recorded in the claim's history, and lists the count", async () => {
    const tracker = await newTracker();
    const claim = await civilians(3000);
    await expectAudited(() => addClaimToTracker(actors.editor, tracker.id, claim.id), {
      entity: "tracker",
      entityId: String(tracker.id),
      claimId: claim.id,
      action: "update",
      after: { description: tracker.description, addedClaimId: claim.id },
    });
    const listed = (await listTrackers(actors.viewer)).trackers.find((t) => t.id === tracker.id);
    expect(listed?._count.claims).toBe(1);
  });

  it("refuses a claim without a figure, of another unit, a missing one, or one already there", async () => {
    const tracker = await newTracker();
    const words = await makeClaim(actors.factchecker);
    const trucks = await makeClaim(actors.factchecker, { qualifier: "at_least", value: 17, low: 17, unit: "truck" });
    const inTracker = await civilians(10);
    await addClaimToTracker(actors.factchecker, tracker.id, inTracker.id);
    expect((await expectRefused(() => addClaimToTracker(actors.factchecker, tracker.id, words.id), "invalid")).fields?.claimId?.[0]).toMatch(/with a figure/);
    expect((await expectRefused(() => addClaimToTracker(actors.factchecker, tracker.id, trucks.id), "invalid")).userMessage).toBe(
      "This tracker counts civilians; the claim counts trucks.",
    );
    await expectRefused(() => addClaimToTracker(actors.factchecker, tracker.id, 999_999), "invalid");
    await expectRefused(() => addClaimToTracker(actors.factchecker, tracker.id, inTracker.id), "conflict");
    await expectRefused(() => addClaimToTracker(actors.factchecker, 999_999, inTracker.id), "not_found");
    await expectRefused(() => addClaimToTracker(actors.viewer, tracker.id, words.id), "forbidden");
  });

  it("forgets an earlier dismissal when the claim is added after all", async () => {
    const tracker = await newTracker();
    const claim = await civilians(500);
    await dismissTrackerSuggestion(actors.factchecker, tracker.id, claim.id);
    await addClaimToTracker(actors.factchecker, tracker.id, claim.id);
    expect(await countRows("TrackerDismissal", `"trackerId" = ? AND "claimId" = ?`, tracker.id, claim.id)).toBe(0);
  });

  it("removes a claim from a tracker with an audit record, keeping the claim", async () => {
    const tracker = await newTracker();
    const claim = await civilians(700);
    await addClaimToTracker(actors.factchecker, tracker.id, claim.id);
    await expectRefused(() => removeClaimFromTracker(actors.viewer, tracker.id, claim.id), "forbidden");
    await expectAudited(() => removeClaimFromTracker(actors.factchecker, tracker.id, claim.id), {
      entity: "tracker",
      claimId: claim.id,
      before: { description: tracker.description, removedClaimId: claim.id },
    });
    expect(await countRows("Claim", "id = ?", claim.id)).toBe(1);
    await expectRefused(() => removeClaimFromTracker(actors.factchecker, tracker.id, claim.id), "not_found");
  });
});

describe("listAddableClaims", () => {
  it("offers numeric claims of the tracker's unit that are not on it yet", async () => {
    const tracker = await newTracker();
    const on = await civilians(1);
    const off = await civilians(2);
    const trucks = await makeClaim(actors.factchecker, { qualifier: "exact", value: 3, unit: "truck" });
    const noFigure = await makeClaim(actors.factchecker, { unit: "civilian" });
    await addClaimToTracker(actors.factchecker, tracker.id, on.id);
    const ids = (await listAddableClaims(actors.viewer, tracker.id)).map((c) => c.id);
    expect(ids).toContain(off.id);
    for (const id of [on.id, trucks.id, noFigure.id]) expect(ids).not.toContain(id);
    await expectRefused(() => listAddableClaims(actors.viewer, 999_999), "not_found");
  });
});

describe("listTrackers", () => {
  it("lists a page at a time, most recently changed first, every tracker once, with the count", async () => {
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await newTracker());
    // Adding a report moves the oldest of them to the top.
    await addClaimToTracker(actors.factchecker, made[0].id, (await civilians(5)).id);
    const first = await listTrackers(actors.viewer, { limit: 2 });
    const total = await countRows("Tracker");
    expect(first).toMatchObject({ total, page: 1, pageCount: Math.ceil(total / 2), limit: 2 });
    expect(first.trackers.map((t) => t.id)).toEqual([made[0].id, made[4].id]);
    const seen: number[] = [];
    const changed: number[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const { trackers } = await listTrackers(actors.viewer, { page, limit: 2 });
      expect(trackers.length).toBeLessThanOrEqual(2);
      seen.push(...trackers.map((t) => t.id));
      changed.push(...trackers.map((t) => t.updatedAt.getTime()));
    }
    expect(new Set(seen).size).toBe(total);
    expect(seen).toHaveLength(total);
    expect(changed).toEqual([...changed].sort((a, b) => b - a));
    expect((await listTrackers(actors.viewer, { page: first.pageCount + 1, limit: 2 })).trackers).toEqual([]);
  });
});

describe("units compared by their canonical name", () => {
  const measured = (value: number, unit: string) => makeClaim(actors.factchecker, { qualifier: "exact", value, low: value, high: value, unit });

  it("offers and accepts claims whose unit is spelt another way, never those of another unit", async () => {
    const tracker = await createTracker(actors.factchecker, { description: unique("Grain shipped"), unit: "tonne", kind: "cumulative" });
    const metric = await measured(40_000, "metric ton");
    const short = await measured(40_000, "ton");
    const ids = (await listAddableClaims(actors.viewer, tracker.id)).map((c) => c.id);
    expect(ids).toContain(metric.id);
    expect(ids).not.toContain(short.id);
    await addClaimToTracker(actors.factchecker, tracker.id, metric.id);
    expect((await expectRefused(() => addClaimToTracker(actors.factchecker, tracker.id, short.id), "invalid")).userMessage).toBe(
      "This tracker counts tonnes; the claim counts tons.",
    );
  });

  it("treats kilometre and kilometer as one unit", async () => {
    const tracker = await createTracker(actors.factchecker, { description: unique("Length of the front"), unit: "kilometre", kind: "level" });
    const american = await measured(120, "kilometer");
    expect((await listAddableClaims(actors.viewer, tracker.id)).map((c) => c.id)).toContain(american.id);
    await addClaimToTracker(actors.factchecker, tracker.id, american.id);
  });
});
