/**
 * What the stall benchmarks share: a production server on a throwaway database (scripts/start.mjs,
 * building if needed), a signed-in fact-checker, and a probe that times /api/health and the claims page
 * again and again while some long work runs. Prints figures; asserts nothing.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitForHealth } from "../testing/app-server";

export interface Latencies {
  health: number[];
  claims: number[];
}

const password = "bench-stall-password";
const root = path.resolve(import.meta.dirname, "..", "..");

/** Starts the server on BENCH_PORT (default 3205) over a fresh database in a temp folder named by `label`. */
export function startStallServer(label: string) {
  const port = process.env.BENCH_PORT ?? "3205";
  const base = `http://localhost:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `claimdesk-${label}-`));
  const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
      CLAIMDESK_DATA_DIR: dir,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      DEMO_PASSWORD: password,
      AUTH_RATE_LIMIT: "off",
      PORT: port,
      BETTER_AUTH_URL: base,
    },
  });
  server.stdout!.on("data", () => {}); // the start script's own output is not part of the figures

  function stop() {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }

  /** Waits for the server, signs the demo fact-checker in and warms both probed pages; returns the cookie. */
  async function ready(): Promise<string> {
    console.log(`Starting the production server on ${base} (building first if the build is stale)…`);
    await waitForHealth(base, { timeoutMs: 300_000, intervalMs: 500 });
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: base },
      body: JSON.stringify({ email: "checker@claimdesk.test", password }),
    });
    if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    for (let i = 0; i < 5; i++) await Promise.all([timed(`${base}/api/health`, cookie), timed(`${base}/claims`, cookie)]);
    return cookie;
  }

  /** Times both pages one after the other until `until` resolves. */
  async function probe(cookie: string, until: Promise<unknown>): Promise<Latencies> {
    let done = false;
    void until.finally(() => (done = true));
    const health: number[] = [];
    const claims: number[] = [];
    while (!done) {
      health.push(await timed(`${base}/api/health`, cookie));
      claims.push(await timed(`${base}/claims`, cookie));
      await new Promise((r) => setTimeout(r, 20));
    }
    return { health, claims };
  }

  return { base, stop, ready, probe };
}

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  return `n=${String(samples.length).padStart(4)}  max ${sorted.at(-1)!.toFixed(0).padStart(5)} ms  p95 ${p95.toFixed(0).padStart(5)} ms  median ${sorted[Math.floor(sorted.length / 2)].toFixed(0).padStart(4)} ms`;
}

/** Prints the idle and busy latencies, and whether both pages answered within 200 ms while `what`. */
export function printStall(idle: Latencies, busy: Latencies, what: string) {
  console.log(`\nWhile idle (3 s):`);
  console.log(`  /api/health  ${stats(idle.health)}`);
  console.log(`  /claims      ${stats(idle.claims)}`);
  console.log(`While ${what}:`);
  console.log(`  /api/health  ${stats(busy.health)}`);
  console.log(`  /claims      ${stats(busy.claims)}`);
}

export function printTarget(busy: Latencies, what: string) {
  const worst = Math.max(...busy.health, ...busy.claims);
  console.log(`Target: both answer within 200 ms ${what}: ${worst <= 200 ? "met" : "NOT met"} (worst ${worst.toFixed(0)} ms).`);
}

/** Runs `main` with the server stopped and its folder removed afterwards, whatever happens. */
export function runBench(main: () => Promise<void>, stop: () => void) {
  main()
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(stop);
}
