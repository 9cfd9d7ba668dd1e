"use client";
import { useActionState } from "react";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/web/form-state";
import { previewArticleAction } from "@/app/(desk)/articles/actions";
import { ArticleForm } from "./article-form";

/**
 * "Add from url" above the new-article form: the server fetches the page and reads it; the article form
 * below is then filled with what it found, to review and change before it is added. A new fetch
 * replaces the form's contents (the form is keyed by the preview).
 */
export function ArticleIntake() {
  // A refused fetch keeps the article read before it, and whatever was changed in the form below.
  const [state, fetchAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await previewArticleAction(previous, formData);
    return next.ok ? next : { ...next, preview: previous.preview };
  }, EMPTY_FORM_STATE);
  const preview = state.preview;
  return (
    <>
      <form action={fetchAction} noValidate className="panel" aria-labelledby="from-url-title">
        <h2 id="from-url-title" style={{ marginTop: 0 }}>Add from a web address</h2>
        <FormMessage state={state} />
        <Field name="url" label="Article address" hint="The server fetches the page and fills in the form below for you to check" state={state}>
          {(p) => <input {...p} type="url" inputMode="url" placeholder="https://" defaultValue={valueOf(state, "url")} maxLength={2000} required />}
        </Field>
        <SubmitButton pendingText="Fetching…">Fetch the article</SubmitButton>
      </form>
      <ArticleForm key={preview ? `${preview.url}\n${preview.body.length}\n${preview.title}` : "blank"} initial={preview} />
    </>
  );
}
