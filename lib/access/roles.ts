/** Roles and what each may do. Pure: used by data functions, route handlers and the UI alike. */

export const ROLES = ["admin", "editor", "factchecker", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  factchecker: "Fact-checker",
  viewer: "Viewer",
};

export type Permission =
  | "read"
  | "report.export"
  | "article.create"
  | "claim.create"
  | "claim.edit"
  | "claim.delete"
  | "evidence.add"
  | "speaker.create"
  | "speaker.edit"
  | "comment.add"
  | "claim.assign"
  | "tracker.manage"
  | "settings.manage"
  | "user.manage";

const RANK: Record<Role, number> = { viewer: 0, factchecker: 1, editor: 2, admin: 3 };

const MIN_ROLE: Record<Permission, Role> = {
  read: "viewer",
  "report.export": "viewer",
  "article.create": "factchecker",
  "claim.create": "factchecker",
  "claim.edit": "factchecker",
  "evidence.add": "factchecker",
  "speaker.create": "factchecker",
  "comment.add": "factchecker",
  "tracker.manage": "factchecker",
  "claim.delete": "editor",
  "speaker.edit": "editor",
  "claim.assign": "editor",
  "settings.manage": "admin",
  "user.manage": "admin",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return RANK[role] >= RANK[MIN_ROLE[permission]];
}

/** The least role that holds a permission (for telling someone what they would need). */
export function minimumRole(permission: Permission): Role {
  return MIN_ROLE[permission];
}
