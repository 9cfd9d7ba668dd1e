import Link from "next/link";
import type { ReportFilterOptions } from "@/lib/data/reports";
import type { FieldErrors } from "@/lib/validation/common";

/** The report's filters as a plain GET form, so every selection is a URL that can be shared and reloaded. */
export function ReportFilters({ raw, options, errors }: { raw: Record<string, string | undefined>; options: ReportFilterOptions; errors: FieldErrors }) {
  const invalid = (key: string) => ({ "aria-invalid": Boolean(errors[key]), "aria-describedby": errors[key] ? "report-filter-error" : undefined });
  return (
    <form className="filters no-print" aria-label="Filter the report">
      <div className="field">
        <label htmlFor="r-from">Published from</label>
        <input id="r-from" name="from" type="date" defaultValue={raw.from ?? ""} {...invalid("from")} />
      </div>
      <div className="field">
        <label htmlFor="r-to">Published to</label>
        <input id="r-to" name="to" type="date" defaultValue={raw.to ?? ""} {...invalid("to")} />
      </div>
      <div className="field">
        <label htmlFor="r-article">Article</label>
        <select id="r-article" name="article" defaultValue={raw.article ?? ""} {...invalid("article")}>
          <option value="">All articles</option>
          {options.articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="r-speaker">Speaker</label>
        <select id="r-speaker" name="speaker" defaultValue={raw.speaker ?? ""} {...invalid("speaker")}>
          <option value="">All speakers</option>
          {options.speakers.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="r-rating">Rating</label>
        <select id="r-rating" name="rating" defaultValue={raw.rating ?? ""} {...invalid("rating")}>
          <option value="">All ratings</option>
          {options.ratings.map((r) => <option key={r.id} value={r.id}>{r.retired ? `${r.name} (retired)` : r.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="r-assignee">Assignee</label>
        <select id="r-assignee" name="assignee" defaultValue={raw.assignee ?? ""} {...invalid("assignee")}>
          <option value="">Anyone</option>
          <option value="none">Nobody</option>
          {options.assignees.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </div>
      <button type="submit">Apply</button>
      <Link href="/reports" className="button secondary">Clear</Link>
    </form>
  );
}
