import { countUnreadNotifications, UNREAD_COUNT_CAP } from "@/lib/data/notifications";
import { wakeJobWorkerIfDue } from "@/lib/jobs/job-worker";
import { withActor } from "@/lib/web/http";

export const dynamic = "force-dynamic";

/**
 * The signed-in person's unread count, polled by the bell. Open pages poll it, so it also starts the job
 * worker when deliveries are due (after a restart, or a retry whose wait is over).
 */
export const GET = withActor(async (_request, actor) => {
  const unread = await countUnreadNotifications(actor);
  wakeJobWorkerIfDue().catch((error) => console.error("Could not wake the job worker:", error));
  return Response.json({ unread, cap: UNREAD_COUNT_CAP }, { headers: { "Cache-Control": "no-store" } });
});
