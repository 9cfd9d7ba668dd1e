"use client";
import { useActionState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFormKey } from "@/app/_components/use-form-key";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { updateOrganizationAction, updatePublishingAction } from "./actions";

export function OrganizationForm({ name, url }: { name: string; url: string }) {
  const [state, action] = useActionState(updateOrganizationAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} aria-labelledby="organization-title">
      <h2 id="organization-title" style={{ marginTop: 0 }}>Organisation</h2>
      <FormMessage state={state} />
      <Field name="organizationName" label="Organisation name" state={state} hint="Named as the author of every fact-check; required for ClaimReview.">
        {(props) => <input {...props} type="text" required maxLength={120} defaultValue={valueOf(state, "organizationName", name)} />}
      </Field>
      <Field name="organizationUrl" label="Organisation web address" state={state} hint="Optional, e.g. https://factcheck.example.org">
        {(props) => <input {...props} type="url" maxLength={2000} defaultValue={valueOf(state, "organizationUrl", url)} />}
      </Field>
      <SubmitButton>Save organisation</SubmitButton>
    </form>
  );
}

export function PublishingForm({ enabled }: { enabled: boolean }) {
  const [state, action] = useActionState(updatePublishingAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  // An unchecked box is not sent: after a failed save, the absence of the value means "off".
  const checked = state.values ? state.values.publishingEnabled === "true" : enabled;
  return (
    <form action={action} key={formKey} aria-labelledby="publishing-title">
      <h2 id="publishing-title" style={{ marginTop: 0 }}>Public fact-check pages</h2>
      <FormMessage state={state} />
      <div className="field">
        <label style={{ display: "flex", gap: "0.5rem", alignItems: "center" }}>
          <input type="checkbox" name="publishingEnabled" value="true" defaultChecked={checked} aria-describedby="publishing-hint" />
          Publish fact-check pages
        </label>
        <p id="publishing-hint" className="hint small muted" style={{ margin: 0 }}>
          Every published verdict gets a page anyone can read without signing in, at the address its ClaimReview record names.
          While this is off, those addresses answer “not found”.
        </p>
      </div>
      <SubmitButton>Save publishing</SubmitButton>
    </form>
  );
}
