"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { createArticleAction } from "@/app/(desk)/articles/actions";
import { ArticleSourceFields } from "@/app/(desk)/articles/article-source-fields";

export function ArticleForm() {
  const [state, action] = useActionState(createArticleAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate className="panel">
      <FormMessage state={state} />
      <Field name="title" label="Title" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "title")} maxLength={300} required />}
      </Field>
      <ArticleSourceFields state={state} />
      <Field name="body" label="Article text" hint="Paste the full text; claims are marked by their position in it" state={state}>
        {(p) => <textarea {...p} rows={16} defaultValue={valueOf(state, "body")} required />}
      </Field>
      <SubmitButton>Add article</SubmitButton>
    </form>
  );
}
