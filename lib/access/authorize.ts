/** Permission checks for data functions and handlers: refuses an actor whose role lacks the right. */
import "server-only";
import { can, type Permission } from "@/lib/access/roles";
import { forbidden } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";

const WHAT: Record<Permission, string> = {
  read: "read the desk",
  "report.export": "export reports",
  "article.create": "add articles",
  "claim.create": "add claims",
  "claim.edit": "edit claims",
  "claim.delete": "delete claims",
  "evidence.add": "attach sources",
  "speaker.create": "add speakers",
  "speaker.edit": "edit speakers",
  "comment.add": "comment on claims",
  "claim.assign": "assign claims",
  "tracker.manage": "manage figure trackers",
  "settings.manage": "change the desk's settings",
  "user.manage": "manage users",
};

/** Throws a 403-style AppError unless the actor's role grants `permission`. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw forbidden(WHAT[permission]);
}
