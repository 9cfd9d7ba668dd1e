import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { expectAudited, expectNothingWritten, expectRefused } from "./testing/harness";
import { makeActors, type Actors } from "./testing/fixtures";
import { getSettings, readSettings, updateSetting, updateSettings } from "./settings";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

describe("settings", () => {
  it("start from the migrations' values and the defaults, readable by every role", async () => {
    for (const actor of Object.values(actors))
      expect(await getSettings(actor)).toEqual({ twoPersonRule: true, organizationName: "", organizationUrl: "", publishingEnabled: false });
  });

  it("refuse every role but admin and write nothing", async () => {
    for (const actor of [actors.editor, actors.factchecker, actors.viewer]) {
      await expectRefused(() => updateSetting(actor, "twoPersonRule", false), "forbidden");
      await expectRefused(() => updateSettings(actor, { organizationName: "Desk" }), "forbidden");
    }
  });

  it("record one audit entry for a changed setting, in the same transaction", async () => {
    const { result, audits } = await expectAudited(() => updateSetting(actors.admin, "publishingEnabled", true), {
      actorId: actors.admin.id,
      entity: "settings",
      entityId: "publishingEnabled",
      action: "update",
    });
    expect(result).toBe(true);
    expect(audits[0]).toMatchObject({ before: { publishingEnabled: false }, after: { publishingEnabled: true } });
    expect((await readSettings()).publishingEnabled).toBe(true);
  });

  it("change several at once, all or none, one audit entry per changed key", async () => {
    await updateSetting(actors.admin, "organizationUrl", "https://example.org");
    const { result } = await expectAudited(
      () => updateSettings(actors.admin, { organizationName: "Example Desk", organizationUrl: "https://example.org", twoPersonRule: false }),
      [
        { entity: "settings", entityId: "organizationName" },
        { entity: "settings", entityId: "twoPersonRule" },
      ],
    );
    expect(result).toEqual(["organizationName", "twoPersonRule"]);
    expect(await readSettings(db)).toMatchObject({ organizationName: "Example Desk", twoPersonRule: false });
  });

  it("write nothing when the value is already set", async () => {
    await updateSetting(actors.admin, "organizationName", "Same Desk");
    expect(await expectNothingWritten(() => updateSetting(actors.admin, "organizationName", "Same Desk"))).toBe(false);
  });
});
