"use client";
import { useActionState } from "react";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { SubmitButton } from "@/app/_components/submit-button";
import { FormMessage } from "@/app/_components/field";
import { linkClaimAction, unlinkClaimAction } from "./match-actions";

export function LinkClaimButton({ claimId, targetId }: { claimId: number; targetId: number }) {
  const [state, action] = useActionState(linkClaimAction.bind(null, claimId, targetId), EMPTY_FORM_STATE);
  return (
    <form action={action}>
      <FormMessage state={state} />
      {!state.ok && <SubmitButton pendingText="Linking…"><span>Same claim: link<span className="sr-only"> to claim #{targetId}</span></span></SubmitButton>}
    </form>
  );
}

export function UnlinkClaimButton({ claimId, rootId }: { claimId: number; rootId: number }) {
  const [state, action] = useActionState(unlinkClaimAction.bind(null, claimId, rootId), EMPTY_FORM_STATE);
  return (
    <form action={action} className="row" style={{ gap: "0.5rem", alignItems: "end" }}>
      <FormMessage state={state} />
      <label className="small">Reason (optional) <input name="reason" maxLength={500} /></label>
      <SubmitButton className="secondary" pendingText="Unlinking…">Unlink</SubmitButton>
    </form>
  );
}
