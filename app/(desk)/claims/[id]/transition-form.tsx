"use client";
import { useActionState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import type { TransitionRequirement, WorkflowAction } from "@/lib/workflow/workflow";
import { transitionAction } from "@/app/(desk)/claims/actions";

export interface RatingOption {
  id: number;
  name: string;
}

const NOTE_LABEL: Partial<Record<WorkflowAction, string>> = {
  return: "Comment for the fact-checker",
  correct: "Correction note (published with the verdict)",
  reopen: "Correction note (why the verdict is withdrawn)",
};

/** One move in the workflow, with the fields it needs: a verdict, a comment, or a correction note. */
export function TransitionForm({
  claimId,
  version,
  action,
  label,
  requires,
  ratings,
  current,
}: {
  claimId: number;
  version: number;
  action: WorkflowAction;
  label: string;
  requires: TransitionRequirement | null;
  ratings: RatingOption[];
  current: { ratingId: number | null; explanation: string | null };
}) {
  const [state, formAction] = useActionState(transitionAction.bind(null, claimId), EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  const needsVerdict = requires === "verdict" || requires === "corrected_verdict";
  const needsNote = requires === "comment" || requires === "correction_note" || requires === "corrected_verdict";
  const plain = !needsVerdict && !needsNote;
  return (
    <form action={formAction} key={formKey} noValidate aria-label={label} className={plain ? "actions" : undefined} style={{ marginBottom: "0.75rem" }}>
      <FormMessage state={state} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="version" value={version} />
      {needsVerdict && (
        <>
          <Field name="ratingId" label="Rating" state={state}>
            {(p) => (
              <select {...p} defaultValue={valueOf(state, "ratingId", current.ratingId)}>
                <option value="">Choose a rating</option>
                {ratings.map((r) => (
                  <option key={r.id} value={r.id}>{r.name}</option>
                ))}
              </select>
            )}
          </Field>
          <Field name="explanation" label="Explanation" hint="Plain text or Markdown: what the evidence shows" state={state}>
            {(p) => <textarea {...p} rows={5} maxLength={10000} defaultValue={valueOf(state, "explanation", current.explanation)} />}
          </Field>
        </>
      )}
      {needsNote && (
        <Field name="note" label={NOTE_LABEL[action] ?? "Note"} state={state}>
          {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={valueOf(state, "note")} />}
        </Field>
      )}
      <SubmitButton className={action === "return" || action === "release" || action === "reopen" ? "secondary" : undefined}>{label}</SubmitButton>
    </form>
  );
}
