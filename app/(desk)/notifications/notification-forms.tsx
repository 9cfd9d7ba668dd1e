"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import type { FormState } from "@/lib/web/form-state";
import { NOTIFICATIONS_CHANGED } from "../notification-bell";
import { markAllReadAction, markReadAction } from "./actions";

/** The action, then a word to the bell in the header that its count changed. */
const tellingTheBell =
  (run: (prev: FormState, formData: FormData) => Promise<FormState>) =>
  async (prev: FormState, formData: FormData): Promise<FormState> => {
    const state = await run(prev, formData);
    if (state.ok) window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    return state;
  };
const markRead = tellingTheBell(markReadAction);
const markAllRead = tellingTheBell(markAllReadAction);

export function MarkReadForm({ notificationId, what }: { notificationId: number; what: string }) {
  const [state, action] = useActionState(markRead, EMPTY_FORM_STATE);
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
  const [state, action] = useActionState(markAllRead, EMPTY_FORM_STATE);
  return (
    <form action={action} className="actions">
      <SubmitButton className="secondary" pendingText="Marking…">Mark all read</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
