"use client";
import { Field, valueOf } from "@/app/_components/field";
import type { FormState } from "@/lib/web/form-state";
import { ATTRIBUTIONS, ATTRIBUTION_LABELS, QUALIFIERS, QUALIFIER_OPTION_LABELS, SPEAKER_KINDS } from "@/lib/figures/vocabulary";
import { FigureFields } from "./figure-fields";

export interface ClaimInitial {
  articleId?: number | null;
  excerpt?: string | null;
  start?: number | null;
  end?: number | null;
  statement?: string | null;
  speakerId?: number | null;
  newSpeakerName?: string | null;
  newSpeakerDescription?: string | null;
  attribution?: string | null;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier?: string | null;
  unit?: string | null;
  asOf?: string | null;
}

export interface SpeakerOption {
  id: number;
  name: string;
  kind: string;
}

/** The fields of a claim, shared by "Add claim" and the claim editor. Values typed survive a failed save. */
export function ClaimFields({ state, initial, speakers }: { state: FormState; initial: ClaimInitial; speakers: SpeakerOption[] }) {
  const v = (name: keyof ClaimInitial) => valueOf(state, name, initial[name] as string | number | null | undefined);
  return (
    <>
      <input type="hidden" name="articleId" value={v("articleId")} />
      <input type="hidden" name="start" value={v("start")} />
      <input type="hidden" name="end" value={v("end")} />
      {initial.excerpt != null && (
        <Field name="excerpt" label="Excerpt from the article" hint="Exactly as it stands in the text" state={state}>
          {(p) => <textarea {...p} readOnly rows={3} value={v("excerpt")} />}
        </Field>
      )}
      <Field name="statement" label="Statement" hint="The claim as a sentence that can be checked" state={state}>
        {(p) => <textarea {...p} rows={3} defaultValue={v("statement")} maxLength={2000} required />}
      </Field>
      <fieldset>
        <legend>Who said it</legend>
        <div className="row">
          <Field name="speakerId" label="Speaker" state={state}>
            {(p) => (
              <select {...p} defaultValue={v("speakerId")}>
                <option value="">No speaker / new speaker</option>
                {speakers.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({s.kind === "organization" ? "organisation" : "person"})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="attribution" label="Attribution" state={state}>
            {(p) => (
              <select {...p} defaultValue={v("attribution") || "unattributed"}>
                {ATTRIBUTIONS.map((a) => (
                  <option key={a} value={a}>
                    {ATTRIBUTION_LABELS[a]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="row">
          <Field name="newSpeakerName" label="…or a new speaker" hint="Name" state={state}>
            {(p) => <input {...p} defaultValue={v("newSpeakerName")} maxLength={200} />}
          </Field>
          <Field name="newSpeakerKind" label="Kind" state={state}>
            {(p) => (
              <select {...p} defaultValue={valueOf(state, "newSpeakerKind", "person")}>
                {SPEAKER_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k === "person" ? "Person" : "Organization"}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field name="newSpeakerDescription" label="New speaker's description" hint='e.g. "spokesman for the Syrian Democratic Forces"' state={state}>
          {(p) => <input {...p} defaultValue={v("newSpeakerDescription")} maxLength={500} />}
        </Field>
      </fieldset>
      <FigureFields state={state} initial={initial} qualifiers={QUALIFIERS.map((q) => ({ value: q, label: QUALIFIER_OPTION_LABELS[q] }))} />
    </>
  );
}
