/**
 * The JSON Schemas of the OpenAPI document (generated from the API's zod schemas) as fast-check
 * arbitraries, and a small validator for the answers. It covers what lib/web/openapi.ts emits: type
 * (with null), enum, properties/required/additionalProperties, items, oneOf/anyOf, $ref, string
 * bounds and formats (date, date-time, uri), number bounds.
 */
import fc from "fast-check";

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
};

export type Components = Record<string, JsonSchema>;

/** Integers that name records in the body (`articleId`, `version`): drawn from real ids as often as not. */
export type IdPool = (name: string) => number[];

const typesOf = (schema: JsonSchema): string[] => ([] as string[]).concat(schema.type ?? []);

const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2035-12-31"), noInvalidDate: true });

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === "date") return date.map((d) => d.toISOString().slice(0, 10));
  if (schema.format === "date-time") return date.map((d) => d.toISOString());
  if (schema.format === "uri") return fc.webUrl({ validSchemes: ["http", "https"] });
  // Long strings are bounded to keep requests cheap; the invalid side sends over-long ones.
  const maxLength = Math.min(schema.maxLength ?? 60, 60);
  const minLength = Math.min(schema.minLength ?? 0, maxLength);
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: "grapheme" }),
    fc.lorem({ maxCount: 3 }).filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity)),
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean, name: string, ids: IdPool): fc.Arbitrary<number> {
  const min = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : (schema.minimum ?? -1e6);
  const max = schema.maximum ?? 1e6;
  if (integer) {
    const pool = ids(name);
    const any = fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) });
    return pool.length ? fc.oneof(fc.constantFrom(...pool), any) : any;
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values the schema allows (as far as the document says: cross-field rules are not in it). */
export function valid(schema: JsonSchema, components: Components, ids: IdPool, name = ""): fc.Arbitrary<unknown> {
  if (schema.$ref) return valid(components[schema.$ref.split("/").pop()!], components, ids, name);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...choices.map((choice) => valid(choice, components, ids, name)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const types = typesOf(schema);
  const arbitraries = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "string":
        return stringArbitrary(schema);
      case "integer":
        return numberArbitrary(schema, true, name, ids);
      case "number":
        return numberArbitrary(schema, false, name, ids);
      case "boolean":
        return fc.boolean();
      case "array":
        return fc.array(valid(schema.items ?? {}, components, ids, name), { maxLength: 3 });
      case "object": {
        const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, valid(value, components, ids, key)]));
        return fc.record(properties, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
      }
      default:
        return fc.anything();
    }
  });
  return arbitraries.length ? fc.oneof(...arbitraries) : fc.jsonValue();
}

/** A value that breaks one thing the schema says (a wrong type, a broken bound, a value outside an enum). */
export function invalidScalar(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = typesOf(schema);
  const out: fc.Arbitrary<unknown>[] = [fc.constantFrom({}, [], true, "\ud800", "x".repeat(10_001), -1, 0, 1.5, 1e300)];
  if (schema.enum) out.push(fc.string({ maxLength: 12 }));
  if (types.includes("string")) out.push(fc.integer(), fc.constant(`${"y".repeat((schema.maxLength ?? 100) + 1)}`));
  if (types.includes("integer") || types.includes("number")) out.push(fc.string({ maxLength: 8 }), fc.constantFrom(-0, 2 ** 53, -1e16));
  if (schema.format) out.push(fc.constantFrom("2024-02-30", "javascript:alert(1)", "31/12/2024", "not a date"));
  if (!types.includes("null")) out.push(fc.constant(null));
  return fc.oneof(...out);
}

/** Why `value` does not match `schema` (the first problem, with its path), or null when it does. */
export function mismatch(schema: JsonSchema, value: unknown, components: Components, path = "$"): string | null {
  if (schema.$ref) return mismatch(components[schema.$ref.split("/").pop()!], value, components, path);
  if (schema.oneOf || schema.anyOf) {
    const choices = (schema.oneOf ?? schema.anyOf)!;
    const problems = choices.map((choice) => mismatch(choice, value, components, path));
    return problems.some((p) => p === null) ? null : `${path}: matches none of ${choices.length} choices (${problems[0]})`;
  }
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) return `${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`;
  const types = typesOf(schema);
  if (types.length) {
    const actual = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    const ok = types.some((type) => type === actual || (type === "integer" && actual === "number" && Number.isInteger(value)) || (type === "number" && actual === "number"));
    if (!ok) return `${path}: ${actual} where the document says ${types.join(" or ")}`;
  }
  if (typeof value === "string") {
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return `${path}: longer than ${schema.maxLength}`;
    if (schema.minLength !== undefined && [...value].length < schema.minLength) return `${path}: shorter than ${schema.minLength}`;
    if (schema.format === "date-time" && Number.isNaN(Date.parse(value))) return `${path}: ${value} is not a date-time`;
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return `${path}: below ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${path}: above ${schema.maximum}`;
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return `${path}: not above ${schema.exclusiveMinimum}`;
  }
  if (Array.isArray(value) && schema.items) {
    for (const [index, item] of value.entries()) {
      const problem = mismatch(schema.items, item, components, `${path}[${index}]`);
      if (problem) return problem;
    }
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) return `${path}: ${key} is missing`;
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (property) {
        const problem = mismatch(property, item, components, `${path}.${key}`);
        if (problem) return problem;
      } else if (schema.additionalProperties === false) return `${path}: ${key} is not in the document`;
    }
  }
  return null;
}
