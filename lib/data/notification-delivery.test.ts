import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectAudited, expectNoAudit, rawQuery } from "./testing/harness";
import { makeActors, makeClaim, makeUser, type Actors } from "./testing/fixtures";
import { assignClaim } from "./assignments";
import { createWebhook } from "./webhooks";
import { getEmailPreference, setEmailPreference } from "./notification-delivery";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});
afterEach(() => {
  delete process.env.SMTP_URL;
});

const jobsFor = (since: number) =>
  rawQuery<{ kind: string; input: string; dedupeKey: string | null; runAfter: unknown }>(`SELECT "kind", "input", "dedupeKey", "runAfter" FROM "Job" WHERE "id" > ? ORDER BY "id"`, since);
const lastJob = async () => Number((await rawQuery<{ n: number }>(`SELECT COALESCE(MAX("id"), 0) AS n FROM "Job"`))[0].n);

async function assignTo(person: { id: string }) {
  const claim = await makeClaim(actors.editor);
  await assignClaim(actors.editor, claim.id, { assigneeId: person.id, version: 1 });
  return claim;
}

describe("email preferences", () => {
  it("are each person's own, immediately by default, audited when they change", async () => {
    const person = await makeUser("viewer");
    expect(await getEmailPreference(person)).toBe("immediately");
    await expectAudited(() => setEmailPreference(person, "digest"), { entity: "notification_preference", entityId: person.id, action: "update", before: { email: "immediately" }, after: { email: "digest" } });
    expect(await getEmailPreference(person)).toBe("digest");
    expect(await getEmailPreference(actors.viewer)).toBe("immediately");
    expect(await expectNoAudit(() => setEmailPreference(person, "digest"))).toBe(false);
  });
});

describe("queueing deliveries with the notification", () => {
  it("queues one mail per notification for people who want it at once, none for those who turned it off", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    const off = await makeUser("factchecker");
    await setEmailPreference(off, "off");
    const since = await lastJob();
    await assignTo(actors.factchecker);
    await assignTo(off);
    const queued = await jobsFor(since);
    expect(queued.map((j) => j.kind)).toEqual(["notification-email"]);
    const id = JSON.parse(queued[0].input).notificationId;
    expect(await rawQuery(`SELECT "recipientId" FROM "Notification" WHERE "id" = ?`, id)).toEqual([{ recipientId: actors.factchecker.id }]);
  });

  it("queues one digest for the day however many notifications there are", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    const a = await makeUser("factchecker");
    const b = await makeUser("factchecker");
    await setEmailPreference(a, "digest");
    await setEmailPreference(b, "digest");
    const since = await lastJob();
    await assignTo(a);
    await assignTo(b);
    await assignTo(a);
    const queued = await jobsFor(since);
    // One digest job per day for the whole desk, waiting for the digest hour.
    expect(queued.map((j) => j.kind)).toEqual(["notification-digest"]);
    const digests = await rawQuery<{ dedupeKey: string; runAfter: unknown }>(`SELECT "dedupeKey", "runAfter" FROM "Job" WHERE "kind" = 'notification-digest'`);
    expect(digests).toHaveLength(1);
    expect(digests[0].dedupeKey).toMatch(/^digest:\d{4}-\d{2}-\d{2}$/);
    expect(digests[0].runAfter).not.toBeNull();
  });

  it("queues no mail without an SMTP server, and a webhook delivery per subscribed webhook", async () => {
    await createWebhook(actors.admin, { url: "https://hooks.example.org/a", events: ["assigned"], secret: "0123456789abcdef0123", format: "json" });
    await createWebhook(actors.admin, { url: "https://hooks.example.org/b", events: ["published"], secret: "0123456789abcdef0123", format: "slack" });
    const since = await lastJob();
    const claim = await assignTo(actors.factchecker);
    const queued = await jobsFor(since);
    expect(queued.map((j) => j.kind)).toEqual(["webhook-delivery"]);
    expect(JSON.parse(queued[0].input).payload).toMatchObject({ event: "assigned", claim: { id: claim.id, statement: claim.statement }, actor: { name: actors.editor.name } });
  });
});
