"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/field";
import { LookupPicker } from "@/app/_components/lookup-picker";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { addTrackerClaimAction, removeTrackerClaimAction } from "../actions";

/**
 * "Add a report": a type-ahead over the claims that count the tracker's unit (found by words or by the
 * figure as written), never a menu of every such claim. Typing "#123" and saving adds claim 123.
 */
export function AddTrackerClaimForm({ trackerId, unit, hasCandidates }: { trackerId: number; unit: string; hasCandidates: boolean }) {
  const [state, action] = useActionState(addTrackerClaimAction.bind(null, trackerId), EMPTY_FORM_STATE);
  return (
    <form action={action} noValidate aria-labelledby="add-report-title">
      <h2 id="add-report-title" style={{ marginTop: 0 }}>Add a report</h2>
      <FormMessage state={state} />
      {!hasCandidates ? (
        <p className="muted">No other claim counts this. Record the figure on a claim first.</p>
      ) : (
        <>
          <p className="hint" id={`add-report-hint-${trackerId}`}>Claims whose figure counts the same thing: type words of the claim, or its figure.</p>
          <LookupPicker
            key={state.ok ? state.message : "form"}
            name="claimId"
            textName="claimText"
            label="Claim"
            source="claims"
            params={{ unit }}
            placeholder="Type to find a claim"
            describedBy={`add-report-hint-${trackerId}`}
            errors={state.ok ? [] : (state.errors?.claimId ?? [])}
          />
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
