/**
 * Benchmark: the desk at scale. Builds a throwaway database with the real migrations and the demo users,
 * fills it with a generated desk (scripts/bench/generate-desk.ts), starts the production server on it
 * (scripts/start.mjs, building if needed), signs in and prints, for every page and API list: the time to
 * answer (median of up to 15, fewer for pages that take seconds), the size of the answer, the time of the
 * same work done by raw SQL through better-sqlite3 in this run (scripts/bench/raw-work.ts), the ratio and
 * whether the issue's targets are met. Then 20 users at once on /claims and on /api/v1/claims for ~10 s each
 * (autocannon): requests a second, p50, p99, errors; then each export format against the raw driver writing
 * the same rows to a file (scripts/bench/export-race.ts), with the time to the first byte. The server's
 * memory is sampled every 250 ms throughout. Prints figures; asserts nothing; not part of `npm test`.
 * With `--engine postgres` the generated desk is copied into a throwaway PostgreSQL database and the server and
 * the raw work (pg) run on it (scripts/bench/engine.ts).
 * Usage: npm run bench:scale [-- --claims 100000] [--engine sqlite|postgres] [--postgres-url postgresql://…]
 *        [--only pages,load,exports] (the phases to run; all by default) (BENCH_PORT, default 3206)
 */
import { spawn, spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { generateDesk } from "./bench/generate-desk";
import { publishedClaimAt, rawSearch, rawWork, searchCount } from "./bench/raw-work";
import { openRawDb, type RawDb } from "./bench/raw-db";
import { benchEngine, copyDeskToPostgres, rerunWithThrowawayPostgres, type PostgresDesk } from "./bench/engine";
import { fileSha256, rawExport, timeDownload } from "./bench/export-race";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const claimCount = arg("claims", 100_000);
const PHASES = ["pages", "load", "exports"] as const;
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1].split(",") : [...PHASES];
const unknownPhase = only.find((phase) => !(PHASES as readonly string[]).includes(phase));
if (unknownPhase) throw new Error(`--only takes ${PHASES.join(", ")}; got "${unknownPhase}".`);
const runs = (phase: (typeof PHASES)[number]) => only.includes(phase);
const bench = benchEngine();
const REPEATS = 15;
/** A page is timed at most this long (at least 3 times), so one that takes seconds does not hold up the run. */
const BUDGET_MS = 20_000;
const LOAD_SECONDS = 10;
const port = process.env.BENCH_PORT ?? "3206";
const base = `http://localhost:${port}`;
const password = "bench-scale-password";
const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-scale-"));
const file = path.join(dir, "bench.db");
const env = {
  ...process.env,
  DATABASE_URL: `file:${file}`,
  CLAIMDESK_DATA_DIR: dir,
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  DEMO_PASSWORD: password,
  AUTH_RATE_LIMIT: "off",
  PORT: port,
  BETTER_AUTH_URL: base,
  NEXT_TELEMETRY_DISABLED: "1",
};
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
let server: ReturnType<typeof spawn> | null = null;

function stopServer() {
  try {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
  server = null;
}

function stop() {
  stopServer();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});

function prepareDatabase() {
  for (const [command, args] of [[bin("prisma"), ["migrate", "deploy"]], [bin("tsx"), ["seed/seed.ts"]]] as const) {
    const result = spawnSync(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed`);
  }
  const started = performance.now();
  const size = generateDesk(file, claimCount);
  nameTheOrganization();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Desk: ${fmt(size.claims)} claims, ${fmt(size.articles)} articles, ${fmt(size.speakers)} speakers, ${fmt(size.evidence)} evidence, ` +
      `${fmt(size.history)} history entries (written in ${seconds} s; database ${(fs.statSync(file).size / 1e6).toFixed(0)} MB)`,
  );
}

/** The desk names its organisation, so the ClaimReview export writes a record per claim rather than skipping them all. */
function nameTheOrganization() {
  const sqlite = new Database(file);
  sqlite.prepare(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('organizationName', '"Bench Desk"', CURRENT_TIMESTAMP)`).run();
  sqlite.close();
}

async function startServer() {
  server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { cwd: root, stdio: ["ignore", "ignore", "inherit"], detached: true, env });
  let exited = false;
  server.on("exit", () => (exited = true));
  for (let i = 0; i < 1200 && !exited; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(exited ? "The server stopped before it answered." : "The server did not start within 10 minutes.");
}

async function signIn(): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ email: "editor@claimdesk.test", password }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => (Number.isNaN(n) ? "—" : n < 10 ? `${n.toFixed(1)} ms` : `${fmt(n)} ms`);
const bytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(0)} KB`);

/** Times `work` up to REPEATS times within BUDGET_MS (at least `min` times, unless one run alone took the budget). */
async function timeRepeatedly(work: () => Promise<unknown> | unknown, min = 3): Promise<number[]> {
  const samples: number[] = [];
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  while (samples.length < REPEATS && elapsed() < (samples.length < min ? BUDGET_MS * min : BUDGET_MS)) {
    const at = performance.now();
    await work();
    samples.push(performance.now() - at);
  }
  return samples;
}

interface PageResult {
  path: string;
  status: number;
  size: number;
  server: number;
  raw: number;
  runs: number;
}

async function timePage(pathname: string, url: string, cookie: string, raw: (() => unknown) | undefined): Promise<PageResult> {
  let status = 0;
  let size = 0;
  const fetchOnce = async () => {
    const response = await fetch(`${base}${url}`, { headers: { cookie } });
    size = (await response.arrayBuffer()).byteLength;
    status = response.status;
  };
  await fetchOnce(); // warm: the first request compiles nothing in production, but fills the caches the others use
  const server = await timeRepeatedly(fetchOnce);
  const rawSamples = raw ? await timeRepeatedly(raw, server.length) : [];
  return { path: pathname, status, size, server: median(server), raw: median(rawSamples.slice(0, server.length)), runs: server.length };
}

/** The issue's targets: a list page's HTML under 250 KB; the server within 3× of the raw work or under 50 ms. */
function meetsTargets(r: PageResult) {
  const isPage = !r.path.startsWith("/api/");
  return r.status === 200 && (!isPage || r.size < 250_000) && (r.server < 50 || (r.raw > 0 && r.server <= 3 * r.raw));
}

function printPages(results: PageResult[]) {
  const rows = results.map((r) => [
    r.path,
    r.status === 200 ? ms(r.server) : `${r.status} error`,
    r.status === 200 ? bytes(r.size) : "—",
    ms(r.raw),
    r.status === 200 && r.raw > 0 ? `${(r.server / r.raw).toFixed(r.server / r.raw < 10 ? 1 : 0)}×` : "—",
    String(r.runs),
    mark(meetsTargets(r)),
  ]);
  printTable(["page", "server (median)", "size", "raw SQL", "ratio", "runs", "< 50 ms or ≤ 3×, page < 250 KB"], rows);
}

function printTable(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

/** The resident memory of the server's processes (the start script and the Next.js server), in MB. */
function serverRssMb(): number {
  return sumOverServer((entry) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"))?.[1] ?? 0) / 1024);
}

/** The CPU time the server's processes have used so far (user + system, all threads), in ms. */
function serverCpuMs(): number {
  // /proc/<pid>/stat fields 14 and 15 (utime, stime), in clock ticks of 10 ms.
  return sumOverServer((_, fields) => (Number(fields[11]) + Number(fields[12])) * 10);
}

function sumOverServer(measure: (entry: string, statFields: string[]) => number): number {
  if (!server?.pid) return 0;
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== server.pid) continue; // process group
      total += measure(entry, fields);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** The server's memory, sampled every 250 ms from start-up to the end: the peak of each phase and of the run. */
const memory = { peak: 0, phase: 0, timer: undefined as NodeJS.Timeout | undefined };
function sampleMemory() {
  memory.timer = setInterval(() => {
    const now = serverRssMb();
    memory.peak = Math.max(memory.peak, now);
    memory.phase = Math.max(memory.phase, now);
  }, 250);
}
/** The peak since the last call. */
function phasePeak() {
  const peak = Math.max(memory.phase, serverRssMb());
  memory.phase = 0;
  return peak;
}

const MEMORY_TARGET_MB = 500;
const mark = (ok: boolean) => (ok ? "yes" : "NO");

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>;

async function load(url: string, cookie: string) {
  const autocannon = createRequire(import.meta.url)("autocannon") as Cannon;
  phasePeak();
  const cpuBefore = serverCpuMs();
  const result = await autocannon({ url: `${base}${url}`, connections: 20, duration: LOAD_SECONDS, headers: { cookie }, timeout: 30 });
  // CPU time per request says what a request costs whatever else the machine is doing (requests a second do not).
  const cpuPerRequest = (serverCpuMs() - cpuBefore) / Math.max(1, result.requests.total);
  const errors = result.errors + result.timeouts + result.non2xx;
  const peak = phasePeak();
  const met = result.requests.average >= 50 && result.latency.p99 < 500 && errors === 0 && peak < MEMORY_TARGET_MB;
  return [url, result.requests.average.toFixed(1), ms(result.latency.p50), ms(result.latency.p99), ms(cpuPerRequest), String(errors), `${fmt(peak)} MB`, mark(met)];
}

/**
 * Each export format from the server against the raw driver writing the same file (scripts/bench/raw-export.ts),
 * raw first, then the server; whether the download and the file are the same bytes is printed too.
 */
async function exports(db: RawDb, cookie: string) {
  // Warm, as each page is before it is timed: the first request to a route loads its code. An empty selection.
  for (const path of ["verified?format=csv", "verified?format=json", "verified?format=claimreview", "pdf?"])
    await timeDownload(`${base}/api/v1/reports/${path}&from=2999-01-01`, cookie);
  const rows: string[][] = [];
  for (const format of ["csv", "json", "claimreview"] as const) {
    const rawCpu = process.cpuUsage();
    const raw = await rawExport(db, format, base);
    const rawCpuMs = (process.cpuUsage(rawCpu).user + process.cpuUsage(rawCpu).system) / 1000;
    phasePeak();
    const cpuBefore = serverCpuMs();
    const server = await timeDownload(`${base}/api/v1/reports/verified?format=${format}`, cookie);
    const serverCpu = serverCpuMs() - cpuBefore;
    const peak = phasePeak();
    const same = server.sha256 === fileSha256(raw.file);
    fs.rmSync(raw.file, { force: true });
    const ratio = server.total / raw.total;
    rows.push([
      format, fmt(raw.rows), server.status === 200 ? bytes(server.bytes) : `${server.status} error`, ms(server.firstByte), ms(server.total),
      ms(raw.total), mark(same), `${ratio.toFixed(1)}×`, `${fmt(serverCpu)} / ${fmt(rawCpuMs)} ms (${(serverCpu / rawCpuMs).toFixed(1)}×)`, `${fmt(peak)} MB`,
      mark(server.status === 200 && same && ratio <= 2 && server.firstByte < 1000 && peak < MEMORY_TARGET_MB),
    ]);
  }
  printTable(["export", "published claims", "size", "first byte", "server", "raw driver writing the file", "same file", "ratio", "CPU: server / raw", "server memory (peak)", "within 2×, first byte < 1 s"], rows);
  phasePeak();
  const cpuBefore = serverCpuMs();
  const pdf = await timeDownload(`${base}/api/v1/reports/pdf`, cookie);
  const pdfCpu = serverCpuMs() - cpuBefore;
  const pdfPeak = phasePeak();
  console.log(
    `\nThe PDF of every published verdict: ${pdf.status === 200 ? bytes(pdf.bytes) : `${pdf.status} error`}, first byte ${ms(pdf.firstByte)}, ` +
      `whole file ${ms(pdf.total)} (server CPU ${fmt(pdfCpu)} ms), server memory peak ${fmt(pdfPeak)} MB ` +
      `(targets: the whole file, memory < ${MEMORY_TARGET_MB} MB: ${mark(pdf.status === 200 && pdfPeak < MEMORY_TARGET_MB)}; its first byte waits for the summary's aggregates).`,
  );
}

/** On PostgreSQL: the generated desk copied into a new database, which the server then runs on. */
async function moveDeskToPostgres(): Promise<PostgresDesk> {
  const desk = await copyDeskToPostgres(env.DATABASE_URL, bench.serverUrl!);
  const { migrate, copy, analyze } = desk.seconds;
  console.log(`Copied into PostgreSQL (migrated in ${migrate.toFixed(1)} s, copied in ${copy.toFixed(1)} s, analysed in ${analyze.toFixed(1)} s).`);
  env.DATABASE_URL = desk.url;
  return desk;
}

let postgresDesk: PostgresDesk | null = null;

/** Each page and API list against the raw work, then the one-word search. */
async function timePages(db: RawDb, work: ReturnType<typeof rawWork>, claimId: number, word: string, cookie: string) {
  console.log("Timing each page (the raw SQL includes the session lookup)…\n");

  const pages: [string, string][] = [
    ["/", "/"],
    ["/claims", "/claims"],
    ["/claims?page=1000", "/claims?page=1000"],
    [`/claims/${claimId}`, `/claims/${claimId}`],
    ["/claims?q=<word>", `/claims?q=${word}`],
    ["/articles", "/articles"],
    ["/speakers", "/speakers"],
    ["/queue", "/queue"],
    ["/activity", "/activity"],
    ["/reports", "/reports"],
    ["/trackers", "/trackers"],
    ["/api/v1/claims", "/api/v1/claims"],
    ["/api/v1/claims?q=<word>", `/api/v1/claims?q=${word}`],
    ["/api/v1/articles", "/api/v1/articles"],
    ["/api/v1/speakers", "/api/v1/speakers"],
  ];
  const results: PageResult[] = [];
  for (const [name, url] of pages) {
    const raw = work[name];
    results.push(await timePage(name.replace("<word>", word), url, cookie, raw && (() => raw(db))));
  }
  printPages(results);
  console.log(`Server memory while timing pages: peak ${fmt(phasePeak())} MB.`);

  const searchRaw = median(await timeRepeatedly(() => rawSearch(db, word)));
  const matches = Number((await searchCount(db, word))[0].n);
  const searchPage = results.find((r) => r.path === `/api/v1/claims?q=${word}`)!;
  console.log(
    `\nOne-word search "${word}" (${fmt(matches)} of ${fmt(claimCount)} claims match): API ${ms(searchPage.server)} on the server ` +
      `(target < 50 ms: ${mark(searchPage.server < 50)}), ${bench.engine === "postgres" ? "the GIN index alone (window or count + best 50 by ts_rank" : "FTS5 alone (window or count + best 50 by BM25"}, marked) ${ms(searchRaw)}.`,
  );
}

async function main() {
  if (bench.engine === "postgres" && !bench.serverUrl) {
    process.exitCode = await rerunWithThrowawayPostgres();
    return;
  }
  console.log(`Scale benchmark (${bench.engine === "postgres" ? "PostgreSQL" : "SQLite"}): ${fmt(claimCount)} claims. Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}.`);
  prepareDatabase();
  if (bench.engine === "postgres") postgresDesk = await moveDeskToPostgres();
  // Opened once the server is up: `prisma migrate deploy` in the start script fails while another connection is open.
  await startServer();
  sampleMemory();
  const db = await openRawDb(env.DATABASE_URL);
  const claimId = Number((await publishedClaimAt(db, Math.floor(claimCount / 8)))[0].id);
  const word = "baghouz";
  const cookie = await signIn();
  // The session cookie is "<token>.<signature>": the raw work looks the token up as the server does.
  const token = decodeURIComponent(/better-auth\.session_token=([^;]+)/.exec(cookie)?.[1] ?? "").split(".")[0];
  const work = rawWork(claimId, word, token);
  console.log(`Server up (memory ${fmt(serverRssMb())} MB).`);
  if (runs("pages")) await timePages(db, work, claimId, word, cookie);

  if (runs("load")) {
    console.log(`\n20 users at once, ${LOAD_SECONDS} s each (targets: ≥ 50 requests/s, p99 < 500 ms, no errors, memory < ${MEMORY_TARGET_MB} MB):\n`);
    const loads = [await load("/claims", cookie), await load("/api/v1/claims", cookie)];
    printTable(["url", "requests/s", "p50", "p99", "server CPU per request", "errors", "server memory (peak)", "met"], loads);
  }

  if (runs("exports")) {
    console.log(`\nExports of every published verdict (targets: within 2× of the raw driver, first byte < 1 s, memory < ${MEMORY_TARGET_MB} MB):\n`);
    await exports(db, cookie);
  }
  await db.close();
  clearInterval(memory.timer);
  console.log(`\nServer memory, peak over the whole run: ${fmt(memory.peak)} MB (target < ${MEMORY_TARGET_MB} MB: ${mark(memory.peak < MEMORY_TARGET_MB)}).`);
  console.log(`Load average after the run: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (the machine is shared; figures vary with it).`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    stopServer();
    await postgresDesk?.drop();
    stop();
  });
