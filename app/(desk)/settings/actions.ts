"use server";
import { revalidatePath } from "next/cache";
import { createRating, deleteRating, restoreRating, retireRating, updateRating } from "@/lib/data/ratings";
import { updateSetting } from "@/lib/data/settings";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZRatingCreate, ZRatingRef, ZRatingUpdate, ZTwoPersonRule } from "@/lib/validation/settings";

export async function createRatingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZRatingCreate, createRating);
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings");
  return { ok: true, message: `Added “${outcome.result.name}” to the rating scale.` };
}

export async function updateRatingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZRatingUpdate, updateRating);
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings");
  return { ok: true, message: `Saved “${outcome.result.name}”.` };
}

const RATING_CHANGES = {
  retire: { run: retireRating, done: (name: string) => `Retired “${name}”; it is no longer offered for new verdicts.` },
  restore: { run: restoreRating, done: (name: string) => `Restored “${name}”.` },
  delete: { run: deleteRating, done: (name: string) => `Deleted “${name}”.` },
};

/** Retire, restore or delete a rating: the form's submit button says which (`intent`). */
export async function changeRatingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const intent = formData.get("intent");
  const change = intent === "restore" || intent === "delete" ? RATING_CHANGES[intent] : RATING_CHANGES.retire;
  const outcome = await runFormAction(formData, ZRatingRef, change.run);
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings");
  return { ok: true, message: change.done(outcome.result.name) };
}

export async function updateTwoPersonRuleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZTwoPersonRule, async (actor, input) => ({
    on: input.twoPersonRule,
    changed: await updateSetting(actor, "twoPersonRule", input.twoPersonRule),
  }));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/settings");
  const { on, changed } = outcome.result;
  const now = on ? "Two-person review is on." : "Two-person review is off.";
  return { ok: true, message: changed ? `${now} The change is recorded in the activity history.` : `${now} It already was; nothing changed.` };
}
