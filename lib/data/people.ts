/** Finding people by name, for `@` completion in comments: a short, bounded answer, active people only. */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import type { Role } from "@/lib/access/roles";
import { PEOPLE_SEARCH_MAX } from "@/lib/validation/notifications";
import { caseInsensitive } from "./sql-dialect";

export interface PersonMatch {
  id: string;
  name: string;
  role: Role;
}

/**
 * Active people other than the actor whose name, or a word of it, starts with `query` (case ignored), by name; at most `limit` (capped at PEOPLE_SEARCH_MAX). An empty query lists the first by name.
 */
export async function searchPeople(actor: Actor, query: string, limit = PEOPLE_SEARCH_MAX): Promise<PersonMatch[]> {
  assertCan(actor, "read");
  const q = query.trim().slice(0, 50);
  const take = Math.min(Math.max(1, limit), PEOPLE_SEARCH_MAX);
  // LIKE's wildcards are left out of the database's filter; the names it finds are checked against the query as typed.
  const plain = q.replace(/[%_\\]/g, "");
  if (q && !plain) return [];
  const rows = await db.user.findMany({
    where: { active: true, id: { not: actor.id }, ...(plain ? { OR: [{ name: { startsWith: plain, ...caseInsensitive() } }, { name: { contains: ` ${plain}`, ...caseInsensitive() } }] } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: plain === q ? take : take * 5,
    select: { id: true, name: true, role: true },
  });
  const lower = q.toLowerCase();
  const fits = (name: string) => !q || name.toLowerCase().startsWith(lower) || name.toLowerCase().includes(` ${lower}`);
  return rows.filter((r) => fits(r.name)).slice(0, take).map((r) => ({ ...r, role: r.role as Role }));
}
