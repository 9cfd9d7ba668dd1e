/**
 * Reads large fetched pages in a thread of their own: Readability over jsdom takes about a second for 500 KB
 * of HTML, which on the server's event loop would stall every other request ("Add from url").
 */
import { Worker } from "node:worker_threads";
import { readPage, type ReadPage } from "./page-reader";

/** Pages smaller than this are read inline: a few tens of milliseconds, less than starting a thread costs. */
export const INLINE_READ_LIMIT = 100_000;

type PageInput = { text: string; contentType: string; finalUrl: string };

/** Tests run the TypeScript entry through tsx's loader; the production server runs the bundler's build of it. */
function startWorker(page: PageInput): Worker {
  if (process.env.VITEST) {
    const entry = new URL("./read-page-worker.ts", import.meta.url).href;
    const source = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
    return new Worker(source, { eval: true, workerData: page });
  }
  // This exact form lets the bundler find and build the worker's entry for the production server.
  return new Worker(new URL("./read-page-worker.ts", import.meta.url), { workerData: page });
}

/** A fetched page read as an article (see readPage); a large HTML page is read off the event loop. */
export async function readPageOffThread(page: PageInput): Promise<ReadPage> {
  if (page.contentType === "text/plain" || page.text.length < INLINE_READ_LIMIT) return readPage(page);
  const worker = startWorker({ text: page.text, contentType: page.contentType, finalUrl: page.finalUrl });
  try {
    return await new Promise<ReadPage>((resolve, reject) => {
      worker.once("message", (answer: { read?: ReadPage; error?: string }) =>
        answer.read ? resolve(answer.read) : reject(new Error(`Reading the page failed: ${answer.error}`)),
      );
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`The page-reading thread stopped (exit code ${code}).`)));
    });
  } finally {
    await worker.terminate();
  }
}
