"use client";
import { ATTRIBUTION_LABELS, QUALIFIER_OPTION_LABELS, type Attribution, type Qualifier } from "@/lib/figures/vocabulary";
import { conflictingFields, type MergeableClaimField } from "@/lib/web/claim-form-values";
import type { SpeakerOption } from "@/app/(desk)/claims/claim-fields";

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

function shown(field: MergeableClaimField, value: string | undefined, speakers: SpeakerOption[]): string {
  if (!value) return "empty";
  if (field === "speakerId") return speakers.find((s) => String(s.id) === value)?.name ?? "an unknown speaker";
  if (field === "attribution") return ATTRIBUTION_LABELS[value as Attribution] ?? value;
  if (field === "qualifier") return QUALIFIER_OPTION_LABELS[value as Qualifier] ?? value;
  return value;
}

/**
 * After a stale save: the claim as saved now beside what the person typed, field by field. Choosing a side
 * writes that value into the form's own field, so the form stays the one place to edit before saving again.
 */
export function ConflictMerge({ mine, current, speakers }: { mine: Record<string, string>; current: Record<string, string>; speakers: SpeakerOption[] }) {
  const fields = conflictingFields(mine, current);
  function take(event: React.ChangeEvent<HTMLInputElement>, field: MergeableClaimField, value: string) {
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
            <input type="radio" name={`keep-${field}`} value="mine" defaultChecked onChange={(e) => take(e, field, mine[field] ?? "")} /> Yours:{" "}
            <strong>{shown(field, mine[field], speakers)}</strong>
          </label>
          <label>
            <input type="radio" name={`keep-${field}`} value="current" onChange={(e) => take(e, field, current[field] ?? "")} /> Saved now:{" "}
            <strong>{shown(field, current[field], speakers)}</strong>
          </label>
        </fieldset>
      ))}
    </section>
  );
}
