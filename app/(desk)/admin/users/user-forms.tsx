"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { ROLES, ROLE_LABELS } from "@/lib/access/roles";
import { createUserAction, resetPasswordAction, updateUserAction } from "./actions";

function RoleSelect({ p, value }: { p: Record<string, unknown>; value: string }) {
  return (
    <select {...p} defaultValue={value}>
      {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
    </select>
  );
}

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title" style={{ marginTop: 0 }}>New user</h2>
      <FormMessage state={state} />
      <Field name="name" label="Name" state={state}>{(p) => <input {...p} defaultValue={valueOf(state, "name")} />}</Field>
      <Field name="email" label="Email" state={state}>{(p) => <input {...p} type="email" defaultValue={valueOf(state, "email")} />}</Field>
      <Field name="role" label="Role" state={state}>{(p) => <RoleSelect p={p} value={valueOf(state, "role", "factchecker")} />}</Field>
      <Field name="password" label="Initial password" hint="At least 12 characters, not a common password; share it privately" state={state}>
        {(p) => <input {...p} type="password" autoComplete="new-password" />}
      </Field>
      <SubmitButton>Create user</SubmitButton>
    </form>
  );
}

export function UserRowForm({ user }: { user: { id: string; name: string; role: string; active: boolean } }) {
  const [state, action] = useActionState(updateUserAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} className="actions" aria-label={`Role and access of ${user.name}`}>
      <input type="hidden" name="userId" value={user.id} />
      <label className="sr-only" htmlFor={`role-${user.id}`}>Role of {user.name}</label>
      <select id={`role-${user.id}`} name="role" defaultValue={valueOf(state, "role", user.role)} style={{ width: "auto" }}>
        {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
      </select>
      <label style={{ display: "inline-flex", gap: 4, fontWeight: 400 }}>
        <input type="checkbox" name="active" value="true" defaultChecked={user.active} /> Active
      </label>
      <SubmitButton className="secondary">Save</SubmitButton>
      <span aria-live="polite" className={state.ok ? "small" : "field-error"}>{state.message}</span>
    </form>
  );
}

export function ResetPasswordForm({ user }: { user: { id: string; name: string } }) {
  const [state, action] = useActionState(resetPasswordAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} className="actions" aria-label={`Reset the password of ${user.name}`}>
      <input type="hidden" name="userId" value={user.id} />
      <label className="sr-only" htmlFor={`pw-${user.id}`}>New password for {user.name}</label>
      <input id={`pw-${user.id}`} name="password" type="password" autoComplete="new-password" placeholder="New password" style={{ width: "12rem" }} />
      <SubmitButton className="secondary">Reset password</SubmitButton>
      <span aria-live="polite" className={state.ok ? "small" : "field-error"}>{state.message ?? state.errors?.password?.join(" ")}</span>
    </form>
  );
}
