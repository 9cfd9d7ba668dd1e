/**
 * The methods each route handler under app/ exports (route-methods.test.ts keeps this table in step
 * with the files). Plain JavaScript so the server in scripts/serve.mjs can use it as well as proxy.ts:
 * an unsupported method is answered with 405 and an `Allow` header before Next.js sees the request.
 */
export const ROUTE_METHODS = {
  "/api/auth/[...all]": ["GET", "POST"],
  "/api/health": ["GET"],
  "/api/v1/article-previews": ["POST"],
  "/api/v1/articles": ["GET", "POST"],
  "/api/v1/articles/[id]": ["GET"],
  "/api/v1/claims": ["GET", "POST"],
  "/api/v1/claims/[id]": ["GET", "PATCH"],
  "/api/v1/claims/[id]/evidence": ["GET", "POST"],
  "/api/v1/claims/[id]/external-fact-checks": ["GET"],
  "/api/v1/claims/[id]/matches": ["GET", "POST", "DELETE"],
  "/api/v1/claims/[id]/workflow": ["POST"],
  "/api/v1/evidence/[id]/file": ["GET"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/people": ["GET"],
  "/api/v1/ratings": ["GET"],
  "/api/v1/reports/pdf": ["GET"],
  "/api/v1/reports/verified": ["GET"],
  "/api/v1/speakers": ["GET"],
  "/api/v1/speakers/[id]": ["GET"],
  "/api/v1/tokens": ["GET", "POST"],
  "/api/v1/tokens/[id]": ["DELETE"],
  "/api/v1/trackers": ["GET", "POST"],
  "/api/v1/trackers/[id]": ["GET"],
  "/api/v1/trackers/[id]/claims": ["POST", "DELETE"],
  "/api/v1/trackers/[id]/export": ["GET"],
  "/imports/article-file": ["POST"],
  "/imports/claim-reviews": ["POST"],
  "/imports/claims-csv": ["POST"],
  "/imports/jobs/[id]": ["GET"],
  "/notifications/count": ["GET"],
};

/** Pages answer GET (and HEAD), and POST for their server actions. */
export const PAGE_METHODS = ["GET", "HEAD", "POST"];

function matches(pattern, segments) {
  const parts = pattern.split("/").filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].startsWith("[...")) return segments.length > i;
    if (segments[i] === undefined) return false;
    if (!parts[i].startsWith("[") && parts[i] !== segments[i]) return false;
  }
  return segments.length === parts.length;
}

/**
 * The route handler pattern that `pathname` leads to (like "/api/v1/claims/[id]"), or null for a page.
 * @param {string} pathname
 * @returns {string | null}
 */
export function routeOf(pathname) {
  const segments = pathname.split("/").filter(Boolean);
  return Object.keys(ROUTE_METHODS).find((pattern) => matches(pattern, segments)) ?? null;
}

/**
 * The methods `pathname` answers, as an `Allow` header lists them: a route handler's own (with HEAD
 * beside GET, and OPTIONS, which Next.js answers itself); anything else under /api/ is a 404 whatever
 * the method, so null; any other path is a page.
 * @param {string} pathname
 * @returns {string[] | null}
 */
export function allowedMethods(pathname) {
  const route = routeOf(pathname);
  if (route) {
    const methods = ROUTE_METHODS[route];
    return [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
  }
  return pathname.split("/").filter(Boolean)[0] === "api" ? null : PAGE_METHODS;
}
