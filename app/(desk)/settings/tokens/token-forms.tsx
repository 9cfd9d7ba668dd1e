"use client";
import { useActionState, useState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "./actions";

export function NewTokenForm({ canWrite }: { canWrite: boolean }) {
  const [state, action] = useActionState<TokenFormState, FormData>(createTokenAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <>
      {state.token ? <NewToken token={state.token} message={state.message} /> : null}
      <form action={action} key={formKey} noValidate aria-labelledby="new-token-title">
        <h2 id="new-token-title" style={{ marginTop: 0 }}>Create a token</h2>
        {state.token ? null : <FormMessage state={state} />}
        <Field name="name" label="Name" hint="What the token is for, e.g. “Newsroom CMS sync”" state={state}>
          {(p) => <input {...p} maxLength={100} defaultValue={valueOf(state, "name")} />}
        </Field>
        <Field name="scope" label="Scope" state={state} hint={canWrite ? undefined : "Your role can only read, so its tokens can only read."}>
          {(p) => (
            <select {...p} defaultValue={valueOf(state, "scope", "read")}>
              <option value="read">Read: GET requests only</option>
              {canWrite && <option value="write">Write: everything your role may do</option>}
            </select>
          )}
        </Field>
        <SubmitButton pendingText="Creating…">Create token</SubmitButton>
      </form>
    </>
  );
}

/** The secret, once: it cannot be shown again, because only its hash is kept. */
function NewToken({ token, message }: { token: string; message?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="form-message ok" style={{ marginBottom: "1rem" }}>
      <p style={{ marginTop: 0 }}>{message}</p>
      <p>
        <strong>Copy it now: it will not be shown again.</strong> Anyone holding it can act as you through the API. Store it
        in a password manager or secret store, never in code or chat.
      </p>
      <div className="actions">
        <label htmlFor="new-token-value" className="sr-only">Your new token</label>
        <input id="new-token-value" readOnly value={token} spellCheck={false} onFocus={(e) => e.currentTarget.select()} style={{ fontFamily: "monospace", minWidth: "28rem", flex: 1 }} />
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(token).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {copied ? "Copied" : "Copy token"}
        </button>
      </div>
    </div>
  );
}

export function RevokeTokenForm({ tokenId, name }: { tokenId: number; name: string }) {
  const [state, action] = useActionState(revokeTokenAction, EMPTY_FORM_STATE);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Revoke “${name}”? Programs using it will be refused at once. This cannot be undone.`)) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="tokenId" value={tokenId} />
      <SubmitButton className="danger" pendingText="Revoking…">
        Revoke<span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}
