"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { markAllReadAction, markReadAction } from "./actions";

export function MarkReadForm({ notificationId, what }: { notificationId: number; what: string }) {
  const [state, action] = useActionState(markReadAction, EMPTY_FORM_STATE);
  return (
    <form action={action}>
      {state.ok ? null : <FormMessage state={state} />}
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton className="secondary" pendingText="Marking…">
        Mark read<span className="sr-only">: {what}</span>
      </SubmitButton>
    </form>
  );
}

export function MarkAllReadForm() {
  const [state, action] = useActionState(markAllReadAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="actions">
      <SubmitButton className="secondary" pendingText="Marking…">Mark all read</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
