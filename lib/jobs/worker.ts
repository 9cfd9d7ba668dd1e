/**
 * The entry of the job worker thread. Its imports get their own module instances here, so `db` is this
 * thread's own database client (its SQLite connection, or its PostgreSQL pool): the import's queries and its
 * write transaction run off the server's event loop, while the server's connection keeps reading.
 */
import os from "node:os";
import { threadId } from "node:worker_threads";
import { db } from "@/lib/platform/db";
import { runQueuedJobs } from "./run-jobs";

const workerId = `${os.hostname()}:${process.pid}:${threadId}`;

runQueuedJobs(workerId)
  .catch((error) => {
    console.error("The job worker stopped:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
