/** The auth library's hooks around sign-in: throttling before, forgiveness after a success. */
import "server-only";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { countSignInAttempt, forgiveSignInAttempt, pruneSignInThrottle } from "@/lib/data/sign-in-throttle";
import { passwordProblem } from "@/lib/validation/password";

/**
 * The auth library's hooks. They run for its HTTP endpoints and for direct `auth.api` calls alike (the
 * login form's action), so both paths meet the same sign-in limits and password rules.
 */

const SIGN_IN = "/sign-in/email";
/** The library's endpoints that set a password, with the body field that carries it. */
const NEW_PASSWORD_FIELDS: Record<string, string> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
  "/set-password": "newPassword",
};

/** The client's address: scripts/serve.mjs leaves exactly one in X-Forwarded-For. */
function clientAddress(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for") ?? "";
  return forwarded.split(",").pop()?.trim() || "unknown";
}

const emailOf = (body: unknown) => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : "";
};

let lastPrune = 0;

export const signInHooks = {
  before: createAuthMiddleware(async (ctx) => {
    const passwordField = NEW_PASSWORD_FIELDS[ctx.path];
    if (passwordField) {
      const password = (ctx.body as Record<string, unknown> | undefined)?.[passwordField];
      const problem = typeof password === "string" ? passwordProblem(password) : "Password is required.";
      if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "PASSWORD_REJECTED" });
      return;
    }
    if (ctx.path !== SIGN_IN) return;
    const now = Date.now();
    if (now - lastPrune > 10 * 60_000) {
      lastPrune = now;
      await pruneSignInThrottle(now);
    }
    const wait = await countSignInAttempt(emailOf(ctx.body), clientAddress(ctx.headers), now);
    if (wait !== null) {
      const minutes = Math.ceil(wait / 60);
      throw new APIError(
        "TOO_MANY_REQUESTS",
        { message: `Too many failed sign-ins. Try again in ${minutes === 1 ? "a minute" : `${minutes} minutes`}.`, code: "SIGN_IN_THROTTLED" },
        { "Retry-After": String(wait) },
      );
    }
  }),
  after: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN || isAPIError(ctx.context.returned)) return;
    await forgiveSignInAttempt(emailOf(ctx.body), clientAddress(ctx.headers));
  }),
};
