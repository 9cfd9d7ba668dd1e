/**
 * The headers that depend on the request, set by proxy.ts. The ones that never change (nosniff,
 * framing, referrer, Permissions-Policy, Cross-Origin-Opener-Policy, no-store on the API) are in
 * next.config.js, which also covers static files.
 */

/** A fresh, unguessable nonce for one page view. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

/**
 * The page's Content-Security-Policy: scripts only with this response's nonce (Next.js puts it on its
 * own scripts when it finds it in the request's CSP header) or loaded by such a script ('strict-dynamic');
 * no inline event handlers or injected <script>s. Styles allow inline `style` attributes, which the
 * charts and many components set; the development server needs eval for its error overlay.
 */
export function contentSecurityPolicy(nonce: string, options: { development?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, with subdomains: what browsers' preload lists ask for. Sent only over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Whether the browser reached Claimdesk over https: the public address says so, or the TLS proxy in front
 * said so in `X-Forwarded-Proto` (scripts/serve.mjs drops that header unless the peer is in TRUSTED_PROXIES).
 */
export function servedOverHttps(headers: Headers, publicBaseUrl: string): boolean {
  if (publicBaseUrl.startsWith("https://")) return true;
  return (headers.get("x-forwarded-proto") ?? "").split(",")[0].trim().toLowerCase() === "https";
}
