import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

/**
 * Sends signed-out visitors to /login before any page renders. This only looks for the cookie;
 * every page, action and route handler still checks the session and role itself.
 */
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const url = new URL("/login", request.url);
  const next = request.nextUrl.pathname + request.nextUrl.search;
  if (next !== "/") url.searchParams.set("next", next);
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: the API answers 401 in its own error shape, and static files need no session.
  // Published fact-checks (/f/…) are public; their page shows them only when the desk publishes.
  matcher: ["/((?!login|api/|_next/|favicon.ico|icon.svg|f/).*)"],
};
