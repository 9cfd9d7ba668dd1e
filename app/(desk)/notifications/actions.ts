"use server";
import { revalidatePath } from "next/cache";
import { markNotificationRead, markNotificationsRead } from "@/lib/data/notifications";
import { setEmailPreference } from "@/lib/data/notification-delivery";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZEmailPreference, ZNotificationRef } from "@/lib/validation/notifications";
import { z } from "zod";

export async function markReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZNotificationRef, (actor, input) => markNotificationRead(actor, input.notificationId));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/", "layout");
  return { ok: true, message: "Marked read." };
}

export async function markAllReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, z.object({}), (actor) => markNotificationsRead(actor));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/", "layout");
  const n = outcome.result;
  return { ok: true, message: n === 0 ? "Nothing was unread." : `Marked ${n === 1 ? "1 notification" : `${n} notifications`} read.` };
}

export async function emailPreferenceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZEmailPreference, (actor, input) => setEmailPreference(actor, input.email));
  if ("state" in outcome) return outcome.state;
  revalidatePath("/notifications/settings");
  return { ok: true, message: outcome.result ? "Saved." : "Saved (nothing changed)." };
}
