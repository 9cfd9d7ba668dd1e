/**
 * The one error type of the app: `userMessage` is safe to show, `cause` is for logs only.
 * `code` maps to an HTTP status in route handlers and to a form message in actions.
 */
export type AppErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid" | "internal";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 422,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    options?: { cause?: unknown; fields?: Record<string, string[]> },
  ) {
    super(userMessage, { cause: options?.cause });
    this.name = "AppError";
    this.fields = options?.fields;
  }
  readonly fields?: Record<string, string[]>;
}

export const forbidden = (what = "do this") => new AppError("forbidden", `Your role does not allow you to ${what}.`);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);

/** Maps Prisma's known errors to AppError; anything else becomes an internal error with a generic message. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2002") return new AppError("conflict", "A record with the same name already exists.", { cause: error });
  if (code === "P2025") return new AppError("not_found", "The record was not found; it may have been deleted.", { cause: error });
  return new AppError("internal", "Something went wrong on our side. Nothing was saved; please try again.", { cause: error });
}
