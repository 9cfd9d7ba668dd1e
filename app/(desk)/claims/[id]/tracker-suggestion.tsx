"use client";
import { useActionState } from "react";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { SubmitButton } from "@/app/_components/submit-button";
import { decideTrackerSuggestionAction } from "@/app/(desk)/trackers/actions";

/** Accept or dismiss one suggested tracker for this claim. */
export function TrackerSuggestion({ trackerId, claimId, description }: { trackerId: number; claimId: number; description: string }) {
  const [accepted, accept] = useActionState(decideTrackerSuggestionAction.bind(null, trackerId, claimId, "accept"), EMPTY_FORM_STATE);
  const [dismissed, dismiss] = useActionState(decideTrackerSuggestionAction.bind(null, trackerId, claimId, "dismiss"), EMPTY_FORM_STATE);
  const failed = [accepted, dismissed].find((s) => s.message && !s.ok);
  return (
    <li aria-label={`Suggested tracker: ${description}`}>
      {description}
      <div className="row" style={{ gap: "0.5rem" }}>
        <form action={accept}><SubmitButton pendingText="Adding…">Add to this tracker</SubmitButton></form>
        <form action={dismiss}><SubmitButton className="secondary" pendingText="Dismissing…">Not this figure</SubmitButton></form>
      </div>
      {failed && <p role="alert" className="field-error">{failed.message}</p>}
    </li>
  );
}
