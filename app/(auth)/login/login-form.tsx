"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { signIn } from "./actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signIn, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next ?? "/"} />
      <Field name="email" label="Email" state={state}>
        {(p) => <input {...p} type="email" autoComplete="username" defaultValue={valueOf(state, "email")} required />}
      </Field>
      <Field name="password" label="Password" state={state}>
        {(p) => <input {...p} type="password" autoComplete="current-password" required />}
      </Field>
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
