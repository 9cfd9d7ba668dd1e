/** Personal API tokens: create (shown once), list, revoke, and authenticate requests by them. */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { can, isRole } from "@/lib/access/roles";
import type { Actor } from "@/lib/platform/session";
import { displayPrefix, TOKEN_PREFIX, type TokenScope, type TTokenCreate } from "@/lib/validation/tokens";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** What lists show of a token: never the secret or its hash. */
const TOKEN_SELECT = { id: true, name: true, prefix: true, scope: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Whether the actor's role may hold a write token: only roles that can change something. */
export const canHoldWriteToken = (actor: Actor) => can(actor.role, "claim.create");

/** Creates a token for the actor. The plaintext is returned here once and never stored. */
export async function createApiToken(actor: Actor, input: TTokenCreate) {
  assertCan(actor, "read");
  if (input.scope === "write" && !canHoldWriteToken(actor))
    throw new AppError("forbidden", "Your role can only read, so it may only have read tokens.", { fields: { scope: ["Choose read: your role cannot change anything."] } });
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, scope: input.scope, prefix: displayPrefix(token), tokenHash: hashToken(token) },
      select: TOKEN_SELECT,
    });
    await recordAudit(tx, { actor, entity: "token", entityId: row.id, action: "create", after: { name: row.name, scope: row.scope, prefix: row.prefix } });
    return row;
  });
  return { ...created, token };
}

/** The actor's own tokens, newest first, revoked ones included so the history stays visible. */
export async function listApiTokens(actor: Actor) {
  assertCan(actor, "read");
  return db.apiToken.findMany({ where: { userId: actor.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: TOKEN_SELECT });
}

/** Revokes one of the actor's tokens; admins may revoke anyone's. Revoking twice changes nothing. */
export async function revokeApiToken(actor: Actor, id: number) {
  assertCan(actor, "read");
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id }, select: { ...TOKEN_SELECT, userId: true } });
    // Someone else's token is simply not found, unless the actor manages users.
    if (!token || (token.userId !== actor.id && !can(actor.role, "user.manage"))) throw notFound("That token");
    if (token.revokedAt) return token;
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: { ...TOKEN_SELECT, userId: true } });
    await recordAudit(tx, {
      actor,
      entity: "token",
      entityId: id,
      action: "delete",
      before: { name: token.name, scope: token.scope, prefix: token.prefix, userId: token.userId },
    });
    return revoked;
  });
}

/**
 * The actor and scope behind a bearer token, or null when it is unknown, revoked, or its owner is
 * inactive. Looked up by its hash, so no comparison of secrets runs in time that depends on them.
 * The owner's current role applies, so a role change takes effect at once, as for sessions.
 */
export async function authenticateToken(token: string): Promise<{ actor: Actor; scope: TokenScope } | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, scope: true, revokedAt: true, user: { select: { id: true, name: true, email: true, role: true, active: true } } },
  });
  if (!row || row.revokedAt || !row.user.active || !isRole(row.user.role)) return null;
  if (row.scope !== "read" && row.scope !== "write") return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  const { id, name, email, role } = row.user;
  return { actor: { id, name, email, role }, scope: row.scope };
}
