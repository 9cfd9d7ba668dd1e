/**
 * Benchmark: does a large import hold up everyone else? Starts the production server (scripts/start.mjs,
 * building if needed) on a throwaway database, signs in, starts a 5,000-row CSV import and, while it
 * runs, times /api/health and the claims page again and again (after a first import of as many rows,
 * so the page has as much to list while idle). Prints the latencies (max, p95) with and
 * without the import, and how long the import took. Prints figures; asserts nothing.
 * Usage: npm run bench:stall [-- <rows>]   (BENCH_PORT, default 3205)
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const rows = Number(process.argv[2] ?? 5000);
const port = process.env.BENCH_PORT ?? "3205";
const base = `http://localhost:${port}`;
const password = "bench-stall-password";
const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-stall-"));

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

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start within 5 minutes.");
}

async function signIn(): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ email: "checker@claimdesk.test", password }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  return `n=${String(samples.length).padStart(4)}  max ${sorted.at(-1)!.toFixed(0).padStart(5)} ms  p95 ${p95.toFixed(0).padStart(5)} ms  median ${sorted[Math.floor(sorted.length / 2)].toFixed(0).padStart(4)} ms`;
};

/** Times both URLs one after the other until `until` resolves. */
async function probe(cookie: string, until: Promise<unknown>) {
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

function csv(tag: string) {
  const lines = ["statement,speaker,speaker_kind,attribution,qualifier,value,unit,as_of,article_title"];
  for (let i = 0; i < rows; i++)
    lines.push(`At least ${i} homes were destroyed in district ${i} (${tag}),Official ${i % 300} ${tag},person,paraphrase,at_least,${i},homes,2024-03-01,`);
  return lines.join("\n");
}

async function importJob(cookie: string) {
  const form = new FormData();
  form.set("intent", "import");
  form.set("file", new Blob([csv(crypto.randomBytes(4).toString("hex"))], { type: "text/csv" }), "bench.csv");
  const started = performance.now();
  const response = await fetch(`${base}/imports/claims-csv`, { method: "POST", body: form, headers: { cookie, Origin: base } });
  const accepted = performance.now() - started;
  if (response.status !== 202) throw new Error(`The import was refused: ${response.status} ${await response.text()}`);
  const { job } = (await response.json()) as { job: { id: number } };
  for (;;) {
    const current = (await (await fetch(`${base}/imports/jobs/${job.id}`, { headers: { cookie } })).json()).job;
    if (current.status === "succeeded" || current.status === "failed") {
      const ran = new Date(current.finishedAt).getTime() - new Date(current.startedAt).getTime();
      return { accepted, total: performance.now() - started, ran, current };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main() {
  console.log(`Starting the production server on ${base} (building first if the build is stale)…`);
  await waitForServer();
  const cookie = await signIn();
  for (let i = 0; i < 5; i++) await Promise.all([timed(`${base}/api/health`, cookie), timed(`${base}/claims`, cookie)]); // warm up
  // A first import, so the claims page lists as many claims while idle as it will during the measured one.
  console.log(`A first ${rows}-row import, so the baseline lists as many claims…`);
  await importJob(cookie);
  const idle = await probe(cookie, new Promise((r) => setTimeout(r, 3000)));
  const job = importJob(cookie);
  const busy = await probe(cookie, job);
  const result = await job;
  console.log(`\nWhile idle (3 s):`);
  console.log(`  /api/health  ${stats(idle.health)}`);
  console.log(`  /claims      ${stats(idle.claims)}`);
  console.log(`While a ${rows}-row CSV import runs:`);
  console.log(`  /api/health  ${stats(busy.health)}`);
  console.log(`  /claims      ${stats(busy.claims)}`);
  console.log(`Import: ${result.current.status} ${JSON.stringify({ created: result.current.result?.created, existing: result.current.result?.existing })}`);
  console.log(`  upload answered (202) in ${result.accepted.toFixed(0)} ms; job ran ${result.ran} ms; done as seen by the page after ${result.total.toFixed(0)} ms`);
  const worst = Math.max(...busy.health, ...busy.claims);
  console.log(`Target: both answer within 200 ms during the import: ${worst <= 200 ? "met" : "NOT met"} (worst ${worst.toFixed(0)} ms).`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stop);
