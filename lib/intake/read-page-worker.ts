/** The entry of a page-reading thread: reads one fetched page with Readability over jsdom and answers with what it found. */
import { parentPort, workerData } from "node:worker_threads";
import { readPage } from "./page-reader";

try {
  parentPort!.postMessage({ read: readPage(workerData) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
