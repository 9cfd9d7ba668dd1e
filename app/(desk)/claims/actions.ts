"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createClaim, deleteClaim, getClaimById, updateClaim } from "@/lib/data/claims";
import { actorOrThrow } from "@/lib/platform/session";
import { claimFormValues } from "@/lib/web/claim-form-values";
import { withTypedSpeaker } from "./typed-speaker";
import { transitionClaim } from "@/lib/data/workflow";
import { assignClaim } from "@/lib/data/assignments";
import { addComment } from "@/lib/data/comments";
import { wakeJobWorkerIfDue } from "@/lib/jobs/job-worker";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { TRANSITIONS } from "@/lib/workflow/workflow";
import { ZAssignment, ZClaimCreate, ZClaimUpdate, ZComment, ZTransition } from "@/lib/validation/claim";

/** A move, an assignment or a comment may have queued mails and webhook deliveries: start sending them. */
function sendNotifications() {
  wakeJobWorkerIfDue().catch((error) => console.error("Could not wake the job worker:", error));
}

function revalidateClaim(id: number, articleId?: number | null) {
  revalidatePath(`/claims/${id}`);
  revalidatePath("/claims");
  revalidatePath("/queue");
  revalidatePath("/");
  if (articleId) revalidatePath(`/articles/${articleId}`);
}

export async function createClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZClaimCreate, async (actor, input) => createClaim(actor, await withTypedSpeaker(actor, input, formData)));
  if ("state" in outcome) return outcome.state;
  const claim = outcome.result;
  revalidateClaim(claim.id, claim.articleId);
  if (formData.get("stay") === "1") return { ok: true, message: `Claim #${claim.id} added.` };
  redirect(`/claims/${claim.id}`);
}

export async function updateClaimAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZClaimUpdate, async (actor, input) => updateClaim(actor, claimId, await withTypedSpeaker(actor, input, formData)));
  if ("state" in outcome) return outcome.state.code === "conflict" ? withCurrentClaim(claimId, outcome.state) : outcome.state;
  revalidateClaim(claimId, outcome.result.articleId);
  return { ok: true, message: "Claim saved." };
}

/**
 * A stale save: the answer carries the claim as saved now beside the person's input, so the form can offer
 * theirs or the current value field by field and save against the new version; the page shows the new claim.
 */
async function withCurrentClaim(claimId: number, state: FormState): Promise<FormState> {
  try {
    const claim = await getClaimById(await actorOrThrow(), claimId);
    if (String(claim.version) === state.values?.version) return state;
    revalidatePath(`/claims/${claimId}`);
    return { ...state, conflict: { version: claim.version, values: { ...claimFormValues(claim), speakerName: claim.speaker?.name ?? "" } } };
  } catch {
    return state;
  }
}

export async function transitionAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZTransition, (actor, input) => transitionClaim(actor, claimId, input));
  if ("state" in outcome) return outcome.state;
  sendNotifications();
  revalidateClaim(claimId, outcome.result.articleId);
  revalidatePath("/reports");
  const action = ZTransition.shape.action.safeParse(formData.get("action"));
  return { ok: true, message: action.success ? `Done: ${TRANSITIONS[action.data].label}.` : "Done." };
}

export async function assignAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZAssignment, (actor, input) => assignClaim(actor, claimId, input));
  if ("state" in outcome) return outcome.state;
  sendNotifications();
  revalidateClaim(claimId);
  return { ok: true, message: "Assignment saved." };
}

export async function commentAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZComment, (actor, input) => addComment(actor, claimId, input.body));
  if ("state" in outcome) return outcome.state;
  sendNotifications();
  revalidatePath(`/claims/${claimId}`);
  const mentioned = outcome.result.mentions.length;
  return { ok: true, message: mentioned ? `Comment added; ${mentioned === 1 ? "1 person" : `${mentioned} people`} mentioned.` : "Comment added." };
}

const ZDelete = z.object({ version: z.coerce.number().int().positive() });

export async function deleteClaimAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZDelete, (actor, input) => deleteClaim(actor, claimId, input.version));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/claims");
  revalidatePath("/");
  redirect("/claims");
}
