/**
 * Archived copies of web evidence: queue a check (on attaching, "check again", or the periodic re-check),
 * record what a check found (the first copy, unchanged, changed, gone, failed), and read the copies back.
 */
import "server-only";
import crypto from "node:crypto";
import { db, type Db, type Tx } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckResult } from "@/lib/intake/check-web-page";
import { recordAudit } from "./audit";
import { queueJobIn } from "./jobs";

export const SNAPSHOT_OUTCOMES = ["archived", "unchanged", "changed", "gone", "failed"] as const;
export type SnapshotOutcome = (typeof SNAPSHOT_OUTCOMES)[number];

/** What lists show of a check: everything but the text. */
export const SNAPSHOT_SUMMARY_SELECT = {
  id: true,
  url: true,
  finalUrl: true,
  outcome: true,
  httpStatus: true,
  contentType: true,
  contentHash: true,
  title: true,
  error: true,
  fetchedAt: true,
} satisfies Prisma.WebSnapshotSelect;

/** The job input of a check of one piece of evidence; written the same way every time so a queued one can be found. */
const jobInput = (evidenceId: number) => ({ evidenceId });

/** SHA-256 of the readable text: a page whose words did not change keeps its hash whatever its markup did. */
export const textHash = (text: string) => crypto.createHash("sha256").update(text.normalize("NFC").replace(/\s+/g, " ").trim(), "utf8").digest("hex");

/** Queues the first archive of a web source, in the transaction that attaches it. */
export async function queueSnapshotIn(tx: Tx, actor: Actor, evidenceId: number) {
  return queueJobIn(tx, actor, "web-snapshot", jobInput(evidenceId));
}

/** Whether a check of this evidence is waiting or running. */
async function checkPending(client: Db | Tx, evidenceId: number) {
  const job = await client.job.findFirst({
    where: { kind: "web-snapshot", input: JSON.stringify(jobInput(evidenceId)), status: { in: ["queued", "running"] } },
    select: { id: true },
  });
  return job !== null;
}

/** The evidence ids among `ids` with a check waiting or running ("Archiving…" on the claim page). */
export async function pendingSnapshotChecks(actor: Actor, ids: number[]): Promise<Set<number>> {
  assertCan(actor, "read");
  if (ids.length === 0) return new Set();
  const jobs = await db.job.findMany({
    where: { kind: "web-snapshot", status: { in: ["queued", "running"] }, input: { in: ids.map((id) => JSON.stringify(jobInput(id))) } },
    select: { input: true },
  });
  return new Set(jobs.map((job) => (JSON.parse(job.input) as { evidenceId: number }).evidenceId));
}

/**
 * "Check again": queues a fresh fetch of a web source. A check already waiting is not doubled; the
 * answer says whether this call queued one.
 */
export async function requestSnapshotCheck(actor: Actor, evidenceId: number): Promise<{ queued: boolean }> {
  assertCan(actor, "evidence.add");
  return db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId }, select: { kind: true, url: true } });
    if (!evidence) throw notFound("That evidence");
    if (evidence.kind !== "url" || !evidence.url) throw new AppError("invalid", "Only web sources with an address can be archived.");
    if (await checkPending(tx, evidenceId)) return { queued: false };
    await queueJobIn(tx, actor, "web-snapshot", jobInput(evidenceId));
    return { queued: true };
  });
}

/** The web source a check fetches, or null when it was deleted (or is no longer a web source) before the check ran. */
export async function getSnapshotTarget(actor: Actor, evidenceId: number) {
  assertCan(actor, "evidence.add");
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { id: true, url: true, kind: true, title: true, claimId: true } });
  return evidence?.kind === "url" && evidence.url ? { ...evidence, url: evidence.url } : null;
}

/**
 * Records one check of a web source with its audit record, and `commit` (the job's end) in the same
 * transaction. The outcome compares the text's hash with the last copy's: the first copy is "archived",
 * then "unchanged" (no text kept again) or "changed" (the new text kept); a 404, 410 or vanished host is "gone".
 */
export async function recordSnapshot(actor: Actor, evidenceId: number, result: CheckResult, commit?: (tx: Tx) => Promise<void>) {
  assertCan(actor, "evidence.add");
  return db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId }, select: { id: true, url: true, title: true, claimId: true } });
    if (!evidence?.url) throw notFound("That web source");
    const lastCopy = await tx.webSnapshot.findFirst({
      where: { evidenceId, outcome: { in: ["archived", "changed"] } },
      orderBy: { id: "desc" },
      select: { contentHash: true },
    });
    const base = { evidenceId, url: evidence.url, requestedById: actor.id };
    let data: Prisma.WebSnapshotUncheckedCreateInput;
    if (result.ok) {
      const hash = textHash(result.text);
      const outcome: SnapshotOutcome = !lastCopy ? "archived" : lastCopy.contentHash === hash ? "unchanged" : "changed";
      data = {
        ...base,
        outcome,
        finalUrl: result.finalUrl,
        httpStatus: result.httpStatus,
        contentType: result.contentType,
        contentHash: hash,
        title: result.title,
        text: outcome === "unchanged" ? null : result.text,
      };
    } else {
      data = { ...base, outcome: result.gone ? "gone" : "failed", httpStatus: result.httpStatus, error: result.error };
    }
    const snapshot = await tx.webSnapshot.create({ data, select: SNAPSHOT_SUMMARY_SELECT });
    await recordAudit(tx, {
      actor,
      entity: "web_snapshot",
      entityId: snapshot.id,
      claimId: evidence.claimId,
      action: "create",
      after: { evidenceId, title: evidence.title, outcome: snapshot.outcome, httpStatus: snapshot.httpStatus, contentHash: snapshot.contentHash },
    });
    await commit?.(tx);
    return snapshot;
  });
}

/**
 * An archived copy to read: the snapshot's own text, or for an "unchanged" check the copy it matched.
 * Anyone who may read the desk may read it.
 */
export async function getSnapshotCopy(actor: Actor, snapshotId: number) {
  assertCan(actor, "read");
  const snapshot = await db.webSnapshot.findUnique({
    where: { id: snapshotId },
    select: { ...SNAPSHOT_SUMMARY_SELECT, text: true, evidence: { select: { id: true, title: true, claimId: true, url: true } } },
  });
  if (!snapshot) throw notFound("That archived copy");
  let text = snapshot.text;
  if (text === null && snapshot.outcome === "unchanged") {
    const copy = await db.webSnapshot.findFirst({
      where: { evidenceId: snapshot.evidence.id, contentHash: snapshot.contentHash, text: { not: null }, id: { lt: snapshot.id } },
      orderBy: { id: "desc" },
      select: { text: true },
    });
    text = copy?.text ?? null;
  }
  if (text === null) throw notFound("That archived copy");
  return { ...snapshot, text };
}

/**
 * The periodic re-check: queues a check of every web source whose last check is older than `olderThan`
 * (or that was never checked), as the person who attached it, at most `limit` at a time. Returns how many.
 * Sources whose person is no longer active are skipped (their checks would be refused).
 */
export async function queueDueSnapshotChecks(client: Db, olderThan: Date, limit = 500): Promise<number> {
  const due = await client.evidence.findMany({
    where: { kind: "url", url: { not: null }, addedBy: { active: true }, snapshots: { none: { fetchedAt: { gte: olderThan } } } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, addedById: true },
  });
  let queued = 0;
  for (const row of due) {
    const evidenceId = row.id;
    await client.$transaction(async (tx) => {
      if (await checkPending(tx, evidenceId)) return;
      await tx.job.create({ data: { kind: "web-snapshot", input: JSON.stringify(jobInput(evidenceId)), createdById: row.addedById } });
      queued++;
    });
  }
  return queued;
}
