"use client";
import { useActionState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS } from "@/lib/notify/events";
import { createWebhookAction, deleteWebhookAction, setWebhookActiveAction } from "./actions";

export function NewWebhookForm() {
  const [state, action] = useActionState(createWebhookAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  const eventErrors = state.errors?.events;
  const checked = (kind: string) => (state.values ? state.values[`event.${kind}`] === "on" : kind === "assigned" || kind === "returned");
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="new-webhook-title">
      <h2 id="new-webhook-title" style={{ marginTop: 0 }}>Add a webhook</h2>
      <FormMessage state={state} />
      <Field name="url" label="URL" hint="Where Claimdesk POSTs each event: http:// or https://" state={state}>
        {(p) => <input {...p} type="url" maxLength={2000} defaultValue={valueOf(state, "url")} placeholder="https://hooks.example.org/claimdesk" />}
      </Field>
      <fieldset aria-describedby={eventErrors ? "webhook-events-error" : undefined}>
        <legend>Events</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="checkbox" name={`event.${kind}`} defaultChecked={checked(kind)} />
            {NOTIFICATION_KIND_LABELS[kind]}
          </label>
        ))}
        <div id="webhook-events-error" aria-live="polite">
          {eventErrors?.map((e) => <p className="field-error" key={e}>{e}</p>)}
        </div>
      </fieldset>
      <Field name="secret" label="Secret" hint="At least 16 characters. Each body is signed with it: X-Claimdesk-Signature: sha256=HMAC-SHA256(secret, body)." state={state}>
        {(p) => <input {...p} type="password" autoComplete="off" maxLength={200} />}
      </Field>
      <Field name="format" label="Format" state={state}>
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "format", "json")}>
            <option value="json">JSON (the event with the claim, who did it and whom it reached)</option>
            <option value="slack">Slack-compatible message ({"{"}&quot;text&quot;: …{"}"})</option>
          </select>
        )}
      </Field>
      <SubmitButton pendingText="Adding…">Add webhook</SubmitButton>
    </form>
  );
}

export function WebhookActiveForm({ webhookId, active, url }: { webhookId: number; active: boolean; url: string }) {
  const [state, action] = useActionState(setWebhookActiveAction, EMPTY_FORM_STATE);
  return (
    <form action={action}>
      {state.ok ? null : <FormMessage state={state} />}
      <input type="hidden" name="webhookId" value={webhookId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton className="secondary" pendingText="Saving…">
        {active ? "Pause" : "Resume"}<span className="sr-only"> {url}</span>
      </SubmitButton>
    </form>
  );
}

export function DeleteWebhookForm({ webhookId, url }: { webhookId: number; url: string }) {
  const [state, action] = useActionState(deleteWebhookAction, EMPTY_FORM_STATE);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Remove the webhook for ${url}? Its delivery log goes with it.`)) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="webhookId" value={webhookId} />
      <SubmitButton className="danger" pendingText="Removing…">
        Remove<span className="sr-only"> {url}</span>
      </SubmitButton>
    </form>
  );
}
