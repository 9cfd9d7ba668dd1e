"use client";
import { useActionState, useState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { updateClaimAction } from "@/app/(desk)/claims/actions";
import { ClaimFields, type ClaimInitial, type SpeakerChoice } from "@/app/(desk)/claims/claim-fields";
import type { FormState } from "@/lib/web/form-state";
import { ConflictMerge } from "./conflict-merge";

/**
 * Edits a claim on top of the version the person opened. After a stale save the form keeps their input,
 * shows the saved claim beside it, and saves against the new version; a published claim needs a
 * correction note for any change.
 */
export function ClaimEditor({
  claimId,
  version,
  initial,
  published,
}: {
  claimId: number;
  version: number;
  initial: ClaimInitial;
  published: boolean;
}) {
  const [state, action] = useActionState(updateClaimAction.bind(null, claimId), EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  // The version the input is based on: the one opened, or after a conflict the one now saved. Never the
  // page's latest by itself, or a stale form would silently overwrite someone's change.
  const basedOn = state.conflict?.version ?? state.values?.version ?? version;
  // A speaker taken from the merge holds only for the answer it was taken from.
  const [taken, setTaken] = useState<(SpeakerChoice & { from: FormState }) | null>(null);
  const speakerChoice = taken?.from === state ? taken : undefined;
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title" style={{ marginTop: 0 }}>Edit claim</h2>
      <FormMessage state={state} />
      {state.conflict && state.values && (
        <ConflictMerge
          mine={state.values}
          current={state.conflict.values}
          onSpeaker={(option) => setTaken((was) => ({ option, key: (was?.key ?? 0) + 1, from: state }))}
        />
      )}
      <input type="hidden" name="version" value={basedOn} />
      <ClaimFields state={state} initial={initial} speakerChoice={speakerChoice} />
      {(published || state.errors?.correctionNote) && (
        <Field
          name="correctionNote"
          label="Correction note"
          hint="The verdict is published: say what changed and why. It is listed with the claim's corrections and in the report."
          state={state}
        >
          {(p) => <textarea {...p} rows={2} defaultValue={valueOf(state, "correctionNote")} maxLength={2000} />}
        </Field>
      )}
      <SubmitButton>Save claim</SubmitButton>
    </form>
  );
}
