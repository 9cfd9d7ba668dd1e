/** A production Claimdesk on a throwaway database for the fuzzing run (scripts/start.mjs on a free port). */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startAppServer } from "../testing/app-server";

export interface FuzzServer {
  url: string;
  databaseFile: string;
  password: string;
  log: string;
  stop(): Promise<void>;
}

export async function startFuzzServer(): Promise<FuzzServer> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-fuzz-"));
  const databaseFile = path.join(workDir, "fuzz.db");
  const password = "fuzz-demo-password";
  try {
    const server = await startAppServer({
      script: "start",
      port: process.env.FUZZ_PORT ? Number(process.env.FUZZ_PORT) : undefined,
      // A first run may build the app (a few minutes on two cores).
      timeoutMs: 600_000,
      env: {
        DATABASE_URL: `file:${databaseFile}`,
        CLAIMDESK_DATA_DIR: workDir,
        AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        DEMO_PASSWORD: password,
        AUTH_RATE_LIMIT: "off",
      },
    });
    return {
      url: server.url,
      databaseFile,
      password,
      get log() {
        return server.log();
      },
      async stop() {
        await server.stop();
        fs.rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}
