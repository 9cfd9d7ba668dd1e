import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { countRows, expectAudited, expectNothingWritten, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, unique, type Actors } from "./testing/fixtures";
import { createRating, deleteRating, listRatingChoices, listRatings, restoreRating, retireRating, updateRating } from "./ratings";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const fields = (name = unique("Half true")) => ({ name, order: 10, colour: "#eeeeee", description: "Partly accurate.", reviewValue: 3 });
const makeRating = (retired = false) => db.ratingLabel.create({ data: { ...fields(), retired } });

describe("createRating", () => {
  it("refuses every role but admin and writes nothing", async () => {
    for (const actor of [actors.editor, actors.factchecker, actors.viewer]) await expectRefused(() => createRating(actor, fields()), "forbidden");
  });

  it("adds the rating with one audit record in the same transaction", async () => {
    const input = fields();
    const { result, audits } = await expectAudited(() => createRating(actors.admin, input), { actorId: actors.admin.id, entity: "rating", action: "create" });
    expect(result).toMatchObject(input);
    expect(audits[0]).toMatchObject({ entityId: String(result.id), after: { ...input, retired: false } });
  });

  it("refuses a name already used, whatever its case, and writes nothing", async () => {
    const error = await expectRefused(() => createRating(actors.admin, fields("true")), "conflict");
    expect(error.fields).toHaveProperty("name");
  });
});

describe("updateRating", () => {
  it("refuses a non-admin and writes nothing", async () => {
    const rating = await makeRating();
    await expectRefused(() => updateRating(actors.editor, { ratingId: rating.id, ...fields(rating.name), colour: "#dddddd" }), "forbidden");
  });

  it("saves the change with one audit record naming the rating", async () => {
    const rating = await makeRating();
    const { audits } = await expectAudited(() => updateRating(actors.admin, { ratingId: rating.id, ...fields(rating.name), colour: "#dddddd" }), {
      entity: "rating",
      entityId: String(rating.id),
      action: "update",
    });
    expect(audits[0].before).toEqual({ colour: "#eeeeee" });
    expect(audits[0].after).toEqual({ name: rating.name, colour: "#dddddd" });
  });

  it("writes nothing when nothing changed", async () => {
    const rating = await makeRating();
    await expectNothingWritten(() => updateRating(actors.admin, { ratingId: rating.id, ...fields(rating.name) }));
  });

  it("refuses another rating's name, and a rating that does not exist", async () => {
    const rating = await makeRating();
    await expectRefused(() => updateRating(actors.admin, { ratingId: rating.id, ...fields("False") }), "conflict");
    await expectRefused(() => updateRating(actors.admin, { ratingId: 999_999, ...fields() }), "not_found");
  });
});

describe("retiring and restoring", () => {
  it("refuses a non-admin and writes nothing", async () => {
    const rating = await makeRating();
    await expectRefused(() => retireRating(actors.editor, { ratingId: rating.id }), "forbidden");
    await expectRefused(() => restoreRating(actors.editor, { ratingId: rating.id }), "forbidden");
  });

  it("retires and restores with one audit record each; doing it twice writes nothing", async () => {
    const rating = await makeRating();
    await expectAudited(() => retireRating(actors.admin, { ratingId: rating.id }), { entity: "rating", action: "update", after: { name: rating.name, retired: true } });
    expect((await listRatings(actors.viewer)).map((r) => r.id)).not.toContain(rating.id);
    expect((await listRatings(actors.viewer, { includeRetired: true })).map((r) => r.id)).toContain(rating.id);
    await expectNothingWritten(() => retireRating(actors.admin, { ratingId: rating.id }));
    await expectAudited(() => restoreRating(actors.admin, { ratingId: rating.id }), { entity: "rating", action: "update", after: { name: rating.name, retired: false } });
    expect((await listRatings(actors.viewer)).map((r) => r.id)).toContain(rating.id);
  });
});

describe("listRatingChoices", () => {
  it("is the scale of listRatings in the same order, without the counts, retired labels only when asked", async () => {
    const retired = await makeRating(true);
    for (const actor of Object.values(actors)) {
      for (const includeRetired of [false, true]) {
        const choices = await listRatingChoices(actor, { includeRetired });
        expect(choices).toEqual((await listRatings(actor, { includeRetired })).map(({ claimCount, ...rest }) => (void claimCount, rest)));
        expect(choices.map((r) => r.id).includes(retired.id)).toBe(includeRetired);
        for (const choice of choices) expect(choice).not.toHaveProperty("claimCount");
      }
    }
  });
});

describe("deleteRating", () => {
  it("refuses a non-admin and writes nothing", async () => {
    const rating = await makeRating();
    await expectRefused(() => deleteRating(actors.editor, { ratingId: rating.id }), "forbidden");
  });

  it("deletes an unused rating with one audit record", async () => {
    const rating = await makeRating();
    const { audits } = await expectAudited(() => deleteRating(actors.admin, { ratingId: rating.id }), { entity: "rating", entityId: String(rating.id), action: "delete" });
    expect(audits[0].before).toMatchObject({ name: rating.name });
    expect(await countRows("RatingLabel", "id = ?", rating.id)).toBe(0);
  });

  it("refuses a rating in use with a conflict and writes nothing", async () => {
    const rating = await makeRating();
    await makeClaim(actors.factchecker, { ratingId: rating.id });
    await expectRefused(() => deleteRating(actors.admin, { ratingId: rating.id }), "conflict");
  });
});

describe("listRatings", () => {
  it("gives every role the default scale in order, with claim counts", async () => {
    const rating = await makeRating();
    await makeClaim(actors.factchecker, { ratingId: rating.id });
    for (const actor of Object.values(actors)) {
      const scale = await listRatings(actor);
      expect(scale.slice(0, 6).map((r) => r.name)).toEqual(["True", "Mostly true", "Misleading", "Mostly false", "False", "Unverifiable"]);
      expect(scale.find((r) => r.id === rating.id)?.claimCount).toBe(1);
    }
  });
});
