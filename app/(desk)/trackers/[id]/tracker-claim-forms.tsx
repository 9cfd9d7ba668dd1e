"use client";
import { useActionState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { addTrackerClaimAction, removeTrackerClaimAction } from "../actions";

export function AddTrackerClaimForm({ trackerId, claims }: { trackerId: number; claims: { id: number; label: string }[] }) {
  const [state, action] = useActionState(addTrackerClaimAction.bind(null, trackerId), EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate aria-labelledby="add-report-title">
      <h2 id="add-report-title" style={{ marginTop: 0 }}>Add a report</h2>
      <FormMessage state={state} />
      {claims.length === 0 ? (
        <p className="muted">No other claim counts this. Record the figure on a claim first.</p>
      ) : (
        <>
          <Field name="claimId" label="Claim" hint="Claims whose figure counts the same thing" state={state}>
            {(p) => (
              <select {...p} defaultValue={valueOf(state, "claimId")}>
                <option value="">Choose a claim…</option>
                {claims.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select>
            )}
          </Field>
          <SubmitButton>Add to tracker</SubmitButton>
        </>
      )}
    </form>
  );
}

export function RemoveTrackerClaimButton({ trackerId, claimId }: { trackerId: number; claimId: number }) {
  const [state, action] = useActionState(removeTrackerClaimAction.bind(null, trackerId, claimId), EMPTY_FORM_STATE);
  return (
    <form action={action}>
      {state.message && !state.ok && <span role="alert" className="field-error">{state.message}</span>}
      <SubmitButton className="secondary" pendingText="Removing…"><span>Remove<span className="sr-only"> claim #{claimId}</span></span></SubmitButton>
    </form>
  );
}
