import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { expectAudited, expectNoAudit, expectNothingWritten, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, makeSpeaker, unique, type Actors } from "./testing/fixtures";
import { findOrCreateSpeaker, getSpeakerById, listSpeakerOptions, listSpeakers, updateSpeaker } from "./speakers";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

describe("updateSpeaker", () => {
  it("refuses a fact-checker and a viewer and writes nothing", async () => {
    const speaker = await makeSpeaker();
    for (const actor of [actors.factchecker, actors.viewer])
      await expectRefused(() => updateSpeaker(actor, speaker.id, { name: "Renamed", kind: "person" }), "forbidden");
  });

  it("saves the change with one audit record of the changed fields", async () => {
    const speaker = await makeSpeaker({ name: "Mustafa Balli" });
    const { result, audits } = await expectAudited(() => updateSpeaker(actors.editor, speaker.id, { name: "Mustafa Bali", kind: "person", description: "SDF spokesman" }), {
      actorId: actors.editor.id,
      entity: "speaker",
      entityId: String(speaker.id),
      action: "update",
    });
    expect(result).toMatchObject({ name: "Mustafa Bali", normalizedName: "mustafa bali", description: "SDF spokesman" });
    expect(audits[0].before).toEqual({ name: "Mustafa Balli", description: null });
    expect(audits[0].after).toEqual({ name: "Mustafa Bali", description: "SDF spokesman" });
  });

  it("writes nothing when nothing changed", async () => {
    const speaker = await makeSpeaker();
    await expectNothingWritten(() => updateSpeaker(actors.editor, speaker.id, { name: speaker.name, kind: "person" }));
  });

  it("refuses a name another speaker of the kind has, and writes nothing", async () => {
    const taken = await makeSpeaker();
    const speaker = await makeSpeaker();
    const error = await expectRefused(() => updateSpeaker(actors.editor, speaker.id, { name: taken.name.toUpperCase(), kind: "person" }), "conflict");
    expect(error.fields).toHaveProperty("name");
  });

  it("refuses a speaker that does not exist", async () => {
    await expectRefused(() => updateSpeaker(actors.editor, 999_999, { name: "X", kind: "person" }), "not_found");
  });
});

describe("findOrCreateSpeaker", () => {
  it("creates a new speaker with one audit record, and finds it again by normalised name without another", async () => {
    const name = unique("Zana Amedi");
    const { result: created } = await expectAudited(() => db.$transaction((tx) => findOrCreateSpeaker(tx, actors.factchecker, { name: `  ${name} `, kind: "person" })), {
      entity: "speaker",
      action: "create",
      actorId: actors.factchecker.id,
    });
    expect(created.name).toBe(name);
    const found = await expectNoAudit(() => db.$transaction((tx) => findOrCreateSpeaker(tx, actors.factchecker, { name: name.toLowerCase(), kind: "person" })));
    expect(found.id).toBe(created.id);
  });

  it("refuses a viewer a new speaker (finding an existing one needs no right) and writes nothing", async () => {
    const existing = await makeSpeaker();
    expect((await db.$transaction((tx) => findOrCreateSpeaker(tx, actors.viewer, { name: existing.name, kind: "person" }))).id).toBe(existing.id);
    await expectRefused(() => db.$transaction((tx) => findOrCreateSpeaker(tx, actors.viewer, { name: unique("Newcomer"), kind: "person" })), "forbidden");
  });

  it("refuses an empty name", async () => {
    await expectRefused(() => db.$transaction((tx) => findOrCreateSpeaker(tx, actors.factchecker, { name: "   ", kind: "person" })), "invalid");
  });
});

describe("reading speakers", () => {
  it("lists speakers with their claim counts by state, for every role", async () => {
    const speaker = await makeSpeaker({ name: unique("Counted Speaker") });
    await makeClaim(actors.factchecker, { speakerId: speaker.id });
    await makeClaim(actors.factchecker, { speakerId: speaker.id, status: "published" });
    for (const actor of Object.values(actors)) {
      const listed = (await listSpeakers(actor)).find((s) => s.id === speaker.id);
      expect(listed).toMatchObject({ claimCount: 2, statusCounts: { unverified: 1, published: 1 } });
      expect((await listSpeakerOptions(actor)).map((s) => s.id)).toContain(speaker.id);
    }
    expect((await getSpeakerById(actors.viewer, speaker.id)).claims).toHaveLength(2);
    await expect(getSpeakerById(actors.viewer, 999_999)).rejects.toMatchObject({ code: "not_found" });
  });
});
