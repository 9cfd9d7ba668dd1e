/**
 * The public address of the app, without a trailing slash: where fact-check pages live and what
 * ClaimReview records link to. The same value the sign-in checks request origins against.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.BETTER_AUTH_URL?.trim() || `http://localhost:${env.PORT?.trim() || 3000}`;
  return url.replace(/\/+$/, "");
}
