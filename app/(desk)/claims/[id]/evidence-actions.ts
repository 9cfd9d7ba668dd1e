"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requestSnapshotCheck } from "@/lib/data/web-snapshots";
import { wakeJobWorker } from "@/lib/jobs/job-worker";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";

const NONE = z.object({});

/** "Check again" (or "Archive now"): queues a fresh fetch of a web source; the claim page shows the outcome when it is in. */
export async function checkWebSourceAction(claimId: number, evidenceId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, NONE, (actor) => requestSnapshotCheck(actor, evidenceId));
  if ("state" in outcome) return outcome.state;
  wakeJobWorker();
  revalidatePath(`/claims/${claimId}`);
  return { ok: true, message: outcome.result.queued ? "Checking the page again…" : "A check of this page is already under way." };
}
