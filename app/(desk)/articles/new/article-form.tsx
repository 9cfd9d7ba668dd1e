"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/form-state";
import { createArticleAction } from "../actions";

export function ArticleForm() {
  const [state, action] = useActionState(createArticleAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  return (
    <form action={action} key={formKey} noValidate className="panel">
      <FormMessage state={state} />
      <Field name="title" label="Title" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "title")} maxLength={300} required />}
      </Field>
      <div className="row">
        <Field name="outlet" label="Outlet" state={state}>
          {(p) => <input {...p} defaultValue={valueOf(state, "outlet")} maxLength={120} required />}
        </Field>
        <Field name="publishedAt" label="Published date" state={state}>
          {(p) => <input {...p} type="date" defaultValue={valueOf(state, "publishedAt")} />}
        </Field>
      </div>
      <Field name="url" label="Article URL" hint="Optional; http or https" state={state}>
        {(p) => <input {...p} type="url" inputMode="url" defaultValue={valueOf(state, "url")} placeholder="https://" />}
      </Field>
      <Field name="body" label="Article text" hint="Paste the full text; claims are marked by their position in it" state={state}>
        {(p) => <textarea {...p} rows={16} defaultValue={valueOf(state, "body")} required />}
      </Field>
      <SubmitButton>Add article</SubmitButton>
    </form>
  );
}
