"use client";
import { useActionState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { assignAction } from "@/app/(desk)/claims/actions";
import { ROLE_LABELS, type Role } from "@/lib/access/roles";

export function AssignmentForm({
  claimId,
  version,
  people,
  current,
}: {
  claimId: number;
  version: number;
  people: { id: string; name: string; role: string }[];
  current: { assigneeId: string | null; dueAt: string };
}) {
  const [state, action] = useActionState(assignAction.bind(null, claimId), EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="assign-title">
      <h2 id="assign-title" style={{ marginTop: 0 }}>Assignment</h2>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <div className="row">
        <Field name="assigneeId" label="Assigned to" state={state}>
          {(p) => (
            <select {...p} defaultValue={valueOf(state, "assigneeId", current.assigneeId)}>
              <option value="">Nobody</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>{person.name} ({ROLE_LABELS[person.role as Role] ?? "unknown role"})</option>
              ))}
            </select>
          )}
        </Field>
        <Field name="dueAt" label="Due" state={state}>
          {(p) => <input {...p} type="date" defaultValue={valueOf(state, "dueAt", current.dueAt)} />}
        </Field>
      </div>
      <SubmitButton className="secondary">Save assignment</SubmitButton>
    </form>
  );
}
