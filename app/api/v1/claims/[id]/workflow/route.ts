import { assertCan } from "@/lib/access/authorize";
import { transitionClaim } from "@/lib/data/workflow";
import { API } from "@/lib/web/api-operations";
import { apiRoute } from "@/lib/web/api-route";
import { parseJsonBody } from "@/lib/web/http";
import { wakeJobWorkerIfDue } from "@/lib/jobs/job-worker";

export const dynamic = "force-dynamic";

/** A move in the verification workflow: `{"action":"propose","version":3,"ratingId":1,"explanation":"…"}`. */
export const POST = apiRoute(API.transitionClaim, async ({ request, actor, id }) => {
  assertCan(actor, "claim.edit");
  const input = await parseJsonBody(request, API.transitionClaim.body.json);
  const claim = await transitionClaim(actor, id, input);
  // The move may have queued mails and webhook deliveries.
  wakeJobWorkerIfDue().catch((error) => console.error("Could not wake the job worker:", error));
  return { claim };
});
