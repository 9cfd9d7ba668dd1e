import "server-only";
import type { z } from "zod";
import { AppError, HTTP_STATUS, toAppError } from "@/lib/errors";
import { actorOrThrow, type Actor } from "@/lib/session";
import { fieldErrorsOf } from "@/lib/validation/common";

export const MAX_JSON_BODY = 1024 * 1024;

/** The one error shape of the API: `{"error":{"code","message","fields"}}`. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error(error);
  const status = (appError as AppError & { status?: number }).status ?? HTTP_STATUS[appError.code];
  return Response.json({ error: { code: appError.code, message: appError.userMessage, fields: appError.fields ?? {} } }, { status });
}

/** Wraps a route handler: resolves the signed-in actor and turns any failure into the API's error shape. */
export function withActor<C>(handler: (request: Request, actor: Actor, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, await actorOrThrow(), context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body no larger than the limit (refused before parsing) and validates it with `schema`. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  // Requiring JSON keeps cross-site HTML forms (which cannot send it) from forging requests.
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json"))
    throw Object.assign(new AppError("invalid", "Send the body as application/json."), { status: 415 });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw Object.assign(new AppError("invalid", "The request body is not valid JSON."), { status: 400 });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("invalid", "Some fields are not valid.", { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

function tooLarge() {
  return Object.assign(new AppError("invalid", `The request body is larger than ${MAX_JSON_BODY} bytes.`), { status: 413 });
}

/** A positive integer id from a route segment, or a 404. */
export function routeId(raw: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError("not_found", "No such record.");
  return id;
}
