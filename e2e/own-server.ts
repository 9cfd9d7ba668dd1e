import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/**
 * A second Claimdesk server on the test run's database and build, started with its own settings
 * (the main one runs with AUTH_RATE_LIMIT=off and the default session limits). Stop it when done.
 */
export interface OwnServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startOwnServer(env: Record<string, string>, port?: number): Promise<OwnServer> {
  port ??= await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.join(process.cwd(), "scripts", "serve.mjs")], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), BETTER_AUTH_URL: url, AUTH_RATE_LIMIT: "on", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`The server did not answer within a minute:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
