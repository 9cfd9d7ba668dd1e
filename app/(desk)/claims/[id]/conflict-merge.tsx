"use client";
import { ATTRIBUTION_LABELS, QUALIFIER_OPTION_LABELS, type Attribution, type Qualifier } from "@/lib/figures/vocabulary";
import { conflictingFields, type MergeableClaimField } from "@/lib/web/claim-form-values";
import type { PickerOption } from "@/app/_components/lookup-picker";

const FIELD_LABELS: Record<MergeableClaimField, string> = {
  statement: "Statement",
  speakerId: "Speaker",
  attribution: "Attribution",
  qualifier: "Qualifier",
  value: "Value",
  low: "Low bound",
  high: "High bound",
  unit: "Unit (what is counted)",
  asOf: "As of",
};

/** A value as the person reads it; a speaker by the name that came with the values (`speakerName`). */
function shown(field: MergeableClaimField, values: Record<string, string>): string {
  const value = values[field];
  if (!value) return "empty";
  if (field === "speakerId") return values.speakerName || "an unknown speaker";
  if (field === "attribution") return ATTRIBUTION_LABELS[value as Attribution] ?? value;
  if (field === "qualifier") return QUALIFIER_OPTION_LABELS[value as Qualifier] ?? value;
  return value;
}

/**
 * After a stale save: the claim as saved now beside what the person typed, field by field. Choosing a side
 * writes that value into the form's own field, so the form stays the one place to edit before saving again
 * (the speaker picker through `onSpeaker`).
 */
export function ConflictMerge({
  mine,
  current,
  onSpeaker,
}: {
  mine: Record<string, string>;
  current: Record<string, string>;
  onSpeaker: (option: PickerOption | null) => void;
}) {
  const fields = conflictingFields(mine, current);
  function take(event: React.ChangeEvent<HTMLInputElement>, field: MergeableClaimField, values: Record<string, string>) {
    const value = values[field] ?? "";
    if (field === "speakerId") return onSpeaker(value ? { id: Number(value), label: values.speakerName ?? "" } : null);
    const control = event.currentTarget.form?.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${field}"]`);
    if (control) control.value = value;
  }
  return (
    <section className="conflict panel" aria-labelledby="conflict-title">
      <h3 id="conflict-title" style={{ marginTop: 0 }}>Your input and the claim as saved now</h3>
      {fields.length === 0 ? (
        <p>Your input agrees with the saved claim on every field. Save again to keep it.</p>
      ) : (
        <p className="small">For each field, keep yours or take the saved value; the form below follows your choice. Then save again: it is saved on top of the current version.</p>
      )}
      {fields.map((field) => (
        <fieldset key={field} className="conflict-field">
          <legend>{FIELD_LABELS[field]}</legend>
          <label>
            <input type="radio" name={`keep-${field}`} value="mine" defaultChecked onChange={(e) => take(e, field, mine)} /> Yours:{" "}
            <strong>{shown(field, mine)}</strong>
          </label>
          <label>
            <input type="radio" name={`keep-${field}`} value="current" onChange={(e) => take(e, field, current)} /> Saved now:{" "}
            <strong>{shown(field, current)}</strong>
          </label>
        </fieldset>
      ))}
    </section>
  );
}
