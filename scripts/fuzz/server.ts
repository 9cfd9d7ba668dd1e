/** A production Claimdesk on a throwaway database for the fuzzing run (scripts/start.mjs on a free port). */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface FuzzServer {
  url: string;
  databaseFile: string;
  password: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startFuzzServer(root: string): Promise<FuzzServer> {
  const port = Number(process.env.FUZZ_PORT ?? (await freePort()));
  const url = `http://localhost:${port}`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-fuzz-"));
  const databaseFile = path.join(workDir, "fuzz.db");
  const password = "fuzz-demo-password";
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      BETTER_AUTH_URL: url,
      DATABASE_URL: `file:${databaseFile}`,
      CLAIMDESK_DATA_DIR: workDir,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      DEMO_PASSWORD: password,
      AUTH_RATE_LIMIT: "off",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  // A first run may build the app (a few minutes on two cores).
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { url, databaseFile, password, stop, get log() { return output; } } as FuzzServer & { log: string };
}
