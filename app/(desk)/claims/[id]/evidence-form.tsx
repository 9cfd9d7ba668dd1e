"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Field, FormMessage } from "@/app/_components/field";
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from "@/lib/uploads/file-type";
import type { FormState } from "@/lib/web/form-state";

type Kind = "url" | "document" | "note";
const KINDS: { value: Kind; label: string }[] = [
  { value: "url", label: "Web source" },
  { value: "document", label: "Document" },
  { value: "note", label: "Interview or call" },
];

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Attaches evidence through the API route (an action would cap uploads at 1 MB). Only the chosen
 * kind's fieldset is enabled, so only its fields are sent; the others keep what was typed in them.
 */
export function EvidenceForm({ claimId }: { claimId: number }) {
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("url");
  const [state, setState] = useState<FormState>({});
  const [pending, setPending] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (kind === "document" && file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setState({ message: "Please correct the highlighted fields. Nothing was saved.", errors: { file: ["The file is larger than 10 MB."] } });
      return;
    }
    setPending(true);
    setState({});
    try {
      const response = await fetch(`/api/v1/claims/${claimId}/evidence`, { method: "POST", body: data });
      if (response.ok) {
        setState({ ok: true, message: kind === "document" ? "Document uploaded." : "Evidence attached." });
        setFormKey((key) => key + 1);
        router.refresh();
      } else {
        setState(await errorState(response));
      }
    } catch {
      setState({ message: "Could not reach the server. Nothing was saved; please try again." });
    } finally {
      setPending(false);
    }
  }

  const section = (value: Kind) => ({ disabled: kind !== value, hidden: kind !== value, style: { border: 0, padding: 0, margin: 0 } });
  return (
    <form key={formKey} onSubmit={submit} noValidate aria-labelledby="attach-title" aria-busy={pending}>
      <h3 id="attach-title">Attach evidence</h3>
      <FormMessage state={state} />
      <fieldset>
        <legend>Kind of evidence</legend>
        <div className="actions">
          {KINDS.map((k) => (
            <label key={k.value} style={{ fontWeight: 400, display: "inline-flex", gap: "0.35rem", alignItems: "center" }}>
              <input type="radio" name="kind" value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} style={{ width: "auto" }} />
              {k.label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset {...section("url")}>
        <Field name="url" label="Source URL" state={state} hint="Claimdesk keeps an archived copy of the page's text.">
          {(p) => <input {...p} type="url" placeholder="https://" maxLength={2000} />}
        </Field>
        <Field name="title" label="Page title" state={state}>
          {(p) => <input {...p} maxLength={300} />}
        </Field>
        <div className="row">
          <Field name="publisher" label="Publisher" state={state}>
            {(p) => <input {...p} maxLength={200} />}
          </Field>
          <Field name="accessedAt" label="Date accessed" state={state}>
            {(p) => <input {...p} type="date" defaultValue={today()} />}
          </Field>
        </div>
        <Field name="notes" label="Quoted passage" state={state}>
          {(p) => <textarea {...p} rows={3} maxLength={5000} />}
        </Field>
      </fieldset>

      <fieldset {...section("document")}>
        <Field name="file" label="File" state={state} hint="PDF, PNG, JPEG or plain text, up to 10 MB.">
          {(p) => <input {...p} type="file" accept={UPLOAD_ACCEPT} />}
        </Field>
        <Field name="title" label="Document title" state={state}>
          {(p) => <input {...p} maxLength={300} />}
        </Field>
        <Field name="notes" label="Description" state={state}>
          {(p) => <textarea {...p} rows={3} maxLength={5000} />}
        </Field>
      </fieldset>

      <fieldset {...section("note")}>
        <div className="row">
          <Field name="contactName" label="Who" state={state} hint="The person spoken to, and their role.">
            {(p) => <input {...p} maxLength={200} />}
          </Field>
          <Field name="contactedAt" label="When" state={state}>
            {(p) => <input {...p} type="date" defaultValue={today()} />}
          </Field>
        </div>
        <Field name="notes" label="What was said" state={state}>
          {(p) => <textarea {...p} rows={4} maxLength={5000} />}
        </Field>
      </fieldset>

      <Field name="stance" label="Stance" state={state}>
        {(p) => (
          <select {...p} defaultValue="supports">
            <option value="supports">Supports the claim</option>
            <option value="contradicts">Contradicts the claim</option>
            <option value="context">Context</option>
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? (kind === "document" ? "Uploading…" : "Saving…") : "Attach evidence"}
      </button>
      <span className="sr-only" aria-live="polite">{pending ? (kind === "document" ? "Uploading…" : "Saving…") : ""}</span>
    </form>
  );
}

/** The API's error shape as form state; anything else (a proxy's page, a crash) as a plain message. */
async function errorState(response: Response): Promise<FormState> {
  try {
    const body = (await response.json()) as { error?: { message?: string; fields?: Record<string, string[]> } };
    if (body.error?.message) return { message: body.error.message, errors: body.error.fields };
  } catch {
    // not JSON
  }
  if (response.status === 413) return { message: "The upload is larger than 10 MB. Nothing was saved.", errors: { file: ["The file is larger than 10 MB."] } };
  return { message: `The server answered ${response.status}. Nothing was saved; please try again.` };
}
