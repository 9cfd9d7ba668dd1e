/**
 * Benchmark: the claim extractor on 1, 2 and 5 MB of article text, made by concatenating the articles in
 * `seed/corpus` (blank line between them) until the size is reached. Prints MB/s per size, one core;
 * a flat figure across sizes means the cost is linear in the input. Asserts nothing.
 * Two figures per size: by wall-clock time, and by the CPU time this process used (user + system), which
 * holds on a loaded machine where other processes take turns on the core.
 *
 *   npm run bench:extract [-- <corpus dir>]
 */
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { extractClaims } from "../lib/extraction/extract";

const dir = process.argv[2] ?? path.join(import.meta.dirname, "..", "seed", "corpus");
const articles = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), "utf8"));
if (!articles.length) {
  console.error(`bench-extract: no articles (*.txt) in ${dir}`);
  process.exit(2);
}

function textOf(megabytes: number): string {
  const target = megabytes * 1024 * 1024;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    bytes += Buffer.byteLength(a, "utf8") + 2;
  }
  return parts.join("\n\n");
}

extractClaims(textOf(0.1)); // warm up the JIT so the first size is not penalised
console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
for (const mb of [1, 2, 5]) {
  const text = textOf(mb);
  const size = Buffer.byteLength(text, "utf8") / 1e6;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const claims = extractClaims(text);
  const json = JSON.stringify({ claims });
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${String(mb).padStart(2)} MB: wall ${seconds.toFixed(2)} s, ${(size / seconds).toFixed(2)} MB/s; ` +
      `CPU ${cpuSeconds.toFixed(2)} s, ${(size / cpuSeconds).toFixed(2)} MB/s (${claims.length} claims, ${(json.length / 1e6).toFixed(1)} MB of JSON)`,
  );
}
