"use server";
import { revalidatePath } from "next/cache";
import { updateSetting, updateSettings } from "@/lib/data/settings";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZOrganization, ZPublishing } from "@/lib/validation/publishing";

const RECORDED = "The change is recorded in the activity history.";

export async function updateOrganizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZOrganization, (actor, input) => updateSettings(actor, input));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings/publishing");
  return { ok: true, message: outcome.result.length ? `Saved the organisation. ${RECORDED}` : "The organisation was already set so; nothing changed." };
}

export async function updatePublishingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZPublishing, async (actor, input) => ({
    on: input.publishingEnabled,
    changed: await updateSetting(actor, "publishingEnabled", input.publishingEnabled),
  }));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings/publishing");
  const { on, changed } = outcome.result;
  const now = on ? "Fact-check pages are public." : "Fact-check pages are not published.";
  return { ok: true, message: changed ? `${now} ${RECORDED}` : `${now} They already were; nothing changed.` };
}
