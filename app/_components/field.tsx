import { useId } from "react";
import type { FormState } from "@/lib/web/form-state";

interface FieldProps {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
}

/** A labelled form control with its error message tied to it for screen readers. */
export function Field({ name, label, state, hint, children }: FieldProps) {
  // Unique per form instance: several forms on one page may share field names.
  const id = `${useId()}${name}`;
  const errors = state.errors?.[name];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {children({ id, name, "aria-invalid": Boolean(errors), "aria-describedby": describedBy })}
      <div id={errorId} aria-live="polite">
        {errors?.map((error) => (
          <p className="field-error" key={error}>
            {error}
          </p>
        ))}
      </div>
    </div>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <div aria-live="polite" />;
  return (
    <div role={state.ok ? "status" : "alert"} className={`form-message ${state.ok ? "ok" : "error"}`}>
      {state.message}
    </div>
  );
}

/** The value to show in a field: what was typed last, else the record's value. */
export function valueOf(state: FormState, name: string, fallback: string | number | null | undefined = ""): string {
  return state.values?.[name] ?? (fallback == null ? "" : String(fallback));
}
