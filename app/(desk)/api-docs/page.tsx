import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { getOpenApiDocument } from "@/lib/web/openapi";
import { OperationView, type Operation } from "./operation";
import { JsonBlock, Prose, SchemaView, schemaAnchor, type JsonSchema } from "./schema-view";

export const metadata: Metadata = { title: "API documentation" };

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** The OpenAPI document, rendered for people: operations grouped by tag, then the shared schemas. */
export default async function ApiDocsPage() {
  await requireActor();
  const doc = getOpenApiDocument();
  const paths = (doc.paths ?? {}) as Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method]! }] : [])),
  );
  const tags = (doc.tags ?? []).map((t) => t.name);
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, JsonSchema>);
  return (
    <>
      <div className="page-head">
        <h1>API documentation</h1>
        <a className="button secondary" href="/api/v1/openapi.json">OpenAPI 3.1 (JSON)</a>
      </div>
      <p><Prose text={doc.info.description} /></p>
      <p className="muted small">
        Send <code>Authorization: Bearer &lt;token&gt;</code> with a token from <a href="/settings/tokens">API tokens</a>. Read
        tokens may only use GET; everything else also needs what your role allows.
      </p>
      <nav aria-label="API sections">
        <ul className="actions" style={{ listStyle: "none", padding: 0 }}>
          {tags.map((tag) => <li key={tag}><a href={`#tag-${tag}`}>{tag}</a></li>)}
          <li><a href="#schemas">Schemas</a></li>
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {operations
            .filter(({ operation }) => operation.tags?.includes(tag))
            .map(({ path, method, operation }) => <OperationView key={`${method} ${path}`} method={method} path={path} operation={operation} schemas={Object.fromEntries(schemas)} />)}
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        {schemas.map(([name, schema]) => (
          <div key={name} id={schemaAnchor(name)} className="panel">
            <h3 style={{ marginTop: 0 }}>{name}</h3>
            {schema.description && <p className="small"><Prose text={schema.description} /></p>}
            <SchemaView schema={schema} caption={`${name} fields`} />
            <details>
              <summary>JSON Schema<span className="sr-only"> of {name}</span></summary>
              <JsonBlock value={schema} />
            </details>
          </div>
        ))}
      </section>
    </>
  );
}
