"use client";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Field, FormMessage } from "@/app/_components/field";
import type { FormState } from "@/lib/web/form-state";
import type { ClaimCsvImport, ClaimCsvPreview } from "@/lib/data/imports";
import { fileProblem, followJob, postForm, type JobState } from "./post-form";
import { JobProgress } from "./job-progress";
import { CsvErrorTable, CsvPreviewTable } from "./claim-csv-tables";

const MAX_BYTES = 5 * 1024 * 1024;
const ENDPOINT = "/imports/claims-csv";
const summary = (newCount: number, existing: number, repeated: number) =>
  `${newCount} new, ${existing} already imported${repeated ? `, ${repeated} repeated in the file` : ""}`;

/**
 * Preview, then import. The import sends the same file again and the server checks it afresh; the
 * preview is only what the person looks at, never what is saved. Both run as background jobs on the
 * server; the form follows the job and shows its progress.
 */
export function ClaimCsvImport() {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<FormState>({});
  const [preview, setPreview] = useState<ClaimCsvPreview | null>(null);
  const [pending, setPending] = useState(false);
  const [job, setJob] = useState<JobState | null>(null);

  async function send(intent: "preview" | "import") {
    if (!form.current || pending) return;
    const data = new FormData(form.current);
    const problem = fileProblem(data.get("file"), /\.csv$/i, ".csv", MAX_BYTES, "5 MB");
    if (problem) return setState({ message: `${problem} Nothing was imported.`, errors: { file: [problem] } });
    data.set("intent", intent);
    setPending(true);
    setState({});
    const answer = await postForm<{ job: JobState }>(ENDPOINT, data);
    if (!answer.ok) {
      setPending(false);
      return setState(answer.state);
    }
    setJob(answer.body.job);
    const ended = await followJob(answer.body.job, setJob);
    setPending(false);
    setJob(null);
    if ("state" in ended) return setState(ended.state);
    if (ended.job.status === "failed") return setState({ message: ended.job.error ?? "The import failed. Nothing was imported." });
    if (intent === "preview") {
      setPreview(ended.job.result as ClaimCsvPreview);
      return setState({});
    }
    const result = ended.job.result as ClaimCsvImport;
    if (!result.ok) {
      setPreview((p) => (p ? { ...p, errors: result.errors } : null));
      return setState({ message: "Some rows are not valid. Nothing was imported." });
    }
    setPreview(null);
    setState({ ok: true, message: `Imported: ${summary(result.created, result.existing, result.repeated)}.` });
    router.refresh();
  }

  const canImport = preview && preview.errors.length === 0 && preview.newCount > 0;
  return (
    <form ref={form} noValidate aria-busy={pending} onSubmit={(e) => (e.preventDefault(), send("preview"))}>
      <FormMessage state={state} />
      <Field name="file" label="CSV file" hint="Up to 5 MB, with the columns of the report's CSV export; statement is required" state={state}>
        {(p) => <input {...p} type="file" accept=".csv,text/csv" onChange={() => (setPreview(null), setState({}))} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={pending}>{pending ? "Working…" : "Preview"}</button>
        {canImport && (
          <button type="button" disabled={pending} onClick={() => send("import")}>
            Import {preview.newCount} {preview.newCount === 1 ? "claim" : "claims"}
          </button>
        )}
      </div>
      {job && <JobProgress job={job} label={job.kind === "claims-csv-preview" ? "Checking the file" : "Importing claims"} />}
      {preview && !job && (
        <div aria-live="polite">
          <p role="status">
            {preview.total} {preview.total === 1 ? "row" : "rows"}: {summary(preview.newCount, preview.existingCount, preview.repeatedCount)}.
            {preview.errors.length > 0 && " Fix the rows below and preview again; nothing is imported while any row is invalid."}
          </p>
          {preview.errors.length > 0 ? <CsvErrorTable errors={preview.errors} /> : <CsvPreviewTable sample={preview.sample} total={preview.total} />}
        </div>
      )}
    </form>
  );
}
