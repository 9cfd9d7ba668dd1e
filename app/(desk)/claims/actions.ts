"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changeClaimStatus, createClaim, deleteClaim, updateClaim } from "@/lib/data/claims";
import { addEvidence } from "@/lib/data/evidence";
import { runFormAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { ZClaimCreate, ZClaimUpdate, ZStatusChange } from "@/lib/validation/claim";
import { ZEvidenceCreate } from "@/lib/validation/evidence";

function revalidateClaim(id: number, articleId?: number | null) {
  revalidatePath(`/claims/${id}`);
  revalidatePath("/claims");
  revalidatePath("/");
  if (articleId) revalidatePath(`/articles/${articleId}`);
}

export async function createClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZClaimCreate, createClaim);
  if ("state" in outcome) return outcome.state;
  const claim = outcome.result;
  revalidateClaim(claim.id, claim.articleId);
  if (formData.get("stay") === "1") return { ok: true, message: `Claim #${claim.id} added.` };
  redirect(`/claims/${claim.id}`);
}

export async function updateClaimAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZClaimUpdate, (actor, input) => updateClaim(actor, claimId, input));
  if ("state" in outcome) return outcome.state;
  revalidateClaim(claimId, outcome.result.articleId);
  return { ok: true, message: "Claim saved." };
}

export async function changeStatusAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZStatusChange, (actor, input) => changeClaimStatus(actor, claimId, input));
  if ("state" in outcome) return outcome.state;
  revalidateClaim(claimId, outcome.result.articleId);
  revalidatePath("/reports");
  return { ok: true, message: "Status changed." };
}

export async function addEvidenceAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZEvidenceCreate, (actor, input) => addEvidence(actor, claimId, input));
  if ("state" in outcome) return outcome.state;
  revalidateClaim(claimId);
  return { ok: true, message: "Source attached." };
}

const ZDelete = z.object({ version: z.coerce.number().int().positive() });

export async function deleteClaimAction(claimId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZDelete, (actor, input) => deleteClaim(actor, claimId, input.version));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/claims");
  revalidatePath("/");
  redirect("/claims");
}
