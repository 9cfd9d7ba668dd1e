"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { updateSpeakerAction } from "@/app/(desk)/speakers/actions";

interface SpeakerValues {
  name: string;
  kind: string;
  description: string | null;
  url: string | null;
}

export function SpeakerForm({ speakerId, speaker }: { speakerId: number; speaker: SpeakerValues }) {
  const [state, action] = useActionState(updateSpeakerAction.bind(null, speakerId), EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="speaker-edit-title">
      <h2 id="speaker-edit-title" style={{ marginTop: 0 }}>Edit speaker</h2>
      <FormMessage state={state} />
      <div className="row">
        <Field name="name" label="Name" state={state}>
          {(p) => <input {...p} defaultValue={valueOf(state, "name", speaker.name)} maxLength={200} />}
        </Field>
        <Field name="kind" label="Kind" state={state}>
          {(p) => (
            <select {...p} defaultValue={valueOf(state, "kind", speaker.kind)}>
              <option value="person">Person</option>
              <option value="organization">Organization</option>
            </select>
          )}
        </Field>
      </div>
      <Field name="description" label="Description" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "description", speaker.description)} maxLength={500} />}
      </Field>
      <Field name="url" label="URL" state={state}>
        {(p) => <input {...p} type="url" defaultValue={valueOf(state, "url", speaker.url)} />}
      </Field>
      <SubmitButton>Save speaker</SubmitButton>
    </form>
  );
}
