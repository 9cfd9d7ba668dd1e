/** Starts the worker thread that runs queued background jobs, one per server process. */
import "server-only";
import { Worker } from "node:worker_threads";

let worker: Worker | null = null;
let wokenWhileRunning = false;

/**
 * Makes sure a worker thread is running the queued jobs. One worker per server process runs them one at
 * a time and exits when none is left; a job queued while it was finishing starts another.
 */
export function wakeJobWorker() {
  if (worker) {
    wokenWhileRunning = true;
    return;
  }
  wokenWhileRunning = false;
  // This exact form lets the bundler find and build the worker's entry for the production server.
  worker = new Worker(new URL("./worker.ts", import.meta.url));
  worker.on("error", (error) => console.error("The job worker failed:", error));
  worker.on("exit", () => {
    worker = null;
    if (wokenWhileRunning) wakeJobWorker();
  });
}
