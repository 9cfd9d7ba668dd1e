/**
 * `npm run recheck:evidence [-- <days>]`: the periodic re-check of archived web evidence. Queues a check of
 * every web source not checked for `days` (default SNAPSHOT_RECHECK_DAYS, else 7), then runs the queued jobs
 * in this process (a job is claimed by one conditional UPDATE, so a running server never runs it twice).
 * Each check records whether the page is unchanged, changed or gone. Run it from cron, like the backup.
 */
import os from "node:os";

process.env.DATABASE_URL ??= "file:./data/claims.db";

async function main() {
  const days = Number(process.argv[2] ?? process.env.SNAPSHOT_RECHECK_DAYS ?? 7);
  if (!Number.isFinite(days) || days < 0) throw new Error(`The number of days must be 0 or more, not ${process.argv[2]}.`);
  const { db } = await import("@/lib/platform/db");
  const { queueDueSnapshotChecks } = await import("@/lib/data/web-snapshots");
  const { runQueuedJobs } = await import("@/lib/jobs/run-jobs");
  const started = Date.now();
  const queued = await queueDueSnapshotChecks(db, new Date(Date.now() - days * 86_400_000));
  console.log(`Queued ${queued} web source check${queued === 1 ? "" : "s"} (not checked for ${days} days).`);
  await runQueuedJobs(`${os.hostname()}:${process.pid}:recheck`);
  const outcomes = await db.webSnapshot.groupBy({ by: ["outcome"], where: { fetchedAt: { gte: new Date(started) } }, _count: { _all: true } });
  console.log(`Checked in ${Date.now() - started} ms: ${outcomes.map((o) => `${o._count._all} ${o.outcome}`).join(", ") || "nothing"}.`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(`The re-check failed: ${(error as Error).message}`);
  process.exit(1);
});
