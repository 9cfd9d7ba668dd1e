"use server";
import { revalidatePath } from "next/cache";
import { updateSpeaker } from "@/lib/data/speakers";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZSpeakerUpdate } from "@/lib/validation/speaker";

export async function updateSpeakerAction(speakerId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZSpeakerUpdate, (actor, input) => updateSpeaker(actor, speakerId, input));
  if ("state" in outcome) return outcome.state;
  revalidatePath(`/speakers/${speakerId}`);
  revalidatePath("/speakers");
  return { ok: true, message: "Speaker saved." };
}
