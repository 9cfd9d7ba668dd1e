"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { FormMessage } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { updateClaimAction } from "@/app/(desk)/claims/actions";
import { ClaimFields, type ClaimInitial, type SpeakerOption } from "@/app/(desk)/claims/claim-fields";

export function ClaimEditor({ claimId, version, initial, speakers }: { claimId: number; version: number; initial: ClaimInitial; speakers: SpeakerOption[] }) {
  const [state, action] = useActionState(updateClaimAction.bind(null, claimId), EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title" style={{ marginTop: 0 }}>Edit claim</h2>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <ClaimFields state={state} initial={initial} speakers={speakers} />
      <SubmitButton>Save claim</SubmitButton>
    </form>
  );
}
