/** Sign-in: the better-auth setup, its secret and its rate limits. */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/platform/db";
import { databaseEngine } from "@/lib/platform/database-engine";
import { trustedOrigins } from "@/lib/platform/base-url";
import { sessionLimits } from "@/lib/platform/auth-limits";
import { signInHooks } from "@/lib/platform/sign-in-hooks";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/validation/password";

/**
 * The session secret: AUTH_SECRET when set, otherwise one generated once into data/ (git-ignored),
 * so a fresh install is safe without configuration and sessions survive restarts.
 */
function resolveSecret(): string {
  const fromEnv = process.env.AUTH_SECRET ?? process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(process.env.CLAIMDESK_DATA_DIR ?? "data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another worker wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return fs.readFileSync(file, "utf8").trim();
  }
}

const port = process.env.PORT ?? "3000";
const baseURL = process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`;
const sessions = sessionLimits();

export const auth = betterAuth({
  appName: "Claimdesk",
  baseURL,
  secret: resolveSecret(),
  trustedOrigins: trustedOrigins(),
  database: prismaAdapter(db, { provider: databaseEngine() === "postgres" ? "postgresql" : "sqlite" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
  // The library's own limiter (per address) guards its other endpoints, counting in the RateLimit table so
  // that several app servers share one count. Sign-in is throttled per account and per address in the
  // database instead (signInHooks), for the login form's server action too, which calls the library
  // directly and so never meets this limiter.
  rateLimit: {
    enabled: process.env.AUTH_RATE_LIMIT !== "off",
    storage: "database",
    customRules: { "/sign-in/email": false },
  },
  // X-Forwarded-For holds exactly one address, the client's, once scripts/serve.mjs has applied
  // TRUSTED_PROXIES; the library's default (trust a single-address header) then reads it right.
  advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for"] } },
  // The cookie and the session row live for the absolute lifetime and are never extended (updateAge is
  // the whole lifetime); the idle limit is checked on every request in lib/platform/session.ts.
  session: { expiresIn: sessions.maxAgeSeconds, updateAge: sessions.maxAgeSeconds },
  hooks: signInHooks,
  user: {
    additionalFields: {
      role: { type: "string", required: false, defaultValue: "viewer", input: false },
      active: { type: "boolean", required: false, defaultValue: true, input: false },
    },
  },
  databaseHooks: {
    session: {
      create: {
        // A deactivated account cannot start a session, whatever its password.
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
          return user?.active ? { data: session } : false;
        },
      },
    },
  },
  plugins: [nextCookies()],
});
