import { beforeAll, describe, expect, it } from "vitest";
import { expectAudited, expectRefused } from "./testing/harness";
import { makeActors, makeClaim, type Actors } from "./testing/fixtures";
import { addComment } from "./comments";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

describe("addComment", () => {
  it("refuses a viewer and writes nothing", async () => {
    const claim = await makeClaim(actors.factchecker);
    await expectRefused(() => addComment(actors.viewer, claim.id, "Looks wrong"), "forbidden");
  });

  it("adds the comment with one audit record in the same transaction", async () => {
    const claim = await makeClaim(actors.factchecker);
    const { result, audits } = await expectAudited(() => addComment(actors.factchecker, claim.id, "Call the ministry"), {
      actorId: actors.factchecker.id,
      entity: "comment",
      action: "create",
      claimId: claim.id,
    });
    expect(result).toMatchObject({ claimId: claim.id, body: "Call the ministry", authorId: actors.factchecker.id });
    expect(audits[0].entityId).toBe(String(result.id));
    expect(audits[0].after).toEqual({ body: "Call the ministry" });
  });

  it("refuses a claim that does not exist", async () => {
    await expectRefused(() => addComment(actors.editor, 999_999, "Hello"), "not_found");
  });
});
