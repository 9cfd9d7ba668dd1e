/** Requests to one operation of the OpenAPI document, as fast-check arbitraries: valid and broken ids, queries, bodies and headers. */
import fc from "fast-check";
import { invalidScalar, valid, type Components, type IdPool, type JsonSchema } from "./json-schema";

export interface Operation {
  method: string;
  path: string;
  sessionOnly: boolean;
  parameters: { name: string; in: string; schema: JsonSchema }[];
  body?: Record<string, JsonSchema>;
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

export interface FuzzRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** What the case is, for the report of a failure. */
  label: string;
}

const asQueryValue = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));

/** Percent-encodes text; a lone surrogate goes out as its (ill-formed) three UTF-8-style bytes, as a careless client would send it. */
function encode(text: string): string {
  return [...text]
    .map((ch) => {
      if (ch.isWellFormed()) return encodeURIComponent(ch);
      const unit = ch.charCodeAt(0);
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    })
    .join("");
}

const BROKEN_IDS = ["0", "-1", "abc", "1.5", "1e3", "%F0%9F%98%80", "9".repeat(30), "%00", "01"];

function pathId(operation: Operation, ids: IdPool): fc.Arbitrary<string> {
  const pool = ids(operation.path).map(String);
  return fc.oneof(
    { weight: 3, arbitrary: pool.length ? fc.constantFrom(...pool) : fc.constant("1") },
    { weight: 1, arbitrary: fc.integer({ min: 1_000_000, max: 2 ** 31 - 1 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_IDS) },
  );
}

function query(operation: Operation, components: Components, ids: IdPool): fc.Arbitrary<[string, string][]> {
  const parameters = operation.parameters.filter((p) => p.in === "query");
  const values = parameters.map((p) =>
    fc.option(
      fc.oneof(
        { weight: 12, arbitrary: valid(p.schema, components, ids, p.name).map(asQueryValue) },
        { weight: 1, arbitrary: invalidScalar(p.schema).map(asQueryValue) },
      ),
      { freq: 2 },
    ),
  );
  // One case in eight adds a name the operation does not know, or a documented one a second time.
  const extra = fc.oneof(
    { weight: 7, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("stauts", "limt", "format2", "all", "foo[]", ""), fc.string({ maxLength: 6 })) },
    ...(parameters.length ? [{ weight: 1, arbitrary: fc.constantFrom(...parameters.map((p) => p.name)).map((name): [string, string] => [name, "1"]) }] : []),
  );
  return fc.tuple(fc.tuple(...values), extra).map(([chosen, more]) => {
    const pairs: [string, string][] = [];
    chosen.forEach((value, index) => value !== null && pairs.push([parameters[index].name, value]));
    if (more) pairs.push(more);
    return pairs;
  });
}

/** A JSON body: a valid one, one with a field broken, any JSON at all, or text that is not JSON. */
function jsonBody(schema: JsonSchema, components: Components, ids: IdPool): fc.Arbitrary<{ text: string; kind: string }> {
  const resolved = schema.$ref ? components[schema.$ref.split("/").pop()!] : schema;
  const branches = resolved.oneOf ?? [resolved];
  const validBody = valid(schema, components, ids);
  const brokenField = fc.oneof(
    ...branches.map((branch) => {
      const names = Object.keys(branch.properties ?? {});
      return fc.tuple(valid(branch, components, ids), fc.constantFrom(...names)).chain(([body, name]) =>
        invalidScalar(branch.properties![name]).map((value) => ({ ...(body as object), [name]: value })),
      );
    }),
  );
  return fc.oneof(
    { weight: 4, arbitrary: validBody.map((body) => ({ text: JSON.stringify(body), kind: "valid" })) },
    { weight: 3, arbitrary: brokenField.map((body) => ({ text: JSON.stringify(body), kind: "broken field" })) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((body) => ({ text: JSON.stringify(body) ?? "null", kind: "any JSON" })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("", "{", "nul", '{"a":1}}', "\ufeff{}", `{"statement":"${"z".repeat(1_100_000)}"}`).map((text) => ({ text, kind: "not JSON or too large" })),
    },
  );
}

function multipartBody(operation: Operation, components: Components, ids: IdPool): fc.Arbitrary<{ form: FormData; kind: string }> {
  const schema = operation.body!["application/json"];
  return fc
    .tuple(valid(schema, components, ids), fc.option(fc.uint8Array({ maxLength: 64 })), fc.constantFrom("a.pdf", "notes.txt", "x.exe", ""))
    .map(([fields, bytes, fileName]) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields as Record<string, unknown>)) if (value !== null) form.set(key, asQueryValue(value));
      if (bytes) form.set("file", new Blob([bytes]), fileName);
      return { form, kind: "multipart" };
    });
}

/** Requests to `operation` (the path's `{id}`, query and body filled in) with the given auth headers. */
export function requests(operation: Operation, components: Components, ids: IdPool, auth: Record<string, string>): fc.Arbitrary<FuzzRequest> {
  const id = operation.path.includes("{id}") ? pathId(operation, ids) : fc.constant("");
  const body: fc.Arbitrary<{ text?: string; form?: FormData; kind: string; type?: string }> = operation.body
    ? fc.oneof(
        {
          weight: 6,
          arbitrary: fc.tuple(
            jsonBody(operation.body["application/json"], components, ids),
            fc.constantFrom(...Object.keys(operation.body).filter((t) => t !== "multipart/form-data"), "application/json; charset=utf-8"),
          ).map(([json, type]) => ({ ...json, type })),
        },
        {
          weight: 1,
          arbitrary: fc.tuple(jsonBody(operation.body["application/json"], components, ids), fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "", "application/xml")).map(([json, type]) => ({ ...json, type, kind: `${json.kind} as ${type || "no type"}` })),
        },
        ...(operation.body["multipart/form-data"] ? [{ weight: 2, arbitrary: multipartBody(operation, components, ids) }] : []),
      )
    : fc.constant({ kind: "no body" });
  return fc.tuple(id, query(operation, components, ids), body).map(([idValue, pairs, sent]) => {
    const search = pairs.length ? `?${pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")}` : "";
    const url = operation.path.replace("{id}", idValue) + search;
    const headers: Record<string, string> = { ...auth };
    if (sent.type) headers["Content-Type"] = sent.type;
    const shown = sent.text && sent.text.length > 300 ? `${sent.text.slice(0, 300)}… (${sent.text.length} characters)` : sent.text;
    return {
      url,
      method: operation.method.toUpperCase(),
      headers,
      body: sent.form ?? sent.text,
      label: `${operation.method.toUpperCase()} ${url} [${sent.kind}]${sent.type ? ` Content-Type: ${sent.type}` : ""}${shown !== undefined ? ` body: ${shown}` : ""}`,
    };
  });
}
