/**
 * What each kind of background job does (imports, web source archiving; deliveries of notifications in
 * ./deliveries.ts), run one after another in the worker thread.
 */
import "server-only";
import { db, type Db, type Tx } from "@/lib/platform/db";
import { toAppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { claimNextJob, DELIVERY_JOB_KINDS, failJob, finishJob, jobActor, reportJobProgress, type JobKind } from "@/lib/data/jobs";
import { importClaimCsv, previewClaimCsv } from "@/lib/data/imports";
import { importClaimReviews } from "@/lib/data/external-fact-checks";
import { getSnapshotTarget, recordSnapshot } from "@/lib/data/web-snapshots";
import { checkWebPage } from "@/lib/intake/check-web-page";
import type { Job } from "@/lib/generated/prisma/client";
import { runDeliveryJob } from "./deliveries";

interface JobContext {
  progress: (done: number, total: number) => Promise<void>;
  /** marks the job succeeded; given an import's transaction, in that transaction */
  finish: (client: Db | Tx, result: unknown, size: number) => Promise<void>;
}

type Handler = (actor: Actor, input: { text: string } & { evidenceId: number }, job: JobContext) => Promise<unknown>;

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
  // Archives a web source (or checks it again): the fetch happens outside any transaction; the snapshot and the job's end commit together.
  "web-snapshot": async (actor, { evidenceId }, job) => {
    const target = await getSnapshotTarget(actor, evidenceId);
    if (!target) return job.finish(db, { evidenceId, skipped: "The evidence is no longer a web source." }, 0);
    const result = await checkWebPage(target.url);
    await recordSnapshot(actor, evidenceId, result, (tx) => job.finish(tx, { evidenceId }, 1));
  },
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
    const message = appError.code === "internal" ? internalFailureMessage(job.kind) : appError.userMessage;
    await failJob(db, job, workerId, message);
  }
}

/** What a person reads when a job failed on our side: an import says nothing was imported; other jobs just failed. */
export function internalFailureMessage(kind: string) {
  return kind.endsWith("-import") ? "The job failed on our side. Nothing was imported; please try again." : "The job failed on our side; please try again.";
}

/** Claims and runs jobs one after another until none is left. */
export async function runQueuedJobs(workerId: string) {
  for (let job = await claimNextJob(db, workerId); job; job = await claimNextJob(db, workerId)) await runJob(job, workerId);
}
