"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { checkWebSourceAction } from "./evidence-actions";

/** The "Check again" button of a web source, with its answer announced beside it. */
export function CheckAgainButton({ claimId, evidenceId, label }: { claimId: number; evidenceId: number; label: string }) {
  const [state, action] = useActionState(checkWebSourceAction.bind(null, claimId, evidenceId), EMPTY_FORM_STATE);
  return (
    <form action={action} style={{ display: "inline" }}>
      <SubmitButton className="secondary small-button" pendingText="Queueing…">{label}</SubmitButton>{" "}
      <span role={state.ok ? "status" : state.message ? "alert" : undefined} className={state.message && !state.ok ? "field-error" : "muted"}>
        {state.message}
      </span>
    </form>
  );
}
