"use client";
import { useActionState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { TRACKER_KIND_LABELS, TRACKER_KINDS } from "@/lib/validation/tracker";
import { createTrackerAction } from "./actions";

export function NewTrackerForm() {
  const [state, action] = useActionState(createTrackerAction, EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate aria-labelledby="new-tracker-title">
      <h2 id="new-tracker-title" style={{ marginTop: 0 }}>New tracker</h2>
      <FormMessage state={state} />
      <Field name="description" label="What the figure is about" hint="A short description, e.g. “civilians evacuated from Baghouz”" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "description")} maxLength={200} />}
      </Field>
      <Field name="unit" label="What is counted" hint="As claims record it, singular: civilian, truck, dollar, percent" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "unit")} maxLength={80} />}
      </Field>
      <Field name="kind" label="Kind of figure" state={state}>
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "kind", "cumulative")}>
            {TRACKER_KINDS.map((k) => <option key={k} value={k}>{TRACKER_KIND_LABELS[k]}</option>)}
          </select>
        )}
      </Field>
      <SubmitButton>Create tracker</SubmitButton>
    </form>
  );
}
