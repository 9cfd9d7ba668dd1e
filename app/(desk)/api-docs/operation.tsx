import { JsonBlock, Prose, refName, SchemaView, typeLabel, type JsonSchema } from "./schema-view";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema };
type Media = Record<string, { schema?: JsonSchema }>;
export type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Media };
  responses?: Record<string, { description?: string; content?: Media }>;
};

const METHOD_COLOURS: Record<string, string> = { get: "#e3f4ea", post: "#e4ecfb", patch: "#fff4d6", delete: "#fdecea" };

type Props = { method: string; path: string; operation: Operation; schemas: Record<string, JsonSchema> };

export function OperationView({ method, path, operation, schemas }: Props) {
  const title = `${method.toUpperCase()} ${path}`;
  return (
    <article className="panel" aria-label={title}>
      <h3 style={{ marginTop: 0 }}>
        <span className="badge" style={{ background: METHOD_COLOURS[method] ?? "#eef0f3", marginRight: "0.5rem" }}>{method.toUpperCase()}</span>
        <code>{path}</code>
      </h3>
      <p><strong>{operation.summary}</strong>{operation.description ? <> — <Prose text={operation.description} /></> : null}</p>
      {operation.security && (
        <p className="small muted">Authentication: {operation.security.map((s) => Object.keys(s).join(" + ")).join(" or ")}</p>
      )}
      {operation.parameters?.length ? (
        <>
          <h4>Parameters</h4>
          <table className="small">
            <thead>
              <tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th></tr>
            </thead>
            <tbody>
              {operation.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <td data-label="Name"><code>{p.name}</code></td>
                  <td data-label="In">{p.in}</td>
                  <td data-label="Type">{typeLabel(p.schema)}</td>
                  <td data-label="Required">{p.required ? "yes" : "no"}</td>
                  <td data-label="Description"><Prose text={p.description ?? p.schema?.description} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {operation.requestBody?.content && (
        <>
          <h4>Request body{operation.requestBody.required ? " (required)" : ""}</h4>
          {Object.entries(operation.requestBody.content).map(([type, media]) => (
            <div key={type}>
              <p className="small"><code>{type}</code></p>
              {media.schema?.$ref && <p className="small">Schema: {typeLabel(media.schema)}</p>}
              {media.schema && (
                <SchemaView schema={(media.schema.$ref && schemas[refName(media.schema.$ref)]) || media.schema} caption={`${title} request body (${type})`} />
              )}
            </div>
          ))}
        </>
      )}
      <h4>Responses</h4>
      <ul className="small">
        {Object.entries(operation.responses ?? {}).map(([status, response]) => (
          <li key={status}>
            <strong>{status}</strong> <Prose text={response.description} />
            {response.content &&
              Object.entries(response.content).map(([type, media]) => (
                <details key={type}>
                  <summary>{type} schema<span className="sr-only"> for {status}</span></summary>
                  <JsonBlock value={media.schema} />
                </details>
              ))}
          </li>
        ))}
      </ul>
    </article>
  );
}
