import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { expectAudited, expectNoAudit, expectNothingWritten, expectRefused } from "./testing/harness";
import { normalizeSpeakerName } from "@/lib/extraction/attribution/speaker-name";
import { makeActors, makeClaim, makeSpeaker, unique, type Actors } from "./testing/fixtures";
import { findOrCreateSpeaker, findSpeakerByName, getSpeakerById, findSpeakerByExactName, findSpeakersByNames, getSpeakerOption, listSpeakers, updateSpeaker } from "./speakers";

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
      const listed = (await listSpeakers(actor, { prefix: speaker.name })).speakers.find((s) => s.id === speaker.id);
      expect(listed).toMatchObject({ claimCount: 2, statusCounts: { unverified: 1, published: 1 } });
    }
    expect((await getSpeakerById(actors.viewer, speaker.id)).claims).toHaveLength(2);
    expect((await getSpeakerById(actors.viewer, speaker.id)).claimTotal).toBe(2);
    await expect(getSpeakerById(actors.viewer, 999_999)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("finding speakers by name", () => {
  it("matches whole names with case, accents and punctuation ignored, a person before an organisation of the same name", async () => {
    const name = unique("Zoë O'Brien-Smith");
    const normalizedName = normalizeSpeakerName(name);
    const organisation = await db.speaker.create({ data: { name, normalizedName, kind: "organization" } });
    const person = await db.speaker.create({ data: { name, normalizedName, kind: "person" } });
    const other = await makeSpeaker({ name: unique("Other Speaker") });
    const shouted = name.toUpperCase().replace("Ë", "E").replace("'", " ");
    for (const actor of Object.values(actors)) {
      const found = await findSpeakersByNames(actor, [shouted, other.name, "Nobody Of That Name", ""]);
      expect(found.get(normalizedName)).toEqual({ id: person.id, label: name });
      expect(found.get(other.name.toLowerCase())).toEqual({ id: other.id, label: other.name });
      expect(found.size).toBe(2);
    }
    expect(organisation.id).toBeLessThan(person.id);
    expect(await findSpeakerByExactName(actors.viewer, name)).toEqual({ id: person.id, label: name });
    // A prefix is not a name: the form must not save a speaker nobody chose.
    expect(await findSpeakerByExactName(actors.viewer, name.slice(0, 6))).toBeNull();
    expect(await findSpeakerByExactName(actors.viewer, "  ")).toBeNull();
  });
});

describe("paging speakers and what they said", () => {
  it("pages speakers by name (case ignored) forwards and back, and finds them by the start of the name", async () => {
    const tag = unique("Paging").replace(" ", "");
    const names = ["alpha", "Bravo", "charlie", "Delta", "echo"].map((n) => `${tag} ${n}`);
    const made = [];
    for (const name of [...names].reverse()) made.push(await makeSpeaker({ name }));
    const first = await listSpeakers(actors.viewer, { prefix: tag, limit: 2 });
    expect(first.speakers.map((s) => s.name)).toEqual(names.slice(0, 2));
    const second = await listSpeakers(actors.viewer, { prefix: tag, limit: 2, after: first.next! });
    expect(second.speakers.map((s) => s.name)).toEqual(names.slice(2, 4));
    const third = await listSpeakers(actors.viewer, { prefix: tag, limit: 2, after: second.next! });
    expect(third.speakers.map((s) => s.name)).toEqual(names.slice(4));
    expect(third.next).toBeNull();
    const back = await listSpeakers(actors.viewer, { prefix: tag, limit: 2, before: third.previous! });
    expect(back.speakers.map((s) => s.name)).toEqual(names.slice(2, 4));
    expect((await findSpeakerByName(actors.viewer, `${tag.toLowerCase()} DELTA`))?.name).toBe(names[3]);
    expect(await getSpeakerOption(actors.viewer, made[0].id)).toEqual({ id: made[0].id, label: names[4] });
  });

  it("pages a speaker's claims, most recently updated first", async () => {
    const speaker = await makeSpeaker();
    const claims = [];
    for (let i = 0; i < 5; i++) claims.push(await makeClaim(actors.factchecker, { speakerId: speaker.id, updatedAt: new Date(Date.UTC(2025, 0, 1 + i)) }));
    const newest = claims.map((c) => c.id).reverse();
    const first = await getSpeakerById(actors.viewer, speaker.id, { limit: 2 });
    expect(first.claims.map((c) => c.id)).toEqual(newest.slice(0, 2));
    expect(first.claimTotal).toBe(5);
    const second = await getSpeakerById(actors.viewer, speaker.id, { limit: 2, after: first.next! });
    expect(second.claims.map((c) => c.id)).toEqual(newest.slice(2, 4));
    const back = await getSpeakerById(actors.viewer, speaker.id, { limit: 2, before: second.previous! });
    expect(back.claims.map((c) => c.id)).toEqual(newest.slice(0, 2));
    expect(back.previous).toBeNull();
  });
});
