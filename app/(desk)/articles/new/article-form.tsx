"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useFormKey } from "@/app/_components/use-form-key";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { createArticleAction } from "@/app/(desk)/articles/actions";
import { ArticleSourceFields } from "@/app/(desk)/articles/article-source-fields";

/** The new-article form; `initial` holds the fields read from a web page ("Add from url"), to review and change. */
export function ArticleForm({ initial }: { initial?: Record<string, string> }) {
  const [saved, action] = useActionState(createArticleAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(saved);
  // Until the form is sent, what was read from the page fills it; afterwards, what the person sent.
  const state = saved.values || !initial ? saved : { ...saved, values: initial };
  return (
    <form action={action} key={formKey} noValidate className="panel" aria-labelledby="article-form-title">
      <h2 id="article-form-title" style={{ marginTop: 0 }}>{initial ? "Review the article" : "Article"}</h2>
      <FormMessage state={saved} />
      <Field name="title" label="Title" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "title")} maxLength={300} required />}
      </Field>
      <ArticleSourceFields state={state} />
      <Field name="byline" label="Byline" hint="Optional; who wrote it" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "byline")} maxLength={200} />}
      </Field>
      <Field name="body" label="Article text" hint="Paste the full text; claims are marked by their position in it" state={state}>
        {(p) => <textarea {...p} rows={16} defaultValue={valueOf(state, "body")} required />}
      </Field>
      {state.duplicates && state.duplicates.length > 0 && (
        <section className="form-message error" aria-labelledby="duplicate-title">
          <h2 id="duplicate-title" style={{ margin: "0 0 0.3rem", fontSize: "1rem" }}>Already on the desk?</h2>
          <ul style={{ margin: "0 0 0.5rem", paddingLeft: "1.2rem" }}>
            {state.duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/articles/${d.id}`}>{d.title}</Link> <span className="small">({d.reason})</span>
              </li>
            ))}
          </ul>
          <button type="submit" name="saveAnyway" value="1" className="secondary">Add it anyway</button>
        </section>
      )}
      <SubmitButton>Add article</SubmitButton>
    </form>
  );
}
