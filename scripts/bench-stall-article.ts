/**
 * Benchmark: does finding claims in a long article hold up everyone else? Starts the production server
 * (scripts/start.mjs, building if needed) on a throwaway database, signs in, imports a 5 MB article file
 * (wire copy with a figure every few paragraphs) and, while it is read and its suggestions stored, times
 * /api/health and the claims page again and again ("Find claims" on the article page takes the same path:
 * extraction in the worker thread, then one short write). Prints the latencies (max, p95) with and without the work, and how long the work took. Prints figures; asserts nothing.
 * Usage: npm run bench:stall-article [-- <megabytes>]   (BENCH_PORT, default 3205)
 */
import crypto from "node:crypto";
import { printStall, printTarget, runBench, startStallServer } from "./bench/stall-probe";

const megabytes = Number(process.argv[2] ?? 5);
const { base, stop, ready, probe } = startStallServer("stall-article");

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
  const cookie = await ready();
  const idle = await probe(cookie, new Promise((r) => setTimeout(r, 3000)));
  const adding = importArticle(cookie);
  const busy = await probe(cookie, adding);
  const added = await adding;
  printStall(idle, busy, `a ${megabytes} MB article file is imported and its claims found`);
  console.log(`  the import (article #${added.id} with its suggestions) answered 201 after ${added.took.toFixed(0)} ms`);
  printTarget(busy, "while adding the article");
}

runBench(main, stop);
