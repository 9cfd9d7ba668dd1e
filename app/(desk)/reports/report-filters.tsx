import Link from "next/link";
import type { ReportFilterOptions } from "@/lib/data/reports";
import type { FieldErrors } from "@/lib/validation/common";
import { LookupPicker } from "@/app/_components/lookup-picker";

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
      <LookupPicker name="article" label="Article" source="articles" value={options.article} placeholder="All articles: type a title" invalid={Boolean(errors.article)} />
      <LookupPicker name="speaker" label="Speaker" source="speakers" value={options.speaker} placeholder="All speakers: type a name" invalid={Boolean(errors.speaker)} />
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
