import { can, ROLES, ROLE_LABELS, type Permission, type Role } from "./roles";

/** Desk pages that not every role may open, what each needs, and what it is for (said to whoever is turned away). */
const RESTRICTED_PAGES: { path: string; permission: Permission; purpose: string; exact?: boolean }[] = [
  { path: "/admin/users", permission: "user.manage", purpose: "manage the desk's users" },
  { path: "/settings/publishing", permission: "settings.manage", purpose: "change how verdicts are published" },
  { path: "/settings/webhooks", permission: "settings.manage", purpose: "manage the desk's webhooks" },
  // Exact: /settings/tokens, everyone's own API tokens, is open to all.
  { path: "/settings", permission: "settings.manage", purpose: "change the rating scale and the two-person rule", exact: true },
  { path: "/imports", permission: "claim.create", purpose: "import claims and articles" },
  { path: "/articles/new", permission: "article.create", purpose: "add articles" },
];

export function restrictionOf(pathname: string) {
  return RESTRICTED_PAGES.find((page) => pathname === page.path || (!page.exact && pathname.startsWith(`${page.path}/`)));
}

function joinOr(words: string[]) {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** "You need the admin role to manage the desk's users." */
export function refusalSentence(pathname: string): string {
  const page = restrictionOf(pathname);
  if (!page) return "Your role does not allow you to open this page.";
  const roles = ROLES.filter((role: Role) => can(role, page.permission)).map((role) => ROLE_LABELS[role].toLowerCase());
  return `You need the ${joinOr(roles.reverse())} role to ${page.purpose}.`;
}
