"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { addEvidenceAction } from "../actions";

export function EvidenceForm({ claimId }: { claimId: number }) {
  const [state, action] = useActionState(addEvidenceAction.bind(null, claimId), EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="attach-title">
      <h3 id="attach-title">Attach source</h3>
      <FormMessage state={state} />
      <div className="row">
        <Field name="kind" label="Kind" state={state}>
          {(p) => (
            <select {...p} defaultValue={valueOf(state, "kind", "url")}>
              <option value="url">Web source</option>
              <option value="document">Document</option>
              <option value="note">Note</option>
            </select>
          )}
        </Field>
        <Field name="stance" label="Stance" state={state}>
          {(p) => (
            <select {...p} defaultValue={valueOf(state, "stance", "supports")}>
              <option value="supports">Supports</option>
              <option value="contradicts">Contradicts</option>
              <option value="context">Context</option>
            </select>
          )}
        </Field>
      </div>
      <Field name="title" label="Source title" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "title")} maxLength={300} />}
      </Field>
      <Field name="url" label="Source URL" state={state}>
        {(p) => <input {...p} type="url" defaultValue={valueOf(state, "url")} placeholder="https://" />}
      </Field>
      <Field name="notes" label="Excerpt or notes" state={state}>
        {(p) => <textarea {...p} rows={3} maxLength={5000} defaultValue={valueOf(state, "notes")} />}
      </Field>
      <SubmitButton>Attach source</SubmitButton>
    </form>
  );
}
