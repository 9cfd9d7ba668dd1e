"use client";
import { Field, valueOf } from "@/app/_components/field";
import type { FormState } from "@/lib/form-state";
import type { ClaimInitial } from "./claim-fields";

/** The structured figure of a claim: qualifier, value, interval, what is counted and when. */
export function FigureFields({
  state,
  initial,
  qualifiers,
}: {
  state: FormState;
  initial: ClaimInitial;
  qualifiers: { value: string; label: string }[];
}) {
  const v = (name: keyof ClaimInitial) => valueOf(state, name, initial[name] as string | number | null | undefined);
  return (
    <fieldset>
      <legend>Figure (for claims about numbers)</legend>
      <div className="row">
        <Field name="qualifier" label="Qualifier" state={state}>
          {(p) => (
            <select {...p} defaultValue={v("qualifier")}>
              <option value="">None (not a figure)</option>
              {qualifiers.map((q) => (
                <option key={q.value} value={q.value}>
                  {q.label} ({q.value})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="value" label="Value" state={state}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={v("value")} />}
        </Field>
        <Field name="unit" label="Unit (what is counted)" state={state}>
          {(p) => <input {...p} defaultValue={v("unit")} maxLength={80} placeholder="e.g. civilian" />}
        </Field>
      </div>
      <div className="row">
        <Field name="low" label="Low bound" state={state}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={v("low")} />}
        </Field>
        <Field name="high" label="High bound" state={state}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={v("high")} />}
        </Field>
        <Field name="asOf" label="As of" state={state}>
          {(p) => <input {...p} type="date" defaultValue={v("asOf")} />}
        </Field>
      </div>
    </fieldset>
  );
}
