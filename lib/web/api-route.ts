/** The wrapper every API v1 handler goes through: id, query and answer checked against its declared operation. */
import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/platform/errors";
import type { Actor } from "@/lib/platform/session";
import { fieldErrorsOf } from "@/lib/validation/common";
import type { ApiOperation } from "./api-operations";
import { routeId, withActor } from "./http";

type QueryOf<O extends ApiOperation> = O["query"] extends z.ZodType ? z.infer<O["query"]> : undefined;
type IdOf<O extends ApiOperation> = O["path"] extends `${string}{id}${string}` ? number : undefined;
/** A JSON operation's handler returns the body (checked against the operation's schema); a download returns its Response. */
type AnswerOf<O extends ApiOperation> = O["success"] extends { json: z.ZodType } ? Record<string, unknown> : Response;

export interface ApiCall<O extends ApiOperation> {
  request: Request;
  actor: Actor;
  /** The `{id}` of the path, parsed (404 when it is not a record id). */
  id: IdOf<O>;
  /** The query string, parsed with the operation's schema (422 when a value does not fit or a name is unknown). */
  query: QueryOf<O>;
}

type RouteContext = { params: Promise<{ id?: string }> };

/**
 * Parses the query string with `schema` (an operation without one takes no parameters). A name the
 * operation does not know, or one given twice, is refused rather than ignored, so a typo (`?stauts=`)
 * cannot silently widen a list or an export. One bad value is named in the message; `fields` lists all.
 */
export function parseQuery<S extends z.ZodObject>(request: Request, schema: S | undefined): z.infer<S> | undefined {
  const params = new URL(request.url).searchParams;
  const known = new Set(schema ? Object.keys(schema.shape) : []);
  const fields: Record<string, string[]> = {};
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!known.has(name)) fields[name] = [`${name} is not a query parameter of this operation.`];
    else if (seen.has(name)) fields[name] = [`${name} is given more than once.`];
    seen.add(name);
  }
  if (Object.keys(fields).length === 0) {
    if (!schema) return undefined;
    const parsed = schema.safeParse(Object.fromEntries(params));
    if (parsed.success) return parsed.data;
    Object.assign(fields, fieldErrorsOf(parsed.error));
  }
  const messages = Object.values(fields).flat();
  throw new AppError("invalid", messages.length === 1 ? messages[0] : "Some query parameters are not valid.", { fields });
}

/**
 * A route handler for one operation of lib/web/api-operations.ts: resolves the actor (withActor), parses
 * the `{id}` and the query as the operation declares them, and sends a JSON answer with the operation's
 * success status after checking it against the operation's schema. An answer that does not match is
 * not sent: it is logged and becomes a 500, so the published document never describes a shape the
 * API does not give.
 */
export function apiRoute<O extends ApiOperation>(operation: O, handler: (call: ApiCall<O>) => Promise<AnswerOf<O>>) {
  return withActor<RouteContext>(
    async (request, actor, context) => {
      const id = (operation.path.includes("{id}") ? routeId((await context.params).id ?? "") : undefined) as IdOf<O>;
      const query = parseQuery(request, operation.query) as QueryOf<O>;
      const answer = await handler({ request, actor, id, query });
      if (answer instanceof Response) return answer;
      const success = operation.success as { status: number; json?: z.ZodType };
      if (!success.json) throw new AppError("internal", "This operation answers with a download.");
      const checked = success.json.safeParse(answer);
      if (!checked.success)
        throw new AppError("internal", "Something went wrong on our side.", { cause: new Error(`${operation.method.toUpperCase()} ${operation.path} answered outside its schema: ${checked.error.message}`) });
      return Response.json(answer, { status: success.status });
    },
    { sessionOnly: operation.sessionOnly },
  );
}
