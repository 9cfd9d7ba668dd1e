/**
 * Starting a Claimdesk server for tests and benchmarks: a free port, the server process (scripts/start.mjs,
 * which migrates, seeds and builds first, or scripts/serve.mjs on a ready build), waiting for /api/health,
 * and stopping it with everything it started. Used by the browser tests, the fuzzer, the benchmarks and
 * the two-server test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

/** The repository: every caller runs from it (npm scripts, Playwright). Not import.meta, which the browser tests' loader does not take. */
export const ROOT = process.cwd();

/** A port nobody listens on right now (the system picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Polls `<url>/api/health` until it answers 200. Throws if `child` exits first or the time runs out;
 * `log` is included in the message so a failed start says why.
 */
export async function waitForHealth(url: string, options: { child?: ChildProcess; timeoutMs?: number; log?: () => string; intervalMs?: number } = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (options.child && options.child.exitCode !== null) throw new Error(`The server exited early:\n${options.log?.() ?? ""}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server at ${url} did not answer within ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s:\n${options.log?.() ?? ""}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}

export interface AppServer {
  url: string;
  port: number;
  /** everything the server printed so far */
  log(): string;
  stop(): Promise<void>;
}

export interface AppServerOptions {
  /** "start" prepares (migrate, seed, build) then serves; "serve" serves an existing build */
  script: "start" | "serve";
  env: Record<string, string | undefined>;
  port?: number;
  /** how long to wait for /api/health (a first start may build: minutes) */
  timeoutMs?: number;
  /** pass the server's output through to this process's (benchmarks) instead of keeping it */
  inheritOutput?: boolean;
}

/** Starts a server in its own process group, so stopping it stops whatever it started too. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", `${options.script}.mjs`)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: url, ...options.env, PORT: String(port) },
    stdio: ["ignore", options.inheritOutput ? "inherit" : "pipe", options.inheritOutput ? "inherit" : "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await exited;
    }
  };
  try {
    await waitForHealth(url, { child, timeoutMs: options.timeoutMs, log: () => output });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, log: () => output, stop };
}
