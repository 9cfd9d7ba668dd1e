import { getJob, hasRunnableJobs } from "@/lib/data/jobs";
import { wakeJobWorker } from "@/lib/jobs/job-worker";
import { routeId, withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/** A background job's status, progress and result, for its creator (or an admin); polled by the import page. */
export const GET = withActor(async (_request, actor, { params }: { params: Promise<{ id: string }> }) => {
  const job = await getJob(actor, routeId((await params).id));
  // A job left queued, or held by a server that stopped, is picked up again by this one.
  if ((job.status === "queued" || job.status === "running") && (await hasRunnableJobs())) wakeJobWorker();
  return Response.json({ job }, { headers: { "Cache-Control": "no-store" } });
});
