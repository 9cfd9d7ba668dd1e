/** What each kind of background job does, run one after another in the worker thread (deliveries: ./deliveries.ts). */
import "server-only";
import { db, type Db, type Tx } from "@/lib/platform/db";
import { toAppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { claimNextJob, DELIVERY_JOB_KINDS, failJob, finishJob, jobActor, reportJobProgress, type JobKind } from "@/lib/data/jobs";
import { importClaimCsv, previewClaimCsv } from "@/lib/data/imports";
import { importClaimReviews } from "@/lib/data/external-fact-checks";
import type { Job } from "@/lib/generated/prisma/client";
import { runDeliveryJob } from "./deliveries";

interface JobContext {
  progress: (done: number, total: number) => Promise<void>;
  /** marks the job succeeded; given an import's transaction, in that transaction */
  finish: (client: Db | Tx, result: unknown, size: number) => Promise<void>;
}

type Handler = (actor: Actor, input: { text: string }, job: JobContext) => Promise<unknown>;

/** How many rows or items an import went through (0 when it refused its input). */
const sizeOf = (r: { ok: boolean; created?: number; existing?: number; repeated?: number; updated?: number }) =>
  r.ok ? (r.created ?? 0) + (r.existing ?? 0) + (r.repeated ?? 0) + (r.updated ?? 0) : 0;

/** What each kind of job does; imports save their rows and the job's end in one transaction. */
const HANDLERS: Record<JobKind, Handler> = {
  "claims-csv-preview": async (actor, { text }, job) => {
    const preview = await previewClaimCsv(actor, text);
    await job.finish(db, preview, preview.total);
  },
  "claims-csv-import": (actor, { text }, job) =>
    importClaimCsv(actor, text, { progress: job.progress, commit: (tx, r) => job.finish(tx, r, sizeOf(r)) }),
  "claim-reviews-import": (actor, { text }, job) =>
    importClaimReviews(actor, text, { progress: job.progress, commit: (tx, r) => job.finish(tx, r, sizeOf(r)) }),
};

/** Runs one claimed job to its end: succeeded with its result, or failed with a message for the person. */
export async function runJob(job: Job, workerId: string) {
  if ((DELIVERY_JOB_KINDS as readonly string[]).includes(job.kind)) return runDeliveryJob(job, workerId);
  try {
    const actor = await jobActor(db, job);
    await HANDLERS[job.kind as JobKind](actor, JSON.parse(job.input), {
      progress: (done, total) => reportJobProgress(db, job, workerId, done, total),
      finish: (client, result, size) => finishJob(client, job, workerId, { result, done: size, total: size }),
    });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal") console.error(`Job ${job.id} (${job.kind}) failed:`, error);
    const message = appError.code === "internal" ? "The job failed on our side. Nothing was imported; please try again." : appError.userMessage;
    await failJob(db, job, workerId, message);
  }
}

/** Claims and runs jobs one after another until none is left. */
export async function runQueuedJobs(workerId: string) {
  for (let job = await claimNextJob(db, workerId); job; job = await claimNextJob(db, workerId)) await runJob(job, workerId);
}
