/** User management for admins: list, create, change role or deactivate, reset passwords. */
import "server-only";
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import type { Role } from "@/lib/access/roles";
import type { TUserCreate } from "@/lib/validation/user";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";

export async function listUsers(actor: Actor) {
  assertCan(actor, "user.manage");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
  });
}

/** Creates a user who signs in with email and password; the password is hashed by the auth library. */
export async function createUser(actor: Actor, input: TUserCreate) {
  assertCan(actor, "user.manage");
  const hash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      const message = "A user with this email already exists.";
      throw new AppError("conflict", message, { fields: { email: [message] } });
    }
    const id = crypto.randomUUID();
    const user = await tx.user.create({ data: { id, name: input.name, email: input.email, role: input.role, emailVerified: true } });
    await tx.account.create({ data: { id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } });
    await recordAudit(tx, { actor, entity: "user", entityId: id, action: "create", after: { name: user.name, email: user.email, role: user.role } });
    return user;
  });
}

/** Changes a user's role or active flag. Deactivating ends their sessions at once. */
export async function updateUser(actor: Actor, input: { userId: string; role: Role; active: boolean }) {
  assertCan(actor, "user.manage");
  if (input.userId === actor.id && (input.role !== "admin" || !input.active))
    throw new AppError("invalid", "You cannot remove your own admin role or deactivate yourself; ask another admin.");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId } });
    if (!before) throw notFound("That user");
    const after = await tx.user.update({ where: { id: input.userId }, data: { role: input.role, active: input.active } });
    if (!input.active) await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordAudit(tx, {
      actor,
      entity: "user",
      entityId: input.userId,
      action: "update",
      before: { role: before.role, active: before.active },
      after: { role: after.role, active: after.active },
    });
    return after;
  });
}

/** Sets a new password for a user and signs them out everywhere. */
export async function resetUserPassword(actor: Actor, input: { userId: string; password: string }) {
  assertCan(actor, "user.manage");
  const hash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw notFound("That user");
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0)
      await tx.account.create({ data: { id: crypto.randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { actor, entity: "user", entityId: user.id, action: "update", after: { password: "reset" } });
  });
}
