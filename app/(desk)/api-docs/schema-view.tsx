/** Readable views of JSON Schemas from the OpenAPI document: property tables and pretty-printed JSON. */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  description?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  [key: string]: unknown;
};

/** Text with `code` spans, as the document's descriptions write them. */
export function Prose({ text }: { text?: string }) {
  if (!text) return null;
  return <>{text.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</>;
}

export const refName = (ref: string) => ref.replace("#/components/schemas/", "");
export const schemaAnchor = (name: string) => `schema-${name}`;

/** A short type label: `string`, `integer | null`, `Claim[]`, `"read" | "write"`. */
export function typeLabel(schema: JsonSchema | undefined): React.ReactNode {
  if (!schema) return "any";
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`#${schemaAnchor(name)}`}>{name}</a>;
  }
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return <>{variants.map((v, i) => <span key={i}>{i > 0 && " | "}{typeLabel(v)}</span>)}</>;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["object"];
  return types.map((t) => (t === "array" ? <span key={t}>{typeLabel(schema.items)}[]</span> : <span key={t}>{t}</span>)).reduce<React.ReactNode[]>(
    (out, node, i) => (i ? [...out, " | ", node] : [node]),
    [],
  );
}

/** Limits worth knowing when building a request: lengths, bounds, patterns, defaults. */
export function constraints(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.format) parts.push(`format ${schema.format}`);
  if (schema.minLength !== undefined) parts.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  if (schema.exclusiveMinimum !== undefined) parts.push(`> ${schema.exclusiveMinimum}`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.pattern) parts.push(`pattern ${schema.pattern}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

export function PropertyTable({ schema, caption }: { schema: JsonSchema; caption: string }) {
  const properties = Object.entries(schema.properties ?? {});
  if (!properties.length) return <p className="small muted">No fixed properties.</p>;
  return (
    <table className="small">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {properties.map(([name, property]) => (
          <tr key={name}>
            <td data-label="Field"><code>{name}</code></td>
            <td data-label="Type">{typeLabel(property)}</td>
            <td data-label="Required">{schema.required?.includes(name) ? "yes" : "no"}</td>
            <td data-label="Notes"><Prose text={[property.description, constraints(property)].filter(Boolean).join(". ")} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An object as a table; a union as one table per variant; anything else as JSON. */
export function SchemaView({ schema, caption }: { schema: JsonSchema; caption: string }) {
  if (schema.$ref) return <p className="small">Schema: {typeLabel(schema)}</p>;
  if (schema.properties) return <PropertyTable schema={schema} caption={caption} />;
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants)
    return (
      <>
        <p className="small">One of:</p>
        {variants.map((variant, i) => <SchemaView key={i} schema={variant} caption={`${caption}, variant ${i + 1}`} />)}
      </>
    );
  return <JsonBlock value={schema} />;
}

export function JsonBlock({ value }: { value: unknown }) {
  return (
    <pre className="small" style={{ overflowX: "auto", background: "#f6f8fa", padding: "0.5rem", borderRadius: 4 }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
