import type { FormState } from "@/lib/web/form-state";

export type Posted<T> = { ok: true; status: number; body: T } | { ok: false; status: number; body: T | null; state: FormState };

/** Posts a form to one of the import routes and reads its JSON answer, or the API's error shape. */
export async function postForm<T>(url: string, data: FormData): Promise<Posted<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: data });
  } catch {
    return { ok: false, status: 0, body: null, state: { message: "Could not reach the server. Nothing was imported; please try again." } };
  }
  let body: (T & { error?: { message?: string; fields?: Record<string, string[]> } }) | null = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: a proxy error page, or the sign-in redirect
  }
  if (response.ok && body) return { ok: true, status: response.status, body };
  const message = body?.error?.message ?? `The server answered ${response.status}. Nothing was imported; please try again.`;
  return { ok: false, status: response.status, body, state: { message, errors: body?.error?.fields } };
}

/** The extension check the server makes, done first so a wrong file gets its answer at once. */
export function fileProblem(file: FormDataEntryValue | null, pattern: RegExp, extensions: string, maxBytes: number, sizeLabel: string): string | null {
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return `Choose a ${extensions} file.`;
  if (!pattern.test(file.name)) return `Only ${extensions} files can be imported here.`;
  if (file.size > maxBytes) return `The file is larger than ${sizeLabel}.`;
  return null;
}

/** A background job as the job route shows it. */
export interface JobState<R = unknown> {
  id: number;
  kind: string;
  status: "queued" | "running" | "succeeded" | "failed";
  done: number;
  total: number;
  result: R | null;
  error: string | null;
}

const POLL_MS = 400;

/**
 * Follows a background job until it ends, calling `onProgress` on each change; returns the ended job, or
 * a form state when the server could not be asked.
 */
export async function followJob<R>(job: JobState<R>, onProgress: (job: JobState<R>) => void): Promise<{ job: JobState<R> } | { state: FormState }> {
  let current = job;
  for (;;) {
    if (current.status === "succeeded" || current.status === "failed") return { job: current };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    let response: Response;
    try {
      response = await fetch(`/imports/jobs/${current.id}`, { cache: "no-store" });
    } catch {
      continue; // a moment's network trouble: ask again
    }
    const body = (await response.json().catch(() => null)) as { job?: JobState<R>; error?: { message?: string } } | null;
    if (!response.ok || !body?.job) return { state: { message: body?.error?.message ?? `The server answered ${response.status} about the import.` } };
    current = body.job;
    onProgress(current);
  }
}
