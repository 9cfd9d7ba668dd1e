/**
 * The one error type of the app: `userMessage` is safe to show, `cause` is for logs only.
 * `code` alone decides the HTTP status in route handlers (HTTP_STATUS); actions show the message.
 */
export const APP_ERROR_CODES = [
  "bad_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "invalid",
  "busy",
  "internal",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  busy: 503,
  internal: 500,
};

export interface AppErrorOptions {
  cause?: unknown;
  /** Messages by field name, shown next to the fields. */
  fields?: Record<string, string[]>;
  /** Response headers the refusal needs, e.g. `WWW-Authenticate` on a 401. */
  headers?: Record<string, string>;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    options?: AppErrorOptions,
  ) {
    super(userMessage, { cause: options?.cause });
    this.name = "AppError";
    this.fields = options?.fields;
    this.headers = options?.headers;
  }
  readonly fields?: Record<string, string[]>;
  readonly headers?: Record<string, string>;
}

export const forbidden = (what = "do this") => new AppError("forbidden", `Your role does not allow you to ${what}.`);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);

/** Maps Prisma's known errors to AppError; anything else becomes an internal error with a generic message. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2002") return new AppError("conflict", "A record with the same name already exists.", { cause: error });
  if (code === "P2025") return new AppError("not_found", "The record was not found; it may have been deleted.", { cause: error });
  if (isBusy(error, code)) {
    return new AppError("busy", "The desk is busy saving a large import. Nothing was saved; please try again in a moment.", {
      cause: error,
      headers: { "Retry-After": "5" },
    });
  }
  return new AppError("internal", "Something went wrong on our side. Nothing was saved; please try again.", { cause: error });
}

/**
 * The database stayed locked by another connection (a background import's transaction) for longer than
 * the busy timeout: Prisma reports the wait as a timeout (P1008) or a closed transaction (P2028), the
 * driver as SQLITE_BUSY. The write was rolled back, so trying again later is safe.
 */
function isBusy(error: unknown, code: string | undefined): boolean {
  if (code === "P1008" || code === "P2028" || code === "SQLITE_BUSY") return true;
  const message = error instanceof Error ? error.message : "";
  return /SQLITE_BUSY|database is locked/i.test(message);
}
