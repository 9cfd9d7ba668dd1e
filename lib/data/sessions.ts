/**
 * The session behind a request's cookie, with the person it belongs to, in one SQL statement. Every signed-in
 * page, action and API call reads it (lib/platform/session.ts); through the ORM it was two queries, each
 * compiled per request. No actor: this is what finds the actor.
 */
import "server-only";
import { db } from "@/lib/platform/db";

export interface SessionWithPerson {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  person: { id: string; name: string; email: string; role: string; active: boolean };
}

interface Row {
  id: string;
  createdAt: Date | string;
  updatedAt: Date | string;
  expiresAt: Date | string;
  userId: string;
  name: string;
  email: string;
  role: string;
  active: boolean | number | bigint;
}

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** The session whose token this is (revoked or deleted sessions are simply not found), with its person. */
export async function findSessionByToken(token: string): Promise<SessionWithPerson | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."id", s."createdAt", s."updatedAt", s."expiresAt", u."id" AS "userId", u."name", u."email", u."role", u."active"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."token" = ${token}`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
    expiresAt: toDate(row.expiresAt),
    person: { id: row.userId, name: row.name, email: row.email, role: row.role, active: row.active === true || Number(row.active) === 1 },
  };
}

/** Ends a session (it was idle or too old). */
export async function endSession(id: string): Promise<void> {
  await db.session.deleteMany({ where: { id } });
}

/** Records that a session was used now (its `updatedAt` is its last use, for the idle limit). */
export async function recordSessionUse(id: string, now: Date): Promise<void> {
  await db.session.updateMany({ where: { id }, data: { updatedAt: now } });
}
