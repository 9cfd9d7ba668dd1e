"use client";
import { useActionState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { commentAction } from "@/app/(desk)/claims/actions";
import { MentionTextarea } from "./mention-textarea";

export function CommentForm({ claimId }: { claimId: number }) {
  const [state, action] = useActionState(commentAction.bind(null, claimId), EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate aria-label="Add a comment">
      <FormMessage state={state} />
      <Field name="body" label="Comment" hint="Type @ and a name to mention someone: they are notified." state={state}>
        {(p) => <MentionTextarea {...p} maxLength={5000} defaultValue={valueOf(state, "body")} />}
      </Field>
      <SubmitButton className="secondary">Add comment</SubmitButton>
    </form>
  );
}
