import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AppError } from "@/lib/platform/errors";
import { API, type ApiOperation } from "./api-operations";
import { parseQuery } from "./api-route";
import { getOpenApiDocument } from "./openapi";

/* The published document says what validation checks: every constraint it states is enforced. */

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; oneOf?: Schema[]; $ref?: string };
const doc = JSON.parse(JSON.stringify(getOpenApiDocument()));
const resolve = (schema: Schema): Schema => (schema.$ref ? doc.components.schemas[String(schema.$ref).split("/").pop()!] : schema);

/** A body each operation accepts, to change one field of at a time. */
const VALID_BODIES: Record<string, Record<string, unknown>[]> = {
  createClaim: [{ statement: "Prices rose." }],
  patchClaim: [{ version: 1 }],
  transitionClaim: [{ action: "start_review", version: 1 }],
  addEvidence: [
    { kind: "url", url: "https://example.org/a", title: "A source", stance: "supports" },
    { kind: "document", title: "A file", stance: "context" },
    { kind: "note", contactName: "A. Person", contactedAt: "2024-03-01", notes: "Said so.", stance: "supports" },
  ],
  createArticle: [{ title: "Storm", outlet: "Wire", body: "Text." }],
  createToken: [{ name: "CI", scope: "read" }],
};

/** Values the document itself rules out for a property, each with what it breaks. */
function violations(schema: Schema): [string, unknown][] {
  const out: [string, unknown][] = [];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (typeof schema.maxLength === "number") out.push(["maxLength", "x".repeat(schema.maxLength + 1)]);
  if (typeof schema.minLength === "number" && schema.minLength > 0) out.push(["minLength", ""]);
  if (Array.isArray(schema.enum)) out.push(["enum", "not-one-of-them"]);
  if (schema.format === "date") out.push(["format date", "2024-02-30"], ["format date", "1 March 2024"]);
  if (schema.format === "uri") out.push(["format uri", "ftp://example.org/x"], ["format uri", "not a web address"]);
  if (types.includes("integer")) out.push(["integer", 1.5]);
  if (typeof schema.minimum === "number") out.push(["minimum", schema.minimum - 1]);
  if (typeof schema.maximum === "number") out.push(["maximum", schema.maximum * 10 + 1]);
  if (typeof schema.exclusiveMinimum === "number") out.push(["exclusiveMinimum", schema.exclusiveMinimum]);
  if (types.length && !types.includes("string")) out.push(["type", "a string"]);
  if (types.length && !types.includes("number") && !types.includes("integer")) out.push(["type", 12]);
  return out;
}

describe("the document's constraints are what validation checks", () => {
  for (const [name, bodies] of Object.entries(VALID_BODIES)) {
    const operation = API[name as keyof typeof API] as { body: { json: z.ZodType } };
    const documented = resolve(doc.paths[(API as Record<string, { path: string }>)[name].path][(API as Record<string, { method: string }>)[name].method].requestBody.content["application/json"].schema);
    it(`${name}: each documented bound, enum, format and type of a body field is refused when broken`, () => {
      for (const valid of bodies) {
        expect(operation.body.json.safeParse(valid).success, JSON.stringify(valid)).toBe(true);
        const branch = documented.oneOf ? documented.oneOf.find((b) => ((b.properties!.kind as Schema).enum as unknown[])[0] === valid.kind)! : documented;
        let checked = 0;
        for (const [field, property] of Object.entries(branch.properties!)) {
          for (const [rule, value] of violations(property)) {
            if (field === "kind") continue;
            const result = operation.body.json.safeParse({ ...valid, [field]: value });
            expect(result.success, `${name}.${field} = ${JSON.stringify(value).slice(0, 40)} breaks ${rule}`).toBe(false);
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(2);
      }
    });
  }

  it("dates are documented as format date and URLs as format uri wherever a body or query takes them", () => {
    const patterned: Schema[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        if ((node as Schema).pattern === "^\\d{4}-\\d{2}-\\d{2}$") patterned.push(node as Schema);
        Object.values(node).forEach(walk);
      }
    };
    walk(doc);
    expect(patterned.length).toBeGreaterThan(5);
    expect(patterned.filter((schema) => schema.format !== "date")).toEqual([]);
    expect(doc.components.schemas.ArticleCreate.properties.url.format).toBe("uri");
    expect(doc.components.schemas.ClaimPatch.properties.asOf.format).toBe("date");
    expect(doc.components.schemas.ClaimCreate.properties.start.type).toContain("integer");
  });

  it("every query parameter's documented bounds and enums are refused when broken", () => {
    for (const operation of Object.values(API) as ApiOperation[]) {
      const parameters = (doc.paths[operation.path][operation.method].parameters ?? []).filter((p: { in: string }) => p.in === "query");
      for (const parameter of parameters) {
        for (const [rule, value] of violations(parameter.schema)) {
          if (rule === "type" && value === 12) continue; // every query value arrives as text
          const request = new Request(`http://localhost${operation.path}?${new URLSearchParams({ [parameter.name]: String(value) })}`);
          expect(() => parseQuery(request, operation.query), `${operation.path}?${parameter.name}=${value} (${rule})`).toThrow(AppError);
        }
      }
    }
  });
});

describe("unknown and repeated query parameters", () => {
  const refusal = (url: string, schema?: z.ZodObject) => {
    try {
      parseQuery(new Request(`http://localhost${url}`), schema);
    } catch (error) {
      return error as AppError;
    }
    return null;
  };

  it("are refused with 422, each named in `fields`", () => {
    const error = refusal("/api/v1/claims?stauts=published&sort=created&colour=red", API.listClaims.query);
    expect([error?.code, Object.keys(error?.fields ?? {}).sort()]).toEqual(["invalid", ["colour", "stauts"]]);
    expect(refusal("/api/v1/claims?status=published&status=in_review", API.listClaims.query)?.fields).toEqual({
      status: ["status is given more than once."],
    });
  });

  it("are refused by operations that take no query at all", () => {
    const error = refusal("/api/v1/speakers?kind=person", undefined);
    expect([error?.code, error?.userMessage]).toEqual(["invalid", "kind is not a query parameter of this operation."]);
  });

  it("let known parameters through", () => {
    expect(refusal("/api/v1/claims?status=published&limit=5", API.listClaims.query)).toBeNull();
    expect(refusal("/api/v1/speakers", undefined)).toBeNull();
    expect(parseQuery(new Request("http://localhost/api/v1/claims?limit=5"), API.listClaims.query)).toMatchObject({ limit: 5 });
  });

  it("every operation documents 422 for them", () => {
    for (const operation of Object.values(API)) expect(doc.paths[operation.path][operation.method].responses["422"], operation.path).toBeDefined();
  });
});
