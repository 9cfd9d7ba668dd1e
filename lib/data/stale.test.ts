import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { recordAudit } from "./audit";
import { makeActors, makeClaim, type Actors } from "./testing/fixtures";
import { staleVersionError } from "./stale";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

describe("staleVersionError", () => {
  it("names who last changed the claim, which fields, and the version the person had", async () => {
    const claim = await makeClaim(actors.factchecker);
    await db.$transaction((tx) => recordAudit(tx, { actor: actors.editor, entity: "claim", entityId: claim.id, claimId: claim.id, action: "update", after: { statement: "x", unit: "y" } }));
    // Comments are not changes to the claim's fields and are not named.
    await db.$transaction((tx) => recordAudit(tx, { actor: actors.admin, entity: "comment", entityId: 1, claimId: claim.id, action: "create", after: { body: "b" } }));
    const error = await db.$transaction((tx) => staleVersionError(tx, claim.id, 3));
    expect(error.code).toBe("conflict");
    expect(error.userMessage).toContain("Eddie Editor");
    expect(error.userMessage).toContain("the statement, the figure");
    expect(error.userMessage).toContain("your version 3");
    expect(error.userMessage).not.toContain("Ada Admin");
  });

  it("still explains itself when there is no recorded change", async () => {
    const claim = await makeClaim(actors.factchecker);
    const error = await db.$transaction((tx) => staleVersionError(tx, claim.id, 1));
    expect(error.code).toBe("conflict");
    expect(error.userMessage).toMatch(/^Someone changed this claim/);
  });
});
