import type { z } from "zod";
import { AppError } from "@/lib/platform/errors";
import { fieldErrorsOf } from "@/lib/validation/common";

/** A route's query string checked against a schema; a bad value is a 422 naming the parameter, never a 500. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("invalid", "Some query parameters are not valid.", { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}
