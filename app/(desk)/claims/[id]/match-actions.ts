"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { linkClaims, unlinkClaim } from "@/lib/data/claim-matches";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { zOptionalText } from "@/lib/validation/common";

const NONE = z.object({});
const ZUnlink = z.object({ reason: zOptionalText("Reason", 500) });

/** One click on a "same claim" match: this claim becomes another appearance of it, covered by its verdict. */
export async function linkClaimAction(claimId: number, targetId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, NONE, (actor) => linkClaims(actor, claimId, targetId));
  if ("state" in outcome) return outcome.state;
  revalidatePath(`/claims/${claimId}`);
  revalidatePath(`/claims/${outcome.result.sameAsId}`);
  return { ok: true, message: `Linked: the verdict on claim #${outcome.result.sameAsId} covers this claim.` };
}

export async function unlinkClaimAction(claimId: number, rootId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZUnlink, (actor, input) => unlinkClaim(actor, claimId, input.reason));
  if ("state" in outcome) return outcome.state;
  revalidatePath(`/claims/${claimId}`);
  revalidatePath(`/claims/${rootId}`);
  return { ok: true, message: "Unlinked. The claim needs its own verdict." };
}
