import { describe, expect, it } from "vitest";
import { parseCookies, serializeSignedCookie } from "better-call";
import { cookieValue, verifiedSessionToken } from "./session-cookie";

const SECRET = "a-test-secret-of-at-least-thirty-two-bytes-long";
const NAME = "better-auth.session_token";

/** A Cookie header carrying the session cookie exactly as the auth library's Set-Cookie writes it. */
async function signedHeader(token: string, secret = SECRET, name = NAME) {
  const setCookie = await serializeSignedCookie(name, token, secret);
  return setCookie.split(";")[0];
}

describe("verifiedSessionToken", () => {
  it("accepts the auth library's own signed cookie and answers its token", async () => {
    for (const token of ["Gq3tA9vLx0", "abc-DEF_123", "x".repeat(32)]) {
      const header = `theme=dark; ${await signedHeader(token)}; other=1`;
      // Read as the library reads it, too: the same value.
      expect(cookieValue(header, NAME)).toBe(parseCookies(header).get(NAME));
      expect(verifiedSessionToken(cookieValue(header, NAME), SECRET)).toBe(token);
    }
  });

  it("refuses a cookie signed with another secret, a changed token or a changed signature", async () => {
    const value = cookieValue(await signedHeader("token-one"), NAME)!;
    expect(verifiedSessionToken(cookieValue(await signedHeader("token-one", "another-secret-of-at-least-32-bytes!!"), NAME), SECRET)).toBeNull();
    const [token, signature] = [value.slice(0, value.lastIndexOf(".")), value.slice(value.lastIndexOf(".") + 1)];
    expect(verifiedSessionToken(`token-two.${signature}`, SECRET)).toBeNull();
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(verifiedSessionToken(`${token}.${flipped}`, SECRET)).toBeNull();
  });

  it("refuses what is not a signed value at all", () => {
    for (const value of [null, "", "token", ".sig", "token.", "token.short=", `token.${"!".repeat(43)}=`, `token.${"A".repeat(44)}`]) {
      expect(verifiedSessionToken(value, SECRET)).toBeNull();
    }
  });
});

describe("cookieValue", () => {
  it("finds the named cookie (the first, if sent twice), decoded, and nothing else", () => {
    expect(cookieValue("a=1; better-auth.session_token=x%2By; b=2", NAME)).toBe("x+y");
    expect(cookieValue(`${NAME}=first; ${NAME}=second`, NAME)).toBe("first");
    expect(cookieValue(`x${NAME}=no; ${NAME}x=no`, NAME)).toBeNull();
    expect(cookieValue(undefined, NAME)).toBeNull();
    expect(cookieValue(`${NAME}=%E0%A4%A`, NAME)).toBe("%E0%A4%A");
  });
});
