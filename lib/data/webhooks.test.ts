import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { countRows, expectAudited, expectRefused } from "./testing/harness";
import { makeActors, type Actors } from "./testing/fixtures";
import { createWebhook, deleteWebhook, listWebhookDeliveries, listWebhooks, recordWebhookDelivery, setWebhookActive, webhookForDelivery } from "./webhooks";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const INPUT = { url: "https://hooks.example.org/in", events: ["assigned" as const, "returned" as const], secret: "0123456789abcdef-secret-WXYZ", format: "json" as const };

describe("webhooks", () => {
  it("are for admins only: an editor is refused and nothing is written", async () => {
    await expectRefused(() => createWebhook(actors.editor, INPUT), "forbidden");
    await expectRefused(() => listWebhooks(actors.editor), "forbidden");
    await expectRefused(() => listWebhookDeliveries(actors.factchecker), "forbidden");
  });

  it("are created with an audit record that leaves the secret out, and listed with only its last characters", async () => {
    const { result, audits } = await expectAudited(() => createWebhook(actors.admin, INPUT), { entity: "webhook", action: "create", actorId: actors.admin.id });
    expect(audits[0].after).toEqual({ url: INPUT.url, events: INPUT.events, format: "json" });
    expect(JSON.stringify(audits[0])).not.toContain("secret-WXYZ");
    const listed = (await listWebhooks(actors.admin)).find((w) => w.id === result.id)!;
    expect(listed).toMatchObject({ url: INPUT.url, events: INPUT.events, format: "json", active: true, secretHint: "••••WXYZ" });
    expect(JSON.stringify(listed)).not.toContain(INPUT.secret);
    expect(await webhookForDelivery(db, result.id)).toEqual({ id: result.id, url: INPUT.url, secret: INPUT.secret, format: "json" });
  });

  it("can be paused (no deliveries) and removed with their log, each audited", async () => {
    const webhook = await createWebhook(actors.admin, INPUT);
    await expectAudited(() => setWebhookActive(actors.admin, webhook.id, false), { entity: "webhook", action: "update", after: { url: INPUT.url, active: false } });
    expect(await webhookForDelivery(db, webhook.id)).toBeNull();
    await recordWebhookDelivery(db, { webhookId: webhook.id, jobId: 1, event: "assigned", claimId: null, attempt: 1, statusCode: 500, error: "The receiver answered 500.", durationMs: 12 });
    const log = await listWebhookDeliveries(actors.admin, { webhookId: webhook.id });
    expect(log).toMatchObject([{ event: "assigned", attempt: 1, statusCode: 500, error: "The receiver answered 500.", webhook: { url: INPUT.url } }]);
    await expectAudited(() => deleteWebhook(actors.admin, webhook.id), { entity: "webhook", action: "delete" });
    expect(await countRows("WebhookDelivery", `"webhookId" = ?`, webhook.id)).toBe(0);
    await expectRefused(() => deleteWebhook(actors.admin, webhook.id), "not_found");
  });
});
