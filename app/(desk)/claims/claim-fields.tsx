"use client";
import { Field, valueOf } from "@/app/_components/field";
import { LookupPicker, type PickerOption } from "@/app/_components/lookup-picker";
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
  /** the name of the speaker `speakerId` points at, shown in the speaker picker */
  speakerName?: string | null;
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

/** A speaker chosen from outside the picker (the stale-save merge): `key` changes with each choice. */
export interface SpeakerChoice {
  option: PickerOption | null;
  key: number;
}

/**
 * The speaker as a type-ahead picker (never a menu of every speaker): it sends the chosen id as `speakerId`
 * and the text as `speakerName`, so a failed save shows the name again and a name typed without choosing
 * (or without JavaScript) is matched by the action.
 */
function SpeakerPicker({ state, initial, choice }: { state: FormState; initial: ClaimInitial; choice?: SpeakerChoice }) {
  const errors = state.errors?.speakerId ?? state.errors?.speakerName;
  const typedId = state.values ? state.values.speakerId : initial.speakerId?.toString();
  const typedName = (state.values ? state.values.speakerName : initial.speakerName) ?? "";
  const value = choice ? choice.option : typedId ? { id: Number(typedId), label: typedName } : null;
  return (
    <LookupPicker
      key={choice?.key ?? 0}
      name="speakerId"
      textName="speakerName"
      label="Speaker"
      source="speakers"
      value={value}
      defaultText={choice ? undefined : typedName}
      placeholder="No speaker: type a name to choose one"
      errors={errors ?? []}
    />
  );
}

/** The fields of a claim, shared by "Add claim" and the claim editor. Values typed survive a failed save. */
export function ClaimFields({ state, initial, speakerChoice }: { state: FormState; initial: ClaimInitial; speakerChoice?: SpeakerChoice }) {
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
          <SpeakerPicker state={state} initial={initial} choice={speakerChoice} />
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
