/** Server actions' plumbing: session, zod parsing and one data call, with failures as form state. */
import "server-only";
import type { z } from "zod";
import { toAppError } from "@/lib/platform/errors";
import { actorOrThrow, type Actor } from "@/lib/platform/session";
import { fieldErrorsOf, formDataObject } from "@/lib/validation/common";
import type { FormState } from "@/lib/web/form-state";

/**
 * The shape of every form action: check the session, parse the form with its zod schema, run one data
 * function. Failures come back as a FormState that keeps the typed values; success as `{ result }`.
 */
export async function runFormAction<S extends z.ZodType, R>(
  formData: FormData,
  schema: S,
  run: (actor: Actor, input: z.infer<S>) => Promise<R>,
): Promise<{ state: FormState } | { result: R }> {
  const values = formDataObject(formData);
  try {
    const actor = await actorOrThrow();
    const parsed = schema.safeParse(values);
    if (!parsed.success)
      return { state: { values, errors: fieldErrorsOf(parsed.error), message: "Please correct the highlighted fields. Nothing was saved.", code: "invalid" } };
    return { result: await run(actor, parsed.data) };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal") console.error(error);
    return { state: { values, errors: appError.fields, message: appError.userMessage, code: appError.code } };
  }
}
