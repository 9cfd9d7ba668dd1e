"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addClaimToTracker, createTracker, removeClaimFromTracker } from "@/lib/data/trackers";
import { dismissTrackerSuggestion } from "@/lib/data/tracker-suggestions";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZTrackerClaim, ZTrackerCreate } from "@/lib/validation/tracker";
import { z } from "zod";

export async function createTrackerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZTrackerCreate, (actor, input) => createTracker(actor, input));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/trackers");
  redirect(`/trackers/${outcome.result.id}`);
}

function revalidateTracker(trackerId: number, claimId: number) {
  revalidatePath(`/trackers/${trackerId}`);
  revalidatePath("/trackers");
  revalidatePath(`/claims/${claimId}`);
  revalidatePath("/");
}

/** The claim picker's text when no claim was chosen from its list: "#123 — …" or "123" names claim 123. */
function withTypedClaimId(formData: FormData): FormData {
  if (formData.get("claimId")) return formData;
  const typed = /^\s*#?(\d+)\b/.exec(String(formData.get("claimText") ?? ""));
  if (!typed) return formData;
  const out = new FormData();
  for (const [key, value] of formData) out.append(key, value);
  out.set("claimId", typed[1]);
  return out;
}

export async function addTrackerClaimAction(trackerId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(withTypedClaimId(formData), ZTrackerClaim, (actor, input) => addClaimToTracker(actor, trackerId, input.claimId));
  if ("state" in outcome) return outcome.state;
  revalidateTracker(trackerId, outcome.result.claimId);
  return { ok: true, message: `Claim #${outcome.result.claimId} added to the tracker.` };
}

const NONE = z.object({});

export async function removeTrackerClaimAction(trackerId: number, claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, NONE, (actor) => removeClaimFromTracker(actor, trackerId, claimId));
  if ("state" in outcome) return outcome.state;
  revalidateTracker(trackerId, claimId);
  return { ok: true, message: `Claim #${claimId} taken off the tracker.` };
}

/** From a claim's page: the suggested tracker is right (the claim is added) or wrong (never offered again). */
export async function decideTrackerSuggestionAction(trackerId: number, claimId: number, decision: "accept" | "dismiss", _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, NONE, async (actor) => {
    if (decision === "accept") await addClaimToTracker(actor, trackerId, claimId);
    else await dismissTrackerSuggestion(actor, trackerId, claimId);
  });
  if ("state" in outcome) return outcome.state;
  revalidateTracker(trackerId, claimId);
  return { ok: true, message: decision === "accept" ? "Added to the tracker." : "Suggestion dismissed." };
}
