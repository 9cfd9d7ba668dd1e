/** The API's OpenAPI 3.1 description, generated from the operations the route handlers serve. */
import { z } from "zod";
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { API, errorStatuses, type ApiOperation } from "@/lib/web/api-operations";
import { ZError } from "@/lib/web/api-schemas";

/*
 * Everything here comes from lib/web/api-operations.ts: the query parameters are the schemas the route
 * wrapper parses queries with, the bodies those the handlers parse bodies with, the success answers
 * those every JSON answer is checked against, and the error statuses follow from what each operation
 * does. The shared schemas carry their component names as `.meta({ id })` (they are built before
 * `extendZodWithOpenApi` could run, and the generator reads `.meta` just as well). Their preprocessing
 * (blank → absent, "12" → 12) shows up as parameters and fields that also accept null.
 */
extendZodWithOpenApi(z);

const idParams = z.object({ id: z.string().openapi({ param: { description: "A record id" }, example: "1" }) });

const ERROR_TEXT: Record<number, string> = {
  400: "The body is not valid JSON, or the form data could not be read",
  401: "No valid session or token (missing, malformed, unknown or revoked)",
  403: "The role does not allow it, or a read token was used to change something",
  404: "No such record",
  409: "The claim changed since `version` (the message says who changed what), or is not in a state that allows the move",
  413: "The body is too large",
  415: "The body is not sent as application/json (or multipart/form-data where allowed)",
  422: "Some fields or query parameters are not valid, or a query parameter is unknown or repeated (`fields` says which)",
  503: "A background import held the database for too long; nothing was saved, try again after `Retry-After` seconds",
};

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });

function routeConfig(operation: ApiOperation): RouteConfig {
  const { success, body } = operation;
  const request: RouteConfig["request"] = {};
  if (operation.path.includes("{id}")) request.params = idParams;
  if (operation.query) request.query = operation.query;
  if (body) {
    const content: Record<string, { schema: z.ZodType }> = body.mergePatch
      ? { "application/merge-patch+json": { schema: body.json }, "application/json": { schema: body.json } }
      : { "application/json": { schema: body.json } };
    if (body.multipart) content["multipart/form-data"] = { schema: body.multipart };
    request.body = { required: true, content };
  }
  const answer =
    "json" in success
      ? json(success.json, success.description)
      : { description: success.description, content: Object.fromEntries(Object.entries(success.content).map(([type, schema]) => [type, { schema }])) };
  return {
    method: operation.method,
    path: operation.path,
    tags: [operation.tag],
    summary: operation.summary,
    description: [operation.description, operation.sessionOnly ? "Only with a browser session: tokens cannot manage tokens." : undefined].filter(Boolean).join(" ") || undefined,
    ...(operation.sessionOnly ? { security: [{ sessionCookie: [] }] } : {}),
    request,
    responses: {
      [success.status]: answer,
      ...Object.fromEntries(errorStatuses(operation).map((status) => [status, json(ZError, ERROR_TEXT[status] ?? "Error")])),
    },
  };
}

function buildRegistry() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "A personal API token (`cd_…`) from /settings/tokens. Read tokens may only use GET.",
  });
  registry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description: "The browser session of a signed-in person",
  });
  for (const operation of Object.values(API)) registry.registerPath(routeConfig(operation));
  return registry;
}

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

let cached: OpenApiDocument | null = null;

/** The document; built once per process since the schemas do not change while it runs. */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= new OpenApiGeneratorV31(buildRegistry().definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Claimdesk API",
      version: "1",
      description:
        "Claims, articles, speakers, evidence and reports of the desk. Authenticate with `Authorization: Bearer <token>` " +
        'or a browser session. Every error has the shape `{"error":{"code","message","fields"}}`. ' +
        "A method a path does not list is answered 405 with code `method_not_allowed` and an `Allow` header; " +
        "query parameters an operation does not list are refused with 422.",
    },
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [
      { name: "Claims" }, { name: "Evidence" }, { name: "Articles" }, { name: "Speakers" }, { name: "People" },
      { name: "Ratings" }, { name: "Reports" }, { name: "Trackers" }, { name: "Tokens" }, { name: "Meta" },
    ],
  });
  return cached;
}
