import "server-only";
import { forbidden } from "next/navigation";
import { can } from "@/lib/access/roles";
import type { Actor } from "@/lib/platform/session";
import { restrictionOf } from "@/lib/access/restricted-pages";

/** For restricted pages: someone whose role may not open `path` gets the 403 page that tells them why. */
export function requirePageAccess(actor: Actor, path: string) {
  const page = restrictionOf(path);
  if (!page) throw new Error(`${path} is not listed in restricted-pages.ts`);
  if (!can(actor.role, page.permission)) forbidden();
}
