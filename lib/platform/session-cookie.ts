/**
 * The session cookie read as the auth library writes it: `<token>.<signature>`, URL-encoded, the signature
 * being the base64 HMAC-SHA256 of the token with the auth secret. Checked here with node:crypto so that every
 * signed-in request need not go through the library's whole endpoint machinery (lib/platform/session.ts).
 */
import crypto from "node:crypto";

/** The value of cookie `name` in a Cookie header: the first one, as the auth library reads it. */
export function cookieValue(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    let value = pair.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** The session token of a signed cookie value, or null when it is not one or its signature is not ours. */
export function verifiedSessionToken(value: string | null, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=") || !/^[A-Za-z0-9+/]+=$/.test(signature)) return null;
  const expected = crypto.createHmac("sha256", secret).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? token : null;
}
