"use client";
import { useActionState, useEffect, useRef } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import Link from "next/link";
import { FormMessage } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { createClaimAction } from "@/app/(desk)/claims/actions";
import { ClaimFields, type ClaimInitial } from "@/app/(desk)/claims/claim-fields";
import type { Passage } from "./article-reader";

/** "Add claim" for a passage of the article, prefilled with the excerpt and its offsets (or with a suggestion to edit). */
export function AddClaimPanel({
  passage,
  initial,
  suggestionId,
  onClose,
}: {
  passage: Passage;
  initial: ClaimInitial;
  suggestionId?: number;
  onClose: () => void;
}) {
  const [state, action] = useActionState(createClaimAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  const panel = useRef<HTMLElement>(null);
  // Opening the panel takes the focus to the statement, so a keyboard user can write the claim at once.
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>("textarea[name='statement']")?.focus();
  }, []);
  function closeOnEscape(event: React.KeyboardEvent) {
    // An Escape a control already used (closing the speaker picker's list) does not close the panel.
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  }
  return (
    <section className="panel" aria-labelledby="add-claim-title" ref={panel} onKeyDown={closeOnEscape}>
      <div className="page-head" style={{ marginBottom: "0.5rem" }}>
        <h2 id="add-claim-title" style={{ margin: 0 }}>
          Add claim
        </h2>
        <button type="button" className="secondary" onClick={onClose} aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      {state.ok ? (
        <div>
          <FormMessage state={state} />
          <p>
            <Link href="/claims">See all claims</Link> or select another passage.
          </p>
        </div>
      ) : (
        <form action={action} key={formKey} noValidate>
          <FormMessage state={state} />
          <p className="muted small">
            Characters {passage.start}–{passage.end} of the article.
          </p>
          <input type="hidden" name="stay" value="1" />
          {suggestionId !== undefined && <input type="hidden" name="suggestionId" value={suggestionId} />}
          <ClaimFields state={state} initial={initial} />
          <SubmitButton>Add claim</SubmitButton>
        </form>
      )}
    </section>
  );
}
