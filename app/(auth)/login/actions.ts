"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { auth } from "@/lib/platform/auth";
import type { FormState } from "@/lib/web/form-state";
import { fieldErrorsOf } from "@/lib/validation/common";
import { ZSignIn } from "@/lib/validation/user";

/** Only same-site paths may be returned to after sign-in. */
function safeNext(next: FormDataEntryValue | null): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export async function signIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "");
  const parsed = ZSignIn.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { values: { email }, errors: fieldErrorsOf(parsed.error) };
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && error.statusCode === 429) return { values: { email }, message: error.body?.message ?? "Too many failed sign-ins. Try again later." };
    if (error instanceof APIError) return { values: { email }, message: "Wrong email or password, or the account is deactivated." };
    throw error;
  }
  redirect(safeNext(formData.get("next")));
}

export async function signOut() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/login");
}
