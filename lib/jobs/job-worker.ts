/** Starts the worker thread that runs queued background jobs, one per server process. */
import "server-only";
import { Worker } from "node:worker_threads";
import { hasRunnableJobs, nextWaitingJobAt } from "@/lib/data/jobs";

let worker: Worker | null = null;
let wokenWhileRunning = false;
let timer: NodeJS.Timeout | null = null;

/** A timer never waits longer than this before looking again (a digest may be a day away). */
const MAX_WAIT_MS = 15 * 60_000;

/**
 * Makes sure a worker thread is running the queued jobs. One worker per server process runs them one at
 * a time and exits when none is left; a job queued while it was finishing starts another. When it exits,
 * a timer wakes it again for the earliest job that waits (a retry after its backoff, a digest).
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
    else scheduleWaitingJobs().catch((error) => console.error("Could not schedule the waiting jobs:", error));
  });
}

/** Sets one timer for the earliest waiting job. */
async function scheduleWaitingJobs() {
  const next = await nextWaitingJobAt();
  if (!next) return;
  if (timer) clearTimeout(timer);
  const wait = Math.min(Math.max(0, next.getTime() - Date.now()) + 50, MAX_WAIT_MS);
  timer = setTimeout(() => {
    timer = null;
    wakeJobWorkerIfDue().catch((error) => console.error("Could not wake the job worker:", error));
  }, wait);
  timer.unref();
}

/** Wakes the worker when a job is due now, and otherwise sets the timer for the next one that waits. */
export async function wakeJobWorkerIfDue() {
  if (await hasRunnableJobs()) wakeJobWorker();
  else await scheduleWaitingJobs();
}
