/**
 * Benchmark: does a large import hold up everyone else? Starts the production server (scripts/start.mjs,
 * building if needed) on a throwaway database, signs in, starts a 5,000-row CSV import and, while it
 * runs, times /api/health and the claims page again and again (after a first import of as many rows,
 * so the page has as much to list while idle). Prints the latencies (max, p95) with and
 * without the import, and how long the import took. Prints figures; asserts nothing.
 * Usage: npm run bench:stall [-- <rows>]   (BENCH_PORT, default 3205)
 */
import crypto from "node:crypto";
import { printStall, printTarget, runBench, startStallServer } from "./bench/stall-probe";

const rows = Number(process.argv[2] ?? 5000);
const { base, stop, ready, probe } = startStallServer("stall");

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
  const cookie = await ready();
  // A first import, so the claims page lists as many claims while idle as it will during the measured one.
  console.log(`A first ${rows}-row import, so the baseline lists as many claims…`);
  await importJob(cookie);
  const idle = await probe(cookie, new Promise((r) => setTimeout(r, 3000)));
  const job = importJob(cookie);
  const busy = await probe(cookie, job);
  const result = await job;
  printStall(idle, busy, `a ${rows}-row CSV import runs`);
  console.log(`Import: ${result.current.status} ${JSON.stringify({ created: result.current.result?.created, existing: result.current.result?.existing })}`);
  console.log(`  upload answered (202) in ${result.accepted.toFixed(0)} ms; job ran ${result.ran} ms; done as seen by the page after ${result.total.toFixed(0)} ms`);
  printTarget(busy, "during the import");
}

runBench(main, stop);
