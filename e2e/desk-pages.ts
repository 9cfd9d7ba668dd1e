import type { Role } from "./fixtures";

/** Every page of the desk, with a seeded record where the page shows one, and the least role that may open it. */
export const DESK_PAGES: { path: string; name: string; minRole: Role }[] = [
  { path: "/", name: "dashboard", minRole: "viewer" },
  { path: "/queue", name: "queue", minRole: "viewer" },
  { path: "/articles", name: "articles", minRole: "viewer" },
  { path: "/articles/1", name: "article", minRole: "viewer" },
  { path: "/articles/new", name: "new-article", minRole: "checker" },
  { path: "/claims", name: "claims", minRole: "viewer" },
  { path: "/claims/3", name: "claim", minRole: "viewer" },
  { path: "/speakers", name: "speakers", minRole: "viewer" },
  { path: "/speakers/1", name: "speaker", minRole: "viewer" },
  { path: "/reports", name: "reports", minRole: "viewer" },
  { path: "/activity", name: "activity", minRole: "viewer" },
  { path: "/imports", name: "imports", minRole: "checker" },
  { path: "/settings", name: "settings", minRole: "admin" },
  { path: "/settings/publishing", name: "settings-publishing", minRole: "admin" },
  { path: "/settings/tokens", name: "tokens", minRole: "viewer" },
  { path: "/settings/webhooks", name: "settings-webhooks", minRole: "admin" },
  { path: "/notifications", name: "notifications", minRole: "viewer" },
  { path: "/notifications/settings", name: "notification-settings", minRole: "viewer" },
  { path: "/api-docs", name: "api-docs", minRole: "viewer" },
  { path: "/admin/users", name: "users", minRole: "admin" },
];

const RANK: Record<Role, number> = { viewer: 0, checker: 1, editor: 2, admin: 3 };
export const mayOpen = (role: Role, page: { minRole: Role }) => RANK[role] >= RANK[page.minRole];
