"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Field, FormMessage } from "@/app/_components/field";
import type { FormState } from "@/lib/web/form-state";
import type { ClaimReviewImport } from "@/lib/data/external-fact-checks";
import { postForm } from "./post-form";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Other fact-checkers' ClaimReview JSON-LD, from a file or pasted. */
export function ClaimReviewImportForm() {
  const router = useRouter();
  const [state, setState] = useState<FormState>({});
  const [itemErrors, setItemErrors] = useState<{ item: number; message: string }[]>([]);
  const [pending, setPending] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    setPending(true);
    setState({});
    setItemErrors([]);
    const answer = await postForm<{ result?: ClaimReviewImport }>("/imports/claim-reviews", data);
    setPending(false);
    const result = answer.body?.result;
    if (result && !result.ok) {
      setItemErrors(result.errors);
      return setState({ message: "Some fact-checks are not valid. Nothing was imported.", values: { text: String(data.get("text") ?? "") } });
    }
    if (!answer.ok || !result) return setState(answer.ok ? { message: "Unexpected answer." } : { ...answer.state, values: { text: String(data.get("text") ?? "") } });
    setState({
      ok: true,
      message: `${plural(result.created + result.updated, "fact-check", "fact-checks")} imported: ${result.created} new, ${result.updated} updated; ${result.linked} linked to a claim.`,
    });
    setFormKey((k) => k + 1);
    router.refresh();
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate aria-busy={pending}>
      <FormMessage state={state} />
      {itemErrors.length > 0 && (
        <ul className="field-error" aria-label="Fact-check errors">
          {itemErrors.map((e, i) => (
            <li key={i}>{e.item ? `Item ${e.item}: ${e.message}` : e.message}</li>
          ))}
        </ul>
      )}
      <Field name="file" label="JSON-LD file" hint=".json or .jsonld, up to 2 MB" state={state}>
        {(p) => <input {...p} type="file" accept=".json,.jsonld,application/json,application/ld+json" />}
      </Field>
      <Field name="text" label="Or paste ClaimReview JSON-LD" hint="One ClaimReview, an array, or a @graph" state={state}>
        {(p) => <textarea {...p} rows={8} defaultValue={state.values?.text ?? ""} spellCheck={false} />}
      </Field>
      <button type="submit" disabled={pending}>{pending ? "Importing…" : "Import fact-checks"}</button>
    </form>
  );
}
