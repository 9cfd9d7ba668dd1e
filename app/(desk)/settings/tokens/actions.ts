"use server";
import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/data/tokens";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZTokenCreate, ZTokenRef } from "@/lib/validation/tokens";

/** A form answer that may carry a new token's secret: shown once, never stored in plaintext. */
export type TokenFormState = FormState & { token?: string };

export async function createTokenAction(_prev: TokenFormState, formData: FormData): Promise<TokenFormState> {
  const outcome = await runFormAction(formData, ZTokenCreate, createApiToken);
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings/tokens");
  const { name, scope, token } = outcome.result;
  return { ok: true, message: `Created the ${scope} token “${name}”.`, token };
}

export async function revokeTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZTokenRef, (actor, input) => revokeApiToken(actor, input.tokenId));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings/tokens");
  return { ok: true, message: `Revoked “${outcome.result.name}”. Requests with it are refused from now on.` };
}
