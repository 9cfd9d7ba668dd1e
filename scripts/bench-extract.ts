/**
 * Benchmark: the claim extractor's speed on ONE core, on 1, 2 and 5 MB of article text made by concatenating
 * the articles in `seed/corpus` (blank line between them) until the size is reached. Asserts nothing.
 *
 * Each size runs in a fresh Node process started with V8's `--single-threaded`: the optimising compiler and the
 * garbage collector then work on the same thread as the extractor instead of on other cores, so the CPU time
 * of the process is the time one core spends. Per size it prints, in MB/s of that CPU time (wall clock beside it):
 * - cold: the first extraction in the process, as `npm run extract` does it: it includes compiling the extractor's
 *   code (lazy parsing, then V8's optimising compiler once functions run hot), a cost paid once per process;
 * - warm: the same text extracted again in that process, the extractor's own cost per MB. A flat warm figure
 *   across sizes means the cost is linear in the input.
 * Both count `JSON.stringify` of the claims, as the CLI prints them, and run with `--no-regexp-tier-up` and
 * `--interrupt-budget=500000` as the CLI does (scripts/extract.mjs).
 * - cli: the whole command line, `node --single-threaded scripts/extract.mjs <file>`, on the same text written to a
 *   file: start-up, loading the bundled extractor, reading, extracting and printing. Its CPU time is the children's
 *   time reported by bash's `times`. One untimed run on a short article comes first, so that the bundle and V8's code
 *   cache of it are in place, as they are for every run of the command after its first.
 * Two texts per size: the corpus repeated as it is, and the corpus with its capitalised words changed in every copy
 * ("Vaalrand" → "Vaalrandb", "Vaalrandc", ...), a long text that keeps naming new people and bodies, so the
 * article's memory of names grows with it as it would over a long real document.
 *
 * Under each size's line a second line gives the same three figures as multiples of a REFERENCE WORKLOAD measured in
 * the same child process, on the same text, just after the warm run: a fixed pass that does not use the extractor
 * (`referencePass`: split the text into sentences at ". ", "! ", "? " or a blank line with one plain regexp, then
 * count each sentence's words, runs of letters and digits, with another). Its CPU time is the best of three runs.
 * "x reference" is the extractor's MB/s divided by the reference's: a machine that runs faster or slower in one
 * session than in another moves both alike, so figures from different sessions compare by that ratio. It does not
 * take out load that changes during a run (the reference takes a fraction of a second): compare worktrees back to
 * back, alternating, for that. The three passes add about 3% to a size's time.
 *
 *   npm run bench:extract [-- <corpus dir>]
 *   npm run bench:extract -- --instructions [<corpus dir>]   (instructions counted by valgrind; see `instructions`)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { extractClaims } from "../lib/extraction/extract";

const SIZES_MB = [1, 2, 5];
const CLI_MAX_BYTES = 5 * 1024 * 1024;
const root = path.join(import.meta.dirname, "..");

/** A short tag per copy of the corpus: "b", "c", ..., "bc", ... */
function copyTag(copy: number): string {
  let tag = "";
  do {
    tag += "bcdfghjklmnpqrstvwxz"[copy % 20];
    copy = Math.floor(copy / 20);
  } while (copy);
  return tag;
}

function textOf(dir: string, megabytes: number, renamed: boolean): string {
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
  if (!articles.length) {
    console.error(`bench-extract: no articles (*.txt) in ${dir}`);
    process.exit(2);
  }
  const target = megabytes * 1024 * 1024;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const copy = Math.floor(i / articles.length);
    const a = renamed ? articles[i % articles.length].replace(/\b(\p{Lu}\p{Ll}{3,})\b/gu, (w) => w + copyTag(copy)) : articles[i % articles.length];
    parts.push(a);
    bytes += Buffer.byteLength(a, "utf8") + 2;
  }
  return parts.join("\n\n");
}

interface Run {
  cpu: number;
  wall: number;
  claims: number;
  json: number;
}

function timed(text: string): Run {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const claims = extractClaims(text);
  const json = JSON.stringify({ claims });
  const cpu = process.cpuUsage(cpuBefore);
  return { cpu: (cpu.user + cpu.system) / 1e6, wall: Number(process.hrtime.bigint() - started) / 1e9, claims: claims.length, json: json.length };
}

/**
 * The reference workload (see the header): sentences split with one regexp, the words of each counted with another.
 * Fixed and deterministic: never change it, or ratios of earlier sessions no longer compare.
 */
function referencePass(text: string): number {
  let count = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n\s*\n/)) count += 1 + (sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
  return count;
}

/** CPU seconds of the reference workload on the text, the best of three runs. */
function referenceSeconds(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    referencePass(text);
    const cpu = process.cpuUsage(before);
    best = Math.min(best, (cpu.user + cpu.system) / 1e6);
  }
  return best;
}

/** In the child: one size, cold then warm, then the reference workload; prints one JSON line. */
function child(dir: string, megabytes: number, renamed: boolean): void {
  const text = textOf(dir, megabytes, renamed);
  const cold = timed(text);
  const warm = timed(text);
  const reference = referenceSeconds(text);
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text, "utf8"), cold, warm, reference }));
}

/** Runs `read` on the path of a throwaway file holding the text, as the command line reads an article. */
function withArticleFile<T>(text: string, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-extract-"));
  try {
    const file = path.join(dir, "article.txt");
    writeFileSync(file, text);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-sentence article: run first so the bundle and its code cache are in place, and the fixed cost of a run. */
const SHORT_ARTICLE = "Officials said at least 17 trucks left the town.";

/**
 * The command line on the text, in a fresh single-threaded process: its CPU seconds (user + system) and the bytes it
 * read (whole articles dropped from the end to stay within the CLI's 5 MB limit).
 */
function cliRun(text: string): { seconds: number; bytes: number } {
  while (Buffer.byteLength(text, "utf8") > CLI_MAX_BYTES) text = text.slice(0, text.lastIndexOf("\n\n"));
  return withArticleFile(text, (file) => {
    const run = spawnSync("bash", ["-c", 'node --single-threaded scripts/extract.mjs "$1" >/dev/null && times', "bash", file], { cwd: root, encoding: "utf8" });
    // `times` prints the shell's user and system time, then its children's: "0m1.944s 0m0.120s".
    const children = run.stdout.trim().split("\n").pop()!.match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
    if (run.status !== 0 || !children) {
      console.error(`bench-extract: the command line failed\n${run.stderr}`);
      process.exit(1);
    }
    const [, um, us, sm, ss] = children.map(Number);
    return { seconds: um * 60 + us + sm * 60 + ss, bytes: Buffer.byteLength(text, "utf8") };
  });
}

function parent(dir: string): void {
  cliRun(SHORT_ARTICLE);
  console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs; each size in a fresh node --single-threaded process`);
  for (const renamed of [false, true]) {
    console.log(renamed ? "the corpus with its names changed in every copy:" : "the corpus repeated:");
    for (const mb of SIZES_MB) runSize(dir, mb, renamed);
  }
}

function runSize(dir: string, mb: number, renamed: boolean): void {
  const args = ["--single-threaded", "--no-regexp-tier-up", "--interrupt-budget=500000", "--import", "tsx", import.meta.filename, "--child", String(mb), dir, ...(renamed ? ["--renamed"] : [])];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (run.status !== 0) {
    console.error(`bench-extract: the ${mb} MB run failed\n${run.stderr}`);
    process.exit(1);
  }
  const { bytes, cold, warm, reference } = JSON.parse(run.stdout.trim().split("\n").pop()!) as { bytes: number; cold: Run; warm: Run; reference: number };
  const size = bytes / 1e6;
  const rate = (r: Run) => `${(size / r.cpu).toFixed(2)} MB/s (CPU ${r.cpu.toFixed(2)} s, wall ${r.wall.toFixed(2)} s)`;
  const cli = cliRun(textOf(dir, mb, renamed));
  console.log(
    `${String(mb).padStart(2)} MB: cold ${rate(cold)}; warm ${rate(warm)}; ` +
      `cli ${(cli.bytes / 1e6 / cli.seconds).toFixed(2)} MB/s (CPU ${cli.seconds.toFixed(2)} s); ${warm.claims} claims, ${(warm.json / 1e6).toFixed(1)} MB of JSON`,
  );
  // Each figure as a multiple of the reference workload's MB/s on the same text in the same child (see the header).
  const referenceRate = size / reference;
  const times = (rate: number) => `x${(rate / referenceRate).toFixed(4)} reference`;
  console.log(
    `       reference ${referenceRate.toFixed(1)} MB/s: cold ${times(size / cold.cpu)}; warm ${times(size / warm.cpu)}; ` +
      `cli ${times(cli.bytes / 1e6 / cli.seconds)}`,
  );
}

/**
 * `--instructions`: the instructions the command line executes on each text, counted by valgrind (`cachegrind`
 * without its cache model), instead of its CPU time. The count does not move with the load on the machine (runs of
 * the same code agree within about 1%), so two versions compare by it on a shared machine where times of the same code
 * differ by half. It weighs every instruction alike: a change that trades instructions for cache misses, or the
 * reverse, still needs the timed figures on a quiet machine. About a minute per MB under valgrind.
 */
function instructions(dir: string): void {
  const probe = spawnSync("valgrind", ["--version"], { encoding: "utf8" });
  if (probe.status !== 0) {
    console.error("bench-extract: --instructions needs valgrind (apt-get install valgrind)");
    process.exit(2);
  }
  const count = (text: string): number =>
    withArticleFile(text, (file) => {
      const args = ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", process.execPath, "--single-threaded", "scripts/extract.mjs", file];
      const run = spawnSync("valgrind", args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
      if (run.status !== 0 || !refs) {
        console.error(`bench-extract: the command line failed under valgrind\n${run.stderr.slice(-2000)}`);
        process.exit(1);
      }
      return Number(refs[1].replaceAll(",", ""));
    });
  cliRun(SHORT_ARTICLE);
  const fixed = count(SHORT_ARTICLE);
  console.log(`instructions executed by the command line (valgrind), a one-sentence article: ${(fixed / 1e9).toFixed(2)} billion`);
  for (const renamed of [false, true]) {
    for (const mb of SIZES_MB.filter((n) => n <= 2)) {
      const text = textOf(dir, mb, renamed);
      const n = count(text);
      const bytes = Buffer.byteLength(text, "utf8");
      console.log(
        `${renamed ? "names changing" : "repeated"}, ${mb} MB: ${(n / 1e9).toFixed(2)} billion (${((n - fixed) / (bytes / 1e6) / 1e9).toFixed(2)} billion per MB above the one-sentence article)`,
      );
    }
  }
}

const at = process.argv.indexOf("--child");
const corpusDir = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? path.join(root, "seed", "corpus");
if (at >= 0) child(process.argv[at + 2], Number(process.argv[at + 1]), process.argv.includes("--renamed"));
else if (process.argv.includes("--instructions")) instructions(corpusDir);
else parent(corpusDir);
