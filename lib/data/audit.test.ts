import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { countRows } from "./testing/harness";
import { makeActors, makeClaim, type Actors } from "./testing/fixtures";
import { getClaimHistory, getRecentActivity, recordAudit } from "./audit";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

describe("recordAudit", () => {
  it("writes one row inside the caller's transaction, and is rolled back with it", async () => {
    const claim = await makeClaim(actors.factchecker);
    const count = await countRows("AuditEvent");
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { actor: actors.editor, entity: "claim", entityId: claim.id, claimId: claim.id, action: "update", after: { x: 1 } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await countRows("AuditEvent")).toBe(count);

    await db.$transaction((tx) =>
      recordAudit(tx, { actor: actors.editor, entity: "claim", entityId: claim.id, claimId: claim.id, action: "update", before: { x: 0 }, after: { x: 1 }, reason: "why" }),
    );
    expect(await countRows("AuditEvent")).toBe(count + 1);
    const [entry] = await getClaimHistory(actors.viewer, claim.id);
    expect(entry).toMatchObject({ entity: "claim", entityId: String(claim.id), action: "update", before: { x: 0 }, after: { x: 1 }, reason: "why", actorName: "Eddie Editor" });
  });
});

describe("reading the history", () => {
  it("gives a claim's history oldest first, and only that claim's", async () => {
    const claim = await makeClaim(actors.factchecker);
    const other = await makeClaim(actors.factchecker);
    for (const [id, n] of [[claim.id, 1], [other.id, 2], [claim.id, 3]] as const)
      await db.$transaction((tx) => recordAudit(tx, { actor: actors.editor, entity: "claim", entityId: id, claimId: id, action: "update", after: { n } }));
    const history = await getClaimHistory(actors.viewer, claim.id);
    expect(history.map((e) => e.after)).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it("gives the most recent activity newest first, as many as asked", async () => {
    for (const n of [1, 2, 3])
      await db.$transaction((tx) => recordAudit(tx, { actor: actors.admin, entity: "settings", entityId: "k", action: "update", after: { n } }));
    const recent = await getRecentActivity(actors.viewer, 2);
    expect(recent.map((e) => e.after)).toEqual([{ n: 3 }, { n: 2 }]);
  });

  it("reads an entry for the dashboard as the claim's history reads it: who, when, what, why", async () => {
    const claim = await makeClaim(actors.factchecker);
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: actors.editor, entity: "claim", entityId: claim.id, claimId: claim.id, action: "update", before: { value: 1 }, after: { value: 2 }, reason: "Typo." }),
    );
    const [latest] = await getRecentActivity(actors.viewer, 1);
    expect(latest).toEqual((await getClaimHistory(actors.viewer, claim.id)).at(-1));
    expect(latest).toMatchObject({ actorName: actors.editor.name, claimId: claim.id, before: { value: 1 }, after: { value: 2 }, reason: "Typo.", createdAt: expect.any(Date) });
  });

  it("lets every role read the history", async () => {
    const claim = await makeClaim(actors.factchecker);
    await db.$transaction((tx) => recordAudit(tx, { actor: actors.editor, entity: "claim", entityId: claim.id, claimId: claim.id, action: "create" }));
    for (const actor of Object.values(actors)) {
      expect(await getClaimHistory(actor, claim.id)).toHaveLength(1);
      expect((await getRecentActivity(actor, 1))[0]).toMatchObject({ claimId: claim.id, action: "create", before: null, after: null });
    }
  });
});
