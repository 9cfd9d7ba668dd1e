/** Route handlers' plumbing: the actor of an API request, JSON bodies, record ids and the one error shape. */
import "server-only";
import type { z } from "zod";
import { AppError, HTTP_STATUS, toAppError } from "@/lib/platform/errors";
import { authenticateToken } from "@/lib/data/tokens";
import { actorOrThrow, type Actor } from "@/lib/platform/session";
import { fieldErrorsOf } from "@/lib/validation/common";
import { parseRouteId } from "@/lib/web/route-id";
import { bearerTokenOf, scopeAllowsMethod } from "@/lib/validation/tokens";
import { assertSameOriginWrite } from "@/lib/web/same-origin";

export const MAX_JSON_BODY = 1024 * 1024;

/** The one error shape of the API: `{"error":{"code","message","fields"}}`. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error(error);
  const body = { error: { code: appError.code, message: appError.userMessage, fields: appError.fields ?? {} } };
  return Response.json(body, { status: HTTP_STATUS[appError.code], headers: appError.headers });
}

/**
 * The actor of an API request: from `Authorization: Bearer <token>` when the header is there (never
 * falling back to the session then), else from the browser session. A read token may only read; what a
 * write token may do is what its owner's role allows, checked by the data functions as for sessions.
 */
export async function apiActor(request: Request, options: { sessionOnly?: boolean } = {}): Promise<Actor> {
  const token = bearerTokenOf(request.headers.get("authorization"));
  if (token === undefined) {
    // The cookie rides along on any request the browser makes, so a write must come from our own pages.
    assertSameOriginWrite(request);
    return actorOrThrow();
  }
  const unauthenticated = (message: string) =>
    new AppError("unauthenticated", message, { headers: { "WWW-Authenticate": 'Bearer realm="claimdesk"' } });
  if (options.sessionOnly) throw unauthenticated("Manage API tokens from a signed-in browser session, not with a token.");
  const found = token && (await authenticateToken(token));
  if (!found) throw unauthenticated("The API token is missing, malformed, revoked or unknown.");
  if (!scopeAllowsMethod(found.scope, request.method))
    throw new AppError("forbidden", "This token may only read. Create a write token to make changes.");
  return found.actor;
}

/** Wraps a route handler: resolves the actor (token or session) and turns any failure into the API's error shape. */
export function withActor<C>(handler: (request: Request, actor: Actor, context: C) => Promise<Response>, options: { sessionOnly?: boolean } = {}) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, await apiActor(request, options), context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body no larger than the limit (refused before parsing) and validates it with `schema`. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  // Requiring JSON keeps cross-site HTML forms (which cannot send it) from forging requests.
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("application/json") && !type.startsWith("application/merge-patch+json"))
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("invalid", "Some fields are not valid.", { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

function tooLarge() {
  return new AppError("payload_too_large", `The request body is larger than ${MAX_JSON_BODY} bytes.`);
}

/** A record id from a route segment (see parseRouteId), or a 404. */
export function routeId(raw: string): number {
  const id = parseRouteId(raw);
  if (id === null) throw new AppError("not_found", "No such record.");
  return id;
}
