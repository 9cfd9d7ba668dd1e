/** What a form action answers its form with. */
import type { FieldErrors } from "@/lib/validation/common";

/** What a form action returns to its form: a message, errors by field, and what the person typed. */
export interface FormState {
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  ok?: boolean;
}

export const EMPTY_FORM_STATE: FormState = {};
