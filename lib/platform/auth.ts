/** Sign-in: the better-auth setup, its secret and its rate limits. */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/platform/db";

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

export const auth = betterAuth({
  appName: "Claimdesk",
  baseURL,
  secret: resolveSecret(),
  trustedOrigins: [baseURL, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
  database: prismaAdapter(db, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
  // Slows password guessing. The browser test suite signs in dozens of times a minute from one address,
  // so its throwaway server turns this off with AUTH_RATE_LIMIT=off.
  rateLimit: {
    enabled: process.env.AUTH_RATE_LIMIT !== "off",
    storage: "memory",
    customRules: { "/sign-in/email": { window: 60, max: 10 } },
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
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
