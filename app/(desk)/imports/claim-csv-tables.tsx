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
            <td data-label="Row">{e.row || "File"}</td>
            <td data-label="Column">{e.column || "—"}</td>
            <td data-label="Problem">{e.message}</td>
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
              <td data-label="Row">{r.row}</td>
              <td data-label="Statement">{r.statement}</td>
              <td data-label="Speaker">{r.speaker ?? <span className="muted">none</span>}</td>
              <td data-label="Article">{r.article ?? <span className="muted">none</span>}</td>
              <td data-label="Status">{r.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > sample.length && <p className="muted small">Showing the first {sample.length} of {total} rows.</p>}
    </>
  );
}
