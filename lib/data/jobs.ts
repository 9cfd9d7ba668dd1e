/**
 * Background jobs (CSV previews and imports, ClaimReview imports, web source archiving, and the deliveries of
 * notifications): queue, claim with a lease, finish or retry later, and show their progress.
 */
import "server-only";
import { db as serverDb, type Db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { isRole } from "@/lib/access/roles";
import { storedDateTime } from "./bulk-insert";
import { databaseEngine } from "@/lib/platform/database-engine";
import { Prisma, type Job } from "@/lib/generated/prisma/client";

export const JOB_KINDS = ["claims-csv-preview", "claims-csv-import", "claim-reviews-import", "web-snapshot"] as const;
export type JobKind = (typeof JOB_KINDS)[number];
/** Jobs Claimdesk queues itself when something happens: nobody follows them on a page. */
export const DELIVERY_JOB_KINDS = ["webhook-delivery", "notification-email", "notification-digest"] as const;
export type DeliveryJobKind = (typeof DELIVERY_JOB_KINDS)[number];
export type JobStatus = "queued" | "running" | "succeeded" | "failed";

/** How long a worker holds a job without renewing; a job still held past this is taken over. */
export const JOB_LEASE_MS = 5 * 60_000;

/** What a person may see of a job: never its input. */
export interface JobView {
  id: number;
  kind: JobKind;
  status: JobStatus;
  done: number;
  total: number;
  result: unknown;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** Everything but the input, which may be megabytes of uploaded text. */
const VIEW_SELECT = { id: true, kind: true, status: true, done: true, total: true, result: true, error: true, createdById: true, createdAt: true, startedAt: true, finishedAt: true } as const;

export function toJobView(job: Omit<Job, "input" | "updatedAt" | "attempts" | "claimedBy" | "leaseUntil" | "runAfter" | "dedupeKey">): JobView {
  return {
    id: job.id,
    kind: job.kind as JobKind,
    status: job.status as JobStatus,
    done: job.done,
    total: job.total,
    result: job.result ? JSON.parse(job.result) : null,
    error: job.error,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

/** Queues a job for the actor; the job runs later with the actor's role as it is then. */
export async function createJob(actor: Actor, kind: JobKind, input: unknown): Promise<JobView> {
  assertCan(actor, "claim.create");
  const job = await serverDb.job.create({ data: { kind, input: JSON.stringify(input), createdById: actor.id }, select: VIEW_SELECT });
  return toJobView(job);
}

/**
 * Queues a job inside the caller's transaction, so it exists exactly when the change that needs it does.
 * The caller checked the actor's permission for that change; the job runs later as them.
 */
export async function queueJobIn(tx: Tx, actor: Actor, kind: JobKind, input: unknown) {
  return tx.job.create({ data: { kind, input: JSON.stringify(input), createdById: actor.id }, select: { id: true } });
}

/** A job its creator (or an admin) may follow; anyone else's is simply not found. */
export async function getJob(actor: Actor, id: number): Promise<JobView> {
  assertCan(actor, "read");
  const job = await serverDb.job.findUnique({ where: { id }, select: VIEW_SELECT });
  if (!job || !(JOB_KINDS as readonly string[]).includes(job.kind) || (job.createdById !== actor.id && actor.role !== "admin")) throw notFound("That job");
  return toJobView(job);
}

/** DateTime as the Prisma adapter stores it, so raw comparisons with stored values hold. */
const stored = storedDateTime;

/**
 * Claims the oldest runnable job (queued, or running under a lease that ran out) for `workerId`, or
 * returns null. One UPDATE statement, so of several workers (threads, or servers on one database) racing for a
 * job exactly one changes its row: SQLite takes the write lock before the statement reads; on PostgreSQL the
 * row is locked as it is picked (SKIP LOCKED passes over a job another worker is claiming), and the condition
 * is checked again on the locked row.
 */
export async function claimNextJob(client: Db, workerId: string, now = new Date()): Promise<Job | null> {
  const lease = stored(new Date(now.getTime() + JOB_LEASE_MS));
  const runnable = Prisma.sql`(("status" = 'queued' AND ("runAfter" IS NULL OR "runAfter" <= ${stored(now)})) OR ("status" = 'running' AND "leaseUntil" < ${stored(now)}))`;
  const lockPicked = databaseEngine() === "postgres" ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
  const claimed = await client.$queryRaw<{ id: number | bigint }[]>`
    UPDATE "Job" SET "status" = 'running', "claimedBy" = ${workerId}, "leaseUntil" = ${lease}, "startedAt" = ${stored(now)},
      "updatedAt" = ${stored(now)}, "attempts" = "attempts" + 1
    WHERE "id" = (SELECT "id" FROM "Job" WHERE ${runnable} ORDER BY "id" LIMIT 1 ${lockPicked}) AND ${runnable}
    RETURNING "id"`;
  if (!claimed.length) return null;
  return client.job.findUniqueOrThrow({ where: { id: Number(claimed[0].id) } });
}

/** Records progress (and renews the lease) while the worker still holds the job. */
export async function reportJobProgress(client: Db, job: Pick<Job, "id">, workerId: string, done: number, total: number) {
  await client.job.updateMany({
    where: { id: job.id, claimedBy: workerId, status: "running" },
    data: { done, total, leaseUntil: new Date(Date.now() + JOB_LEASE_MS) },
  });
}

/**
 * Marks the job finished with its result. Given the transaction that made the job's writes, the two
 * commit together: a job is never left "running" after its work was saved, nor "succeeded" without it.
 * Throws (rolling the writes back) if the worker lost the job to another in the meantime.
 */
export async function finishJob(client: Db | Tx, job: Pick<Job, "id">, workerId: string, outcome: { result: unknown; done: number; total: number }) {
  const { count } = await client.job.updateMany({
    where: { id: job.id, claimedBy: workerId, status: "running" },
    data: { status: "succeeded", result: JSON.stringify(outcome.result), done: outcome.done, total: outcome.total, finishedAt: new Date(), leaseUntil: null },
  });
  if (count !== 1) throw new Error(`Job ${job.id} is no longer held by ${workerId}.`);
}

export async function failJob(client: Db, job: Pick<Job, "id">, workerId: string, message: string) {
  await client.job.updateMany({
    where: { id: job.id, claimedBy: workerId, status: "running" },
    data: { status: "failed", error: message, finishedAt: new Date(), leaseUntil: null },
  });
}

/** The job's creator as an actor, with the role they have now; a deactivated person's job does not run. */
export async function jobActor(client: Db, job: Pick<Job, "createdById">): Promise<Actor> {
  const user = await client.user.findUnique({ where: { id: job.createdById }, select: { id: true, name: true, email: true, role: true, active: true } });
  if (!user || !user.active || !isRole(user.role)) throw new AppError("forbidden", "The account that started this job is no longer active.");
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

export async function hasRunnableJobs(client: Db = serverDb) {
  const now = new Date();
  const due = { status: "queued", OR: [{ runAfter: null }, { runAfter: { lte: now } }] };
  return (await client.job.count({ where: { OR: [due, { status: "running", leaseUntil: { lt: now } }] } })) > 0;
}

/** When the earliest job that waits (a retry, a digest) becomes due, or null when none waits. */
export async function nextWaitingJobAt(client: Db = serverDb): Promise<Date | null> {
  const job = await client.job.findFirst({ where: { status: "queued", runAfter: { gt: new Date() } }, orderBy: { runAfter: "asc" }, select: { runAfter: true } });
  return job?.runAfter ?? null;
}

/**
 * Queues a delivery job inside the transaction of the change that caused it, so the job exists exactly
 * when the change does. With a `dedupeKey`, a job already queued under that key is kept and nothing is added.
 */
export async function queueDeliveryJob(
  tx: Tx,
  kind: DeliveryJobKind,
  input: unknown,
  options: { createdById: string; runAfter?: Date | null; dedupeKey?: string | null },
) {
  if (options.dedupeKey && (await tx.job.findUnique({ where: { dedupeKey: options.dedupeKey }, select: { id: true } }))) return;
  await tx.job.create({
    data: { kind, input: JSON.stringify(input), createdById: options.createdById, runAfter: options.runAfter ?? null, dedupeKey: options.dedupeKey ?? null },
  });
}

/** Puts a held job back in the queue to be tried again at `runAfter` (its attempts count on). */
export async function retryJobLater(client: Db, job: Pick<Job, "id">, workerId: string, runAfter: Date, message: string) {
  await client.job.updateMany({
    where: { id: job.id, claimedBy: workerId, status: "running" },
    data: { status: "queued", error: message, runAfter, claimedBy: null, leaseUntil: null },
  });
}
