/** Zod schemas of API tokens and the bearer header. */
import { z } from "zod";
import { zEnum, zText } from "./common";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Every token starts with this, so a leaked one is recognisable (and secret scanners can find it). */
export const TOKEN_PREFIX = "cd_";
/** How much of the token lists show: the fixed prefix plus a few characters of the secret. */
export const TOKEN_DISPLAY_LENGTH = TOKEN_PREFIX.length + 6;
/** `cd_` + 32 random bytes as base64url (43 characters). */
const TOKEN_PATTERN = /^cd_[A-Za-z0-9_-]{43}$/;

export const ZTokenCreate = z.object({
  name: zText("Name", 100),
  scope: zEnum(TOKEN_SCOPES, "Scope"),
});
export type TTokenCreate = z.infer<typeof ZTokenCreate>;

export const ZTokenRef = z.object({ tokenId: z.coerce.number({ error: "Token is not valid." }).int().positive() });

/**
 * The token in an `Authorization` header: `undefined` when there is no header (a session caller),
 * `null` when there is one but it is not a well-formed bearer token of ours.
 */
export function bearerTokenOf(header: string | null): string | null | undefined {
  if (header == null || header.trim() === "") return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match || !TOKEN_PATTERN.test(match[1])) return null;
  return match[1];
}

/** Safe methods only read; everything else changes something and needs a write token. */
export function scopeAllowsMethod(scope: TokenScope, method: string): boolean {
  const m = method.toUpperCase();
  return scope === "write" || m === "GET" || m === "HEAD" || m === "OPTIONS";
}

export const displayPrefix = (token: string) => token.slice(0, TOKEN_DISPLAY_LENGTH);
