"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/web/form-state";
import type { RatingListItem } from "@/lib/data/ratings";
import { changeRatingAction, createRatingAction, updateRatingAction } from "./actions";

type RatingValues = Pick<RatingListItem, "name" | "order" | "colour" | "description" | "reviewValue">;

const REVIEW_VALUES = [
  ["5", "5 (best)"],
  ["4", "4"],
  ["3", "3"],
  ["2", "2"],
  ["1", "1 (worst)"],
] as const;

function RatingFields({ state, rating }: { state: FormState; rating: Partial<RatingValues> }) {
  return (
    <>
      <Field name="name" label="Name" state={state}>{(p) => <input {...p} maxLength={60} defaultValue={valueOf(state, "name", rating.name)} />}</Field>
      <div className="row">
        <Field name="order" label="Order" hint="1 is listed first" state={state}>
          {(p) => <input {...p} inputMode="numeric" defaultValue={valueOf(state, "order", rating.order)} />}
        </Field>
        <Field name="colour" label="Colour" hint="#rrggbb, light enough for dark text" state={state}>
          {(p) => <input {...p} spellCheck={false} defaultValue={valueOf(state, "colour", rating.colour)} />}
        </Field>
      </div>
      <Field name="reviewValue" label="ClaimReview value" hint="schema.org ratingValue; none for labels outside the scale" state={state}>
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "reviewValue", rating.reviewValue)}>
            <option value="">None (outside the scale)</option>
            {REVIEW_VALUES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        )}
      </Field>
      <Field name="description" label="Description" state={state}>
        {(p) => <textarea {...p} maxLength={500} rows={2} defaultValue={valueOf(state, "description", rating.description)} />}
      </Field>
    </>
  );
}

export function NewRatingForm({ nextOrder }: { nextOrder: number }) {
  const [state, action] = useActionState(createRatingAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate aria-labelledby="new-rating-title">
      <h3 id="new-rating-title" style={{ marginTop: 0 }}>Add a rating</h3>
      <FormMessage state={state} />
      <RatingFields state={state} rating={{ order: nextOrder, colour: "#e4e7eb" }} />
      <SubmitButton>Add rating</SubmitButton>
    </form>
  );
}

export function EditRatingForm({ rating }: { rating: RatingListItem }) {
  const [state, action] = useActionState(updateRatingAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  // The details element sits outside the keyed form, so it stays open while the form remounts.
  return (
    <details>
      <summary>Edit<span className="sr-only"> {rating.name}</span></summary>
      <form action={action} key={formKey} noValidate aria-label={`Edit ${rating.name}`} style={{ minWidth: "18rem", marginTop: "0.5rem" }}>
        <FormMessage state={state} />
        <input type="hidden" name="ratingId" value={rating.id} />
        <RatingFields state={state} rating={rating} />
        <SubmitButton>Save</SubmitButton>
      </form>
    </details>
  );
}

function IntentButton({ intent, label, name, className }: { intent: string; label: string; name: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} aria-disabled={pending} className={className} aria-label={`${label} ${name}`}>
      {label}
    </button>
  );
}

/** Retire or restore a rating, or delete it (after a confirmation); one message for whichever was done last. */
export function RatingStateForm({ rating }: { rating: RatingListItem }) {
  const [state, action] = useActionState(changeRatingAction, EMPTY_FORM_STATE);
  return (
    <form
      action={action}
      className="actions"
      aria-label={`Retire, restore or delete ${rating.name}`}
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.value === "delete" && !window.confirm(`Delete the rating “${rating.name}”? This cannot be undone.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="ratingId" value={rating.id} />
      {rating.retired ? (
        <IntentButton intent="restore" label="Restore" name={rating.name} className="secondary" />
      ) : (
        <IntentButton intent="retire" label="Retire" name={rating.name} className="secondary" />
      )}
      <IntentButton intent="delete" label="Delete" name={rating.name} className="danger" />
      <span role={state.message ? (state.ok ? "status" : "alert") : undefined} aria-live="polite" className={state.ok ? "small" : "field-error"}>
        {state.message}
      </span>
    </form>
  );
}
