/** The signed-in actor of a request (who, with which role), or an unauthenticated error. */
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/platform/auth";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { sessionState } from "@/lib/platform/auth-limits";
import { isRole, type Role } from "@/lib/access/roles";

/** The signed-in person acting on a request. Every data function takes one. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * The actor for the current request, or null. The role and active flag are read from the database on
 * every request, so a role change or deactivation takes effect at once; an idle or too old session is
 * deleted here.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const now = Date.now();
  const state = sessionState(session.session, now);
  if (state === "expired") {
    await db.session.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  if (state === "touch") await db.session.updateMany({ where: { id: session.session.id }, data: { updatedAt: new Date(now) } });
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!user || !user.active || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
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
