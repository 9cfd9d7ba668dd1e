/** Extraction of long articles in a worker thread, so finding claims in one never stalls other requests. */
import "server-only";
import { Worker } from "node:worker_threads";
import { extractClaims, type ExtractedClaim } from "@/lib/extraction/extract";
import { articleTextHash } from "@/lib/imports/duplicate-article";

/** What reading an article gives: the claims found in it and its text hash (for duplicate detection). */
export interface ReadArticle {
  claims: ExtractedClaim[];
  textHash: string;
}

/**
 * Texts shorter than this are extracted inline: at about 1–2 MB a second that is at most some 30 ms of
 * the event loop, less than starting a thread and copying the answer back would cost.
 */
export const INLINE_EXTRACTION_LIMIT = 50_000;

type Pending = { resolve: (read: ReadArticle) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

/** Tests run the TypeScript entry through tsx's loader; the production server runs the bundler's build of it. */
function startTestWorker(entry: URL) {
  const source = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}));`;
  return new Worker(source, { eval: true });
}

function extractionWorker(): Worker {
  if (worker) return worker;
  const started = process.env.VITEST
    ? startTestWorker(new URL("./extract-worker.ts", import.meta.url))
    : // This exact form lets the bundler find and build the worker's entry for the production server.
      new Worker(new URL("./extract-worker.ts", import.meta.url));
  started.unref(); // an idle extraction thread never keeps the process alive
  started.on("message", ({ id, claims, textHash, error }: { id: number; claims?: ExtractedClaim[]; textHash?: string; error?: string }) => {
    const request = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) started.unref();
    if (!request) return;
    if (claims && textHash !== undefined) request.resolve({ claims, textHash });
    else request.reject(new Error(`Extraction failed: ${error}`));
  });
  const failAll = (error: Error) => {
    if (worker === started) worker = null;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  started.on("error", failAll);
  started.on("exit", (code) => failAll(new Error(`The extraction thread stopped (exit code ${code}).`)));
  worker = started;
  return started;
}

/**
 * Reads an article: the claims `extractClaims` finds in it and its text hash. Long texts are read in a
 * worker thread (one per process, taking texts one after another) while the event loop keeps answering.
 */
export async function readArticleOffThread(text: string): Promise<ReadArticle> {
  if (text.length < INLINE_EXTRACTION_LIMIT) return { claims: extractClaims(text), textHash: articleTextHash(text) };
  const thread = extractionWorker();
  const id = nextId++;
  const read = new Promise<ReadArticle>((resolve, reject) => pending.set(id, { resolve, reject }));
  thread.ref(); // keep the process alive while an answer is awaited
  thread.postMessage({ id, text });
  return read;
}

/** The claims in an article's text, as `extractClaims` finds them; long texts are read off the event loop. */
export async function extractClaimsOffThread(text: string): Promise<ExtractedClaim[]> {
  return (await readArticleOffThread(text)).claims;
}

/** Stops the extraction thread (tests; a later call starts a new one). */
export async function stopExtractionThread() {
  const running = worker;
  worker = null;
  if (running) await running.terminate();
}
