"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { deleteClaimAction } from "@/app/(desk)/claims/actions";

export function DeleteClaim({ claimId, version }: { claimId: number; version: number }) {
  const [state, action] = useActionState(deleteClaimAction.bind(null, claimId), EMPTY_FORM_STATE);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm("Delete this claim? Its history is kept, but the claim and its sources are removed.")) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton className="danger" pendingText="Deleting…">Delete claim</SubmitButton>
    </form>
  );
}
