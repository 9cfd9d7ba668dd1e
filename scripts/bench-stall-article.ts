/**
 * Benchmark: does finding claims in a long article hold up everyone else? Starts the production server
 * (scripts/start.mjs, building if needed) on a throwaway database, signs in, imports a 5 MB article file
 * (wire copy with a figure every few paragraphs) and, while it is read and its suggestions stored, times
 * /api/health and the claims page again and again ("Find claims" on the article page takes the same path:
 * extraction in the worker thread, then one short write). Prints the latencies (max, p95) with and without the work, and how long the work took. Prints figures; asserts nothing.
 * Usage: npm run bench:stall-article [-- <megabytes>]   (BENCH_PORT, default 3205)
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const megabytes = Number(process.argv[2] ?? 5);
const port = process.env.BENCH_PORT ?? "3205";
const base = `http://localhost:${port}`;
const password = "bench-stall-password";
const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-stall-article-"));

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

/** Wire copy of about `megabytes` MB; every 20th paragraph holds an attributed figure. */
function article(tag: string) {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000 - 1_000; i++) {
    const paragraph =
      i % 20 === 0
        ? `Officials in ${tag} said at least ${1000 + i} homes were destroyed in district ${i}, and about ${i + 7} families were moved.`
        : `The river ran past the old mill in paragraph ${i}, and the market square stayed quiet through the morning while traders set out their stalls.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return `${tag} long report\n\n${paragraphs.join("\n\n")}`;
}

async function importArticle(cookie: string) {
  const form = new FormData();
  form.set("outlet", "Bench Wire");
  form.set("file", new Blob([article(`Town${crypto.randomBytes(3).toString("hex")}`)], { type: "text/plain" }), "long-report.txt");
  const started = performance.now();
  const response = await fetch(`${base}/imports/article-file`, { method: "POST", body: form, headers: { cookie, Origin: base } });
  if (response.status !== 201) throw new Error(`The article was refused: ${response.status} ${await response.text()}`);
  const { article: saved } = (await response.json()) as { article: { id: number } };
  return { id: saved.id, took: performance.now() - started };
}

async function main() {
  console.log(`Starting the production server on ${base} (building first if the build is stale)…`);
  await waitForServer();
  const cookie = await signIn();
  for (let i = 0; i < 5; i++) await Promise.all([timed(`${base}/api/health`, cookie), timed(`${base}/claims`, cookie)]); // warm up
  const idle = await probe(cookie, new Promise((r) => setTimeout(r, 3000)));
  const adding = importArticle(cookie);
  const busy = await probe(cookie, adding);
  const added = await adding;
  console.log(`\nWhile idle (3 s):`);
  console.log(`  /api/health  ${stats(idle.health)}`);
  console.log(`  /claims      ${stats(idle.claims)}`);
  console.log(`While a ${megabytes} MB article file is imported and its claims found:`);
  console.log(`  /api/health  ${stats(busy.health)}`);
  console.log(`  /claims      ${stats(busy.claims)}`);
  console.log(`  the import (article #${added.id} with its suggestions) answered 201 after ${added.took.toFixed(0)} ms`);
  worst("adding the article", busy);
}

function worst(what: string, busy: { health: number[]; claims: number[] }) {
  const ms = Math.max(...busy.health, ...busy.claims);
  console.log(`Target: both answer within 200 ms while ${what}: ${ms <= 200 ? "met" : "NOT met"} (worst ${ms.toFixed(0)} ms).`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stop);
