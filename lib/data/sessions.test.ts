import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { makeUser } from "./testing/fixtures";
import { endSession, findSessionByToken, recordSessionUse } from "./sessions";

async function makeSession(userId: string, createdAt = new Date(Date.UTC(2026, 0, 5, 9, 0, 0))) {
  const token = crypto.randomBytes(24).toString("base64url");
  const id = crypto.randomUUID();
  const expiresAt = new Date(createdAt.getTime() + 12 * 3600_000);
  await db.session.create({ data: { id, token, userId, createdAt, updatedAt: createdAt, expiresAt } });
  return { id, token, createdAt, expiresAt };
}

describe("findSessionByToken", () => {
  it("finds the session with its person, dates as dates and the active flag as a boolean", async () => {
    const person = await makeUser("editor", "Sam Session");
    const session = await makeSession(person.id);
    const found = await findSessionByToken(session.token);
    expect(found).toEqual({
      id: session.id,
      createdAt: session.createdAt,
      updatedAt: session.createdAt,
      expiresAt: session.expiresAt,
      person: { id: person.id, name: "Sam Session", email: person.email, role: "editor", active: true },
    });
  });

  it("says when the person was deactivated, and what their role is now", async () => {
    const person = await makeUser("factchecker");
    const session = await makeSession(person.id);
    await db.user.update({ where: { id: person.id }, data: { active: false, role: "viewer" } });
    expect((await findSessionByToken(session.token))?.person).toMatchObject({ active: false, role: "viewer" });
  });

  it("finds nothing for an unknown token, nor for a session that was ended", async () => {
    const person = await makeUser("viewer");
    const session = await makeSession(person.id);
    expect(await findSessionByToken(`${session.token}x`)).toBeNull();
    await endSession(session.id);
    expect(await findSessionByToken(session.token)).toBeNull();
  });

  it("finds nothing once the person's account is deleted (their sessions go with it)", async () => {
    const person = await makeUser("viewer");
    const session = await makeSession(person.id);
    await db.user.delete({ where: { id: person.id } });
    expect(await findSessionByToken(session.token)).toBeNull();
  });
});

describe("recordSessionUse", () => {
  it("moves the session's last use, which the next lookup sees", async () => {
    const person = await makeUser("editor");
    const session = await makeSession(person.id);
    const later = new Date(session.createdAt.getTime() + 90_000);
    await recordSessionUse(session.id, later);
    expect((await findSessionByToken(session.token))?.updatedAt).toEqual(later);
  });
});
