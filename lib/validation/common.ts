/** Building blocks of the zod schemas (text, ids, numbers, dates from form strings) and field errors. */
import { z } from "zod";
import { cutText } from "@/lib/platform/text";

/** Form fields arrive as strings; an empty or blank one means "not given". */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/**
 * Text must be well-formed Unicode: a lone UTF-16 surrogate (which JSON's "\ud800" escapes can carry) is
 * not a character, cannot be stored as UTF-8, and is refused here with the field's name.
 */
export const isWellFormedText = (value: string) => value.isWellFormed();
const brokenCharacter = (label: string) => `${label} contains a broken character (an unpaired UTF-16 surrogate). Retype or paste it again.`;

/** A string field with no broken characters: the base of every text schema. */
export const zString = (label: string, options?: Parameters<typeof z.string>[0]) =>
  z.string(options).refine(isWellFormedText, brokenCharacter(label));

export const zText = (label: string, max: number) =>
  zString(label, { error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const zOptionalText = (label: string, max: number) =>
  z.preprocess(blankToUndefined, zString(label).trim().max(max, `${label} must be at most ${max} characters.`).optional());

export { cutText };

export const zOptionalUrl = (label = "URL") =>
  z.preprocess(
    blankToUndefined,
    zString(label)
      .trim()
      .max(2000, `${label} must be at most 2000 characters.`)
      .refine((value) => {
        try {
          const url = new URL(value);
          return url.protocol === "http:" || url.protocol === "https:";
        } catch {
          return false;
        }
      }, `${label} must be a web address starting with http:// or https://.`)
      .meta({ format: "uri", description: "An http:// or https:// address" })
      .optional(),
  );

export const zOptionalNumber = (label: string) =>
  z.preprocess(
    (value) => {
      const blank = blankToUndefined(value);
      return typeof blank === "string" ? Number(blank.replace(/,/g, "")) : blank;
    },
    z
      .number({ error: `${label} must be a number.` })
      .finite(`${label} must be a number.`)
      .min(-1e15, `${label} is too small.`)
      .max(1e15, `${label} is too large.`)
      .optional(),
  );

export const zOptionalId = (label: string) =>
  z.preprocess(
    (value) => {
      const blank = blankToUndefined(value);
      return typeof blank === "string" ? Number(blank) : blank;
    },
    z.number({ error: `${label} is not valid.` }).int(`${label} is not valid.`).positive(`${label} is not valid.`).optional(),
  );

/** A whole number from 0 (a character offset), blank meaning "not given". */
export const zOptionalOffset = (label: string) =>
  z.preprocess(
    (value) => {
      const blank = blankToUndefined(value);
      return typeof blank === "string" ? Number(blank) : blank;
    },
    z
      .number({ error: `${label} must be a number.` })
      .int(`${label} must be a whole number.`)
      .min(0, `${label} must be 0 or more.`)
      .max(1e9, `${label} is too large.`)
      .optional(),
  );

/** A calendar date typed as YYYY-MM-DD (what `<input type="date">` sends), as a UTC Date. */
export const zOptionalDate = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`)
      .meta({ format: "date" })
      .transform((value, ctx) => {
        const date = new Date(`${value}T00:00:00.000Z`);
        if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
          ctx.addIssue({ code: "custom", message: `${label} is not a real date.` });
          return z.NEVER;
        }
        return date;
      })
      .optional(),
  );

export const zEnum = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `Choose a valid ${label.toLowerCase()}.` });

/** Field errors keyed by field name, as forms and the API return them. */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** FormData as a plain object of strings (the last value wins for repeated names). */
export function formDataObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") out[key] = value;
  return out;
}
