"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import type { EmailPreference } from "@/lib/notify/mail-settings";
import { emailPreferenceAction } from "../actions";

export function EmailPreferenceForm({ current, email, digestHour }: { current: EmailPreference; email: string; digestHour: number }) {
  const [state, action] = useActionState(emailPreferenceAction, EMPTY_FORM_STATE);
  const chosen = state.values?.email ?? current;
  const options: { value: EmailPreference; label: string; hint: string }[] = [
    { value: "immediately", label: "Immediately", hint: "one mail per notification, as it happens" },
    { value: "digest", label: "Daily digest", hint: `one mail a day at ${String(digestHour).padStart(2, "0")}:00 UTC with the day's notifications` },
    { value: "off", label: "Off", hint: "no mail; notifications stay in the app" },
  ];
  return (
    <form action={action}>
      <FormMessage state={state} />
      <fieldset>
        <legend>Email me about my notifications ({email})</legend>
        {options.map((o) => (
          <div key={o.value} className="choice">
            <input type="radio" id={`email-${o.value}`} name="email" value={o.value} defaultChecked={chosen === o.value} aria-describedby={`email-${o.value}-hint`} />
            <label htmlFor={`email-${o.value}`}>{o.label}</label>
            <span id={`email-${o.value}-hint`} className="muted small">{o.hint}</span>
          </div>
        ))}
      </fieldset>
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
