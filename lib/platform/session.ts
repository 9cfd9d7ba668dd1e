/** The signed-in actor of a request (who, with which role), or an unauthenticated error. */
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/platform/auth";
import { AppError } from "@/lib/platform/errors";
import { sessionState } from "@/lib/platform/auth-limits";
import { cookieValue, verifiedSessionToken } from "@/lib/platform/session-cookie";
import { endSession, findSessionByToken, recordSessionUse } from "@/lib/data/sessions";
import { isRole, type Role } from "@/lib/access/roles";

/** The signed-in person acting on a request. Every data function takes one. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The session token of a request's signed cookie, checked with the auth library's secret and cookie name. */
async function sessionTokenOf(requestHeaders: Headers): Promise<string | null> {
  const context = await auth.$context;
  return verifiedSessionToken(cookieValue(requestHeaders.get("cookie"), context.authCookies.sessionToken.name), context.secret);
}

/**
 * The actor for the current request, or null. The session and the person's role and active flag are read
 * from the database on every request (one statement, lib/data/sessions.ts), so a signed-out, revoked or
 * deactivated session is refused at once, on every server; an idle or too old session is deleted here.
 * Once per request: the layout, the page and the actions share it (React's cache).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const token = await sessionTokenOf(await headers());
  if (!token) return null;
  const session = await findSessionByToken(token);
  if (!session) return null;
  const now = Date.now();
  const state = session.expiresAt.getTime() <= now ? "expired" : sessionState(session, now);
  if (state === "expired") {
    await endSession(session.id);
    return null;
  }
  if (state === "touch") await recordSessionUse(session.id, new Date(now));
  const { person } = session;
  if (!person.active || !isRole(person.role)) return null;
  return { id: person.id, name: person.name, email: person.email, role: person.role };
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For actions and route handlers: the actor, or an `unauthenticated` error. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  return actor;
}
