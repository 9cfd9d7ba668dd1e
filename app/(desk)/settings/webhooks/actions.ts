"use server";
import { revalidatePath } from "next/cache";
import { createWebhook, deleteWebhook, setWebhookActive } from "@/lib/data/webhooks";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZWebhookActive, ZWebhookCreate, ZWebhookRef, type TWebhookCreate } from "@/lib/validation/notifications";

export async function createWebhookAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZWebhookCreate, (actor, input) => createWebhook(actor, input as TWebhookCreate));
  if ("state" in outcome) return { ...outcome.state, values: { ...outcome.state.values, secret: "" } };
  revalidatePath("/settings/webhooks");
  return { ok: true, message: `Added the webhook for ${outcome.result.url}. Its secret is kept to sign deliveries and will not be shown again.` };
}

export async function setWebhookActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZWebhookActive, (actor, input) => setWebhookActive(actor, input.webhookId, input.active));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings/webhooks");
  return { ok: true, message: outcome.result.active ? "Resumed." : "Paused: no new deliveries." };
}

export async function deleteWebhookAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZWebhookRef, (actor, input) => deleteWebhook(actor, input.webhookId));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings/webhooks");
  return { ok: true, message: `Removed the webhook for ${outcome.result.url}.` };
}
