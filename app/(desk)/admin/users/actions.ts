"use server";
import { revalidatePath } from "next/cache";
import { createUser, resetUserPassword, updateUser } from "@/lib/data/users";
import { runFormAction } from "@/lib/web/form-action";
import type { FormState } from "@/lib/web/form-state";
import { ZPasswordReset, ZUserCreate, ZUserUpdate } from "@/lib/validation/user";

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZUserCreate, createUser);
  if ("state" in outcome) return outcome.state;
  revalidatePath("/admin/users");
  return { ok: true, message: `${outcome.result.name} can now sign in as ${outcome.result.email}.` };
}

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZUserUpdate, updateUser);
  if ("state" in outcome) return outcome.state;
  revalidatePath("/admin/users");
  return { ok: true, message: `Saved ${outcome.result.name}.` };
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ZPasswordReset, resetUserPassword);
  if ("state" in outcome) return outcome.state;
  return { ok: true, message: "Password reset; the user was signed out everywhere." };
}
