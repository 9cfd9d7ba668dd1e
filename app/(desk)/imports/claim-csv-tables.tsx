import type { ClaimCsvPreview } from "@/lib/data/imports";

export function CsvErrorTable({ errors }: { errors: ClaimCsvPreview["errors"] }) {
  return (
    <table aria-label="Row errors">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={i}>
            <td>{e.row || "File"}</td>
            <td>{e.column || "—"}</td>
            <td>{e.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CsvPreviewTable({ sample, total }: { sample: ClaimCsvPreview["sample"]; total: number }) {
  return (
    <>
      <table aria-label="Rows to import">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Statement</th>
            <th scope="col">Speaker</th>
            <th scope="col">Article</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {sample.map((r) => (
            <tr key={r.row}>
              <td>{r.row}</td>
              <td>{r.statement}</td>
              <td>{r.speaker ?? <span className="muted">none</span>}</td>
              <td>{r.article ?? <span className="muted">none</span>}</td>
              <td>{r.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > sample.length && <p className="muted small">Showing the first {sample.length} of {total} rows.</p>}
    </>
  );
}
