import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { publicBaseUrl, trustedOrigins } from "@/lib/platform/base-url";
import { allowedMethods, routeOf } from "@/lib/web/route-methods.mjs";
import { crossSiteRefusal } from "@/lib/web/same-origin";
import { contentSecurityPolicy, newNonce, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/web/security-headers";

/**
 * Every request except static files passes through here first:
 * 1. a method the path does not support is answered 405 with `Allow`;
 * 2. a write that comes from another site is refused 403 (see lib/web/same-origin.ts); the route
 *    handlers' wrapper checks the same again;
 * 3. pages get a Content-Security-Policy with a fresh nonce, and signed-out visitors are sent to /login.
 * This only looks for the session cookie; every page, action and route handler still checks the session
 * and role itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const allowed = allowedMethods(pathname);
  if (allowed && !allowed.includes(request.method)) {
    return withTransportSecurity(
      request,
      apiError(405, "method_not_allowed", `${request.method} is not supported here. Use ${allowed.join(", ")}.`, { Allow: allowed.join(", ") }),
    );
  }
  const refusal = crossSiteRefusal(request.method, request.headers, trustedOrigins());
  if (refusal) return withTransportSecurity(request, apiError(403, "forbidden", refusal));
  if (pathname.startsWith("/api/") || routeOf(pathname)) return withTransportSecurity(request, NextResponse.next());
  return withTransportSecurity(request, page(request));
}

// The sign-in page, published fact-checks (each checks that the desk publishes) and the favicon.
const PUBLIC_PAGES = [/^\/login(\/|$)/, /^\/f\//, /^\/icon\.svg$/];

function page(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC_PAGES.some((pattern) => pattern.test(pathname)) && !getSessionCookie(request)) {
    const url = new URL("/login", request.url);
    if (pathname !== "/") url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url);
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    https: servedOverHttps(request.headers, publicBaseUrl()),
  });
  // Next.js reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function withTransportSecurity(request: NextRequest, response: NextResponse | Response) {
  if (servedOverHttps(request.headers, publicBaseUrl())) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** The API's error shape (lib/web/http.ts), for answers given before any route runs. */
function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error: { code, message, fields: {} } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export const config = {
  // Everything but static files; link prefetches need no fresh nonce (the page they lead to gets one).
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
