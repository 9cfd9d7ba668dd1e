"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Field, FormMessage } from "@/app/_components/field";
import type { FormState } from "@/lib/web/form-state";
import type { ClaimReviewImport } from "@/lib/data/external-fact-checks";
import { followJob, postForm, type JobState } from "./post-form";
import { JobProgress } from "./job-progress";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Other fact-checkers' ClaimReview JSON-LD, from a file or pasted. */
export function ClaimReviewImportForm() {
  const router = useRouter();
  const [state, setState] = useState<FormState>({});
  const [itemErrors, setItemErrors] = useState<{ item: number; message: string }[]>([]);
  const [pending, setPending] = useState(false);
  const [job, setJob] = useState<JobState | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const values = { text: String(data.get("text") ?? "") };
    setPending(true);
    setState({});
    setItemErrors([]);
    const answer = await postForm<{ job: JobState<ClaimReviewImport> }>("/imports/claim-reviews", data);
    const ended = answer.ok ? (setJob(answer.body.job), await followJob(answer.body.job, setJob)) : { state: { ...answer.state, values } };
    setPending(false);
    setJob(null);
    if ("state" in ended) return setState(ended.state);
    const result = ended.job.result;
    if (ended.job.status === "failed" || !result) return setState({ message: ended.job.error ?? "The import failed. Nothing was imported.", values });
    if (!result.ok) {
      setItemErrors(result.errors);
      return setState({ message: "Some fact-checks are not valid. Nothing was imported.", values });
    }
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
      {job && <JobProgress job={job} label="Importing fact-checks" />}
      <button type="submit" disabled={pending}>{pending ? "Importing…" : "Import fact-checks"}</button>
    </form>
  );
}
