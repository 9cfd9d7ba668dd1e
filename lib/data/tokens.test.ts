import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { countRows, expectAudited, expectNothingWritten, expectRefused } from "./testing/harness";
import { makeActors, makeUser, type Actors } from "./testing/fixtures";
import { authenticateToken, createApiToken, listApiTokens, revokeApiToken } from "./tokens";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

describe("createApiToken", () => {
  it("refuses a viewer a write token and writes nothing", async () => {
    const error = await expectRefused(() => createApiToken(actors.viewer, { name: "Sync", scope: "write" }), "forbidden");
    expect(error.fields).toHaveProperty("scope");
  });

  it("creates a token with one audit record; only its hash is stored and the secret is never recorded", async () => {
    const { result, audits } = await expectAudited(() => createApiToken(actors.viewer, { name: "Reader", scope: "read" }), {
      actorId: actors.viewer.id,
      entity: "token",
      action: "create",
      after: { name: "Reader", scope: "read" },
    });
    expect(result.token).toMatch(/^cd_[A-Za-z0-9_-]{43}$/);
    expect(audits[0].entityId).toBe(String(result.id));
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.tokenHash).not.toContain(result.token);
    expect(JSON.stringify(audits[0])).not.toContain(result.token);
    expect(JSON.stringify(await listApiTokens(actors.viewer))).not.toContain(stored.tokenHash);
  });
});

describe("revokeApiToken", () => {
  it("lets the owner revoke their token with one audit record; revoking again writes nothing", async () => {
    const { id } = await createApiToken(actors.factchecker, { name: "CI", scope: "write" });
    const { result } = await expectAudited(() => revokeApiToken(actors.factchecker, id), { entity: "token", entityId: String(id), action: "delete" });
    expect(result.revokedAt).toBeInstanceOf(Date);
    await expectNothingWritten(() => revokeApiToken(actors.factchecker, id));
  });

  it("hides someone else's token (not found) from anyone but an admin, and writes nothing", async () => {
    const { id } = await createApiToken(actors.factchecker, { name: "Private", scope: "read" });
    for (const actor of [actors.editor, actors.viewer]) await expectRefused(() => revokeApiToken(actor, id), "not_found");
    await expectAudited(() => revokeApiToken(actors.admin, id), { actorId: actors.admin.id, entity: "token", action: "delete" });
  });
});

describe("listApiTokens and authenticateToken", () => {
  it("lists only the actor's own tokens", async () => {
    const owner = await makeUser("editor");
    const { id } = await createApiToken(owner, { name: "Mine", scope: "read" });
    expect((await listApiTokens(owner)).map((t) => t.id)).toEqual([id]);
    expect((await listApiTokens(actors.editor)).map((t) => t.id)).not.toContain(id);
  });

  it("finds the actor and scope behind a live token, with the owner's current role, and nothing for a revoked or unknown one", async () => {
    const owner = await makeUser("factchecker");
    const { id, token } = await createApiToken(owner, { name: "Live", scope: "write" });
    expect(await authenticateToken(token)).toEqual({ actor: owner, scope: "write" });
    expect(await countRows("ApiToken", `id = ? AND "lastUsedAt" IS NOT NULL`, id)).toBe(1);
    await db.user.update({ where: { id: owner.id }, data: { role: "viewer" } });
    expect((await authenticateToken(token))?.actor.role).toBe("viewer");
    await revokeApiToken(owner, id);
    expect(await authenticateToken(token)).toBeNull();
    expect(await authenticateToken("cd_" + "x".repeat(43))).toBeNull();
  });

  it("gives nothing for the token of a deactivated person", async () => {
    const owner = await makeUser("editor");
    const { token } = await createApiToken(owner, { name: "Soon gone", scope: "read" });
    await db.user.update({ where: { id: owner.id }, data: { active: false } });
    expect(await authenticateToken(token)).toBeNull();
  });
});
