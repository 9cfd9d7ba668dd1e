/** Cross-site request forgery check for writes, shared by the proxy and the route wrapper. */
import { trustedOrigins } from "@/lib/platform/base-url";
import { AppError } from "@/lib/platform/errors";

/**
 * Cross-site request forgery check for requests that change data (the approach of Go's
 * `http.CrossOriginProtection`): browsers say where a request comes from in `Sec-Fetch-Site` and
 * `Origin`, and a page on another origin cannot forge either.
 *
 * - `GET`, `HEAD` and `OPTIONS` change nothing and pass.
 * - A request with `Authorization: Bearer …` is authenticated by its token, never by the cookie, and a
 *   browser cannot add that header across origins without a CORS preflight Claimdesk never grants: passes.
 * - `Sec-Fetch-Site` other than `same-origin` (or `none`, a request the user typed) is refused.
 * - An `Origin` (including `null`) that is not one of Claimdesk's own addresses is refused.
 * - A request with neither header does not come from a browser (curl, scripts): no cookie can ride on
 *   it by accident, so it passes and the route's own authentication decides.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function crossSiteRefusal(method: string, headers: Headers, trustedOrigins: readonly string[]): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (/^bearer\s/i.test(headers.get("authorization") ?? "")) return null;
  const fetchSite = headers.get("sec-fetch-site")?.toLowerCase();
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none")
    return `The request came from another site (${fetchSite}); changes are accepted only from Claimdesk's own pages.`;
  const origin = headers.get("origin");
  if (origin !== null && !trustedOrigins.includes(origin.toLowerCase()))
    return "The request came from another origin; changes are accepted only from Claimdesk's own pages.";
  return null;
}

/** For route handlers: refuses a cross-site write with a 403 in the API's error shape. */
export function assertSameOriginWrite(request: Request, origins: readonly string[] = trustedOrigins()): void {
  const refusal = crossSiteRefusal(request.method, request.headers, origins);
  if (refusal) throw new AppError("forbidden", refusal);
}
