import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { recordAudit, type AuditAction, type AuditEntity } from "./audit";
import { makeActors, makeUser, type Actors } from "./testing/fixtures";
import { ACTIVITY_PAGE_SIZE, listActivity, listActivityActors } from "./activity";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const record = (actor: Actors[keyof Actors], entity: AuditEntity, action: AuditAction, claimId: number | null = null) =>
  db.$transaction((tx) => recordAudit(tx, { actor, entity, entityId: claimId ?? 1, claimId, action }));

describe("listActivity", () => {
  it("filters by kind, person and claim, newest first", async () => {
    const person = await makeUser("factchecker", "Filter Person");
    await record(person, "claim", "create", 501);
    await record(person, "claim", "update", 501);
    await record(person, "claim", "status", 501);
    await record(person, "claim", "delete", 502);
    await record(person, "evidence", "create", 501);
    await record(person, "web_snapshot", "create", 501);
    await record(actors.editor, "claim", "update", 501);

    const mine = (kind?: Parameters<typeof listActivity>[1]["kind"]) => listActivity(actors.viewer, { actorId: person.id, kind });
    expect((await mine()).entries.map((e) => [e.entity, e.action])).toEqual([
      ["web_snapshot", "create"],
      ["evidence", "create"],
      ["claim", "delete"],
      ["claim", "status"],
      ["claim", "update"],
      ["claim", "create"],
    ]);
    expect((await mine("claim_created")).entries.map((e) => e.action)).toEqual(["create"]);
    expect((await mine("claim_edited")).entries.map((e) => e.action)).toEqual(["update"]);
    expect((await mine("claim_deleted")).entries.map((e) => e.action)).toEqual(["delete"]);
    expect((await mine("workflow")).entries.map((e) => e.action)).toEqual(["status"]);
    expect((await mine("evidence")).entries.map((e) => e.entity)).toEqual(["web_snapshot", "evidence"]);
    const onClaim = await listActivity(actors.viewer, { claimId: 502 });
    expect(onClaim.entries.map((e) => e.action)).toEqual(["delete"]);
    expect(onClaim.entries[0].actorName).toBe("Filter Person");
  });

  it("pages 50 at a time from the record last shown, older and back to newer", async () => {
    const busy = await makeUser("admin", "Busy Admin");
    for (let i = 0; i < ACTIVITY_PAGE_SIZE + 3; i++) await record(busy, "settings", "update");
    const first = await listActivity(actors.viewer, { actorId: busy.id });
    expect(first).toMatchObject({ total: ACTIVITY_PAGE_SIZE + 3, totalCapped: false, newer: null });
    expect(first.entries).toHaveLength(ACTIVITY_PAGE_SIZE);
    const second = await listActivity(actors.viewer, { actorId: busy.id, after: first.older! });
    expect(second.entries).toHaveLength(3);
    expect(second.older).toBeNull();
    expect(Math.min(...first.entries.map((e) => e.id))).toBeGreaterThan(Math.max(...second.entries.map((e) => e.id)));
    const back = await listActivity(actors.viewer, { actorId: busy.id, before: second.newer! });
    expect(back.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expect(back.newer).toBeNull();
  });
});

describe("listActivityActors", () => {
  it("names only people who appear in the history, for every role", async () => {
    const quiet = await makeUser("editor", "Quiet Editor");
    const loud = await makeUser("editor", "Loud Editor");
    await record(loud, "speaker", "update");
    for (const actor of Object.values(actors)) {
      const people = (await listActivityActors(actor)).map((p) => p.id);
      expect(people).toContain(loud.id);
      expect(people).not.toContain(quiet.id);
    }
  });
});
