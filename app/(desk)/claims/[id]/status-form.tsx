"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { STATUS_LABELS, type ClaimStatus } from "@/lib/domain/status";
import { changeStatusAction } from "../actions";

export function StatusForm({ claimId, version, current, options }: { claimId: number; version: number; current: string; options: ClaimStatus[] }) {
  const [state, action] = useActionState(changeStatusAction.bind(null, claimId), EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="status-title">
      <h2 id="status-title" style={{ marginTop: 0 }}>Change status</h2>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <Field name="status" label="New status" state={state}>
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "status", options.find((o) => o !== current) ?? "")}>
            {options.filter((o) => o !== current).map((o) => (
              <option key={o} value={o}>{STATUS_LABELS[o]}</option>
            ))}
          </select>
        )}
      </Field>
      <Field name="note" label="Note" hint="Required for verified, false, misleading and unverifiable" state={state}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} defaultValue={valueOf(state, "note")} />}
      </Field>
      <SubmitButton>Change status</SubmitButton>
    </form>
  );
}
