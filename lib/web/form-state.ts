/** What a form action answers its form with. */
import type { FieldErrors } from "@/lib/validation/common";
import type { AppErrorCode } from "@/lib/platform/errors";

/** What a form action returns to its form: a message, errors by field, and what the person typed. */
export interface FormState {
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  ok?: boolean;
  /** the refusal's code, so a form can react to a kind of failure (never to its wording) */
  code?: AppErrorCode;
  /** after a stale save: the record as it is saved now, as form values, and the version to save against */
  conflict?: { version: number; values: Record<string, string> };
  /** a new article that looks like one already on the desk */
  duplicates?: { id: number; title: string; reason: string }[];
  /** "Add from url": the fields read from the page, as form values for review */
  preview?: Record<string, string>;
}

export const EMPTY_FORM_STATE: FormState = {};
