"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Field, FormMessage, valueOf } from "@/app/_components/field";
import type { FormState } from "@/lib/web/form-state";
import { fileProblem, postForm } from "./post-form";
import { ArticleSourceFields } from "@/app/(desk)/articles/article-source-fields";

const MAX_BYTES = 6 * 1024 * 1024;

/** An article from a .txt, .md or .html file; on success, its page, with the claims found in it. */
export function ArticleFileImport() {
  const router = useRouter();
  const [state, setState] = useState<FormState>({});
  const [pending, setPending] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
    const problem = fileProblem(data.get("file"), /\.(txt|md|markdown|html?)$/i, ".txt, .md or .html", MAX_BYTES, "6 MB");
    if (problem) {
      setState({ message: `${problem} Nothing was imported.`, errors: { file: [problem] }, values });
      return setFormKey((k) => k + 1);
    }
    setPending(true);
    setState({});
    const answer = await postForm<{ article: { id: number } }>("/imports/article-file", data);
    if (answer.ok) return router.push(`/articles/${answer.body.article.id}`);
    setPending(false);
    setState({ ...answer.state, values });
    setFormKey((k) => k + 1);
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <Field name="file" label="Article file" hint=".txt, .md or .html, up to 6 MB; web pages are reduced to plain text" state={state}>
        {(p) => <input {...p} type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" />}
      </Field>
      <Field name="title" label="Title" hint="Leave empty to use the file's first line, # heading or <title>" state={state}>
        {(p) => <input {...p} defaultValue={valueOf(state, "title")} maxLength={300} />}
      </Field>
      <ArticleSourceFields state={state} />
      <button type="submit" disabled={pending}>{pending ? "Importing…" : "Import article"}</button>
    </form>
  );
}
