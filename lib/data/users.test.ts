import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { db } from "@/lib/platform/db";
import { countRows, expectAudited, expectRefused } from "./testing/harness";
import { makeActors, makeUser, unique, type Actors } from "./testing/fixtures";
import { createUser, listUsers, resetUserPassword, updateUser } from "./users";

let actors: Actors;
beforeAll(async () => {
  actors = await makeActors();
});

const newUser = () => ({ name: unique("New Person"), email: `${unique("new").replace(" ", "-")}@claimdesk.test`, role: "factchecker" as const, password: "a long enough password" });

async function withSession(userId: string) {
  await db.session.create({ data: { id: crypto.randomUUID(), token: crypto.randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) } });
}

describe("listUsers", () => {
  it("is for admins only", async () => {
    for (const actor of [actors.editor, actors.factchecker, actors.viewer]) await expect(listUsers(actor)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listUsers(actors.admin)).map((u) => u.id)).toEqual(expect.arrayContaining(Object.values(actors).map((a) => a.id)));
  });
});

describe("createUser", () => {
  it("refuses every role but admin and writes nothing", async () => {
    for (const actor of [actors.editor, actors.factchecker, actors.viewer]) await expectRefused(() => createUser(actor, newUser()), "forbidden");
  });

  it("creates the user and their password account with one audit record (no password in it)", async () => {
    const input = newUser();
    const { result, audits } = await expectAudited(() => createUser(actors.admin, input), { actorId: actors.admin.id, entity: "user", action: "create" });
    expect(result).toMatchObject({ name: input.name, email: input.email, role: "factchecker", active: true });
    expect(audits[0]).toMatchObject({ entityId: result.id, after: { name: input.name, email: input.email, role: "factchecker" } });
    expect(JSON.stringify(audits[0])).not.toContain(input.password);
    const account = await db.account.findFirstOrThrow({ where: { userId: result.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: input.password })).toBe(true);
  });

  it("refuses an email already in use with a conflict and writes nothing", async () => {
    const error = await expectRefused(() => createUser(actors.admin, { ...newUser(), email: actors.viewer.email }), "conflict");
    expect(error.fields).toHaveProperty("email");
  });
});

describe("updateUser", () => {
  it("refuses a non-admin and writes nothing", async () => {
    const user = await makeUser("viewer");
    await expectRefused(() => updateUser(actors.editor, { userId: user.id, role: "editor", active: true }), "forbidden");
  });

  it("changes the role with one audit record", async () => {
    const user = await makeUser("viewer");
    const { result, audits } = await expectAudited(() => updateUser(actors.admin, { userId: user.id, role: "editor", active: true }), {
      entity: "user",
      entityId: user.id,
      action: "update",
    });
    expect(result.role).toBe("editor");
    expect(audits[0]).toMatchObject({ before: { role: "viewer", active: true }, after: { role: "editor", active: true } });
  });

  it("deactivating ends the person's sessions in the same transaction", async () => {
    const user = await makeUser("factchecker");
    await withSession(user.id);
    await expectAudited(() => updateUser(actors.admin, { userId: user.id, role: "factchecker", active: false }), { entity: "user", after: { role: "factchecker", active: false } });
    expect(await countRows("Session", `"userId" = ?`, user.id)).toBe(0);
  });

  it("refuses an admin's own demotion or deactivation, and a missing user", async () => {
    await expectRefused(() => updateUser(actors.admin, { userId: actors.admin.id, role: "editor", active: true }), "invalid");
    await expectRefused(() => updateUser(actors.admin, { userId: actors.admin.id, role: "admin", active: false }), "invalid");
    await expectRefused(() => updateUser(actors.admin, { userId: "nobody", role: "viewer", active: true }), "not_found");
  });
});

describe("resetUserPassword", () => {
  it("refuses a non-admin and writes nothing", async () => {
    const user = await makeUser("viewer");
    await expectRefused(() => resetUserPassword(actors.editor, { userId: user.id, password: "another long password" }), "forbidden");
  });

  it("sets the password, signs the person out, and records one audit entry without the password", async () => {
    const user = await makeUser("viewer");
    await withSession(user.id);
    const { audits } = await expectAudited(() => resetUserPassword(actors.admin, { userId: user.id, password: "another long password" }), {
      entity: "user",
      entityId: user.id,
      action: "update",
      after: { password: "reset" },
    });
    expect(JSON.stringify(audits[0])).not.toContain("another long password");
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: "another long password" })).toBe(true);
    expect(await countRows("Session", `"userId" = ?`, user.id)).toBe(0);
  });

  it("refuses a user that does not exist", async () => {
    await expectRefused(() => resetUserPassword(actors.admin, { userId: "nobody", password: "another long password" }), "not_found");
  });
});
