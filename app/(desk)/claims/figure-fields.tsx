"use client";
import { useId, useRef, useState } from "react";
import { Field, valueOf } from "@/app/_components/field";
import { parseQuantity } from "@/lib/extraction/quantity/parser";
import { formatFigure } from "@/lib/figures/figure";
import type { FormState } from "@/lib/web/form-state";
import type { ClaimInitial } from "./claim-fields";

/** The structured figure of a claim: qualifier, value, interval, what is counted and when. */
export function FigureFields({
  state,
  initial,
  qualifiers,
}: {
  state: FormState;
  initial: ClaimInitial;
  qualifiers: { value: string; label: string }[];
}) {
  const v = (name: keyof ClaimInitial) => valueOf(state, name, initial[name] as string | number | null | undefined);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const uid = useId();
  const [reading, setReading] = useState("");

  /** Fills the structured fields from a phrase as written: "nearly 20,000 civilians". */
  function readFigure(phrase: string) {
    const quantity = parseQuantity(phrase);
    if (!quantity) {
      setReading(phrase.trim() ? "No figure recognised yet." : "");
      return;
    }
    const set = (name: string, value: string | number | null) => {
      const input = fieldset.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
      if (input) input.value = value == null ? "" : String(value);
    };
    set("qualifier", quantity.qualifier);
    set("value", quantity.value);
    set("low", quantity.low);
    set("high", quantity.high);
    set("unit", quantity.unit);
    setReading(`Read as: ${formatFigure(quantity)}`);
  }

  return (
    <fieldset ref={fieldset}>
      <legend>Figure (for claims about numbers)</legend>
      <div className="field">
        <label htmlFor={`${uid}-figure-text`}>Figure as written</label>
        <span className="hint" id={`${uid}-figure-hint`}>Type it as the article says it, e.g. “nearly 20,000 civilians”, to fill the fields below</span>
        <input
          id={`${uid}-figure-text`}
          aria-describedby={`${uid}-figure-hint ${uid}-figure-reading`}
          onChange={(event) => readFigure(event.target.value)}
          autoComplete="off"
        />
        <p id={`${uid}-figure-reading`} className="small muted" aria-live="polite" style={{ margin: "0.2rem 0 0" }}>
          {reading}
        </p>
      </div>
      <div className="row">
        <Field name="qualifier" label="Qualifier" state={state}>
          {(p) => (
            <select {...p} defaultValue={v("qualifier")}>
              <option value="">None (not a figure)</option>
              {qualifiers.map((q) => (
                <option key={q.value} value={q.value}>
                  {q.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="value" label="Value" state={state}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={v("value")} />}
        </Field>
        <Field name="unit" label="Unit (what is counted)" state={state}>
          {(p) => <input {...p} defaultValue={v("unit")} maxLength={80} placeholder="e.g. civilian" />}
        </Field>
      </div>
      <div className="row">
        <Field name="low" label="Low bound" state={state}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={v("low")} />}
        </Field>
        <Field name="high" label="High bound" state={state}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={v("high")} />}
        </Field>
        <Field name="asOf" label="As of" state={state}>
          {(p) => <input {...p} type="date" defaultValue={v("asOf")} />}
        </Field>
      </div>
    </fieldset>
  );
}
