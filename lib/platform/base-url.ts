/**
 * The public address of the app, without a trailing slash: where fact-check pages live and what
 * ClaimReview records link to. The same value the sign-in checks request origins against.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.BETTER_AUTH_URL?.trim() || `http://localhost:${env.PORT?.trim() || 3000}`;
  return url.replace(/\/+$/, "");
}

/**
 * The origins Claimdesk's own pages are served from: the public address, and the local addresses of
 * the port it listens on (for an administrator on the machine itself). Sign-in and every write that
 * rides on the session cookie accept requests from these origins only.
 */
export function trustedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const port = env.PORT?.trim() || "3000";
  const origins = [new URL(publicBaseUrl(env)).origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
  return [...new Set(origins.map((origin) => origin.toLowerCase()))];
}
