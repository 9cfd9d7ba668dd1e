import Link from "next/link";
import type { Metadata } from "next";
import { requireActor } from "@/lib/platform/session";
import { listClaimUnits, listClaims } from "@/lib/data/claim-list";
import { pluralize } from "@/lib/figures/figure";
import { getSpeakerOption } from "@/lib/data/speakers";
import { getArticleOption } from "@/lib/data/articles";
import { LookupPicker } from "@/app/_components/lookup-picker";
import { resolvePickedNames } from "@/app/_components/picked-ids";
import { WORKFLOW_STATES, WORKFLOW_STATE_LABELS } from "@/lib/workflow/workflow";
import { listAssignees } from "@/lib/data/assignments";
import { listRatingChoices } from "@/lib/data/ratings";
import { RatingBadge } from "@/app/_components/rating-badge";
import { formatCount, formatDate } from "@/lib/web/format";
import { ZClaimListQuery, type TClaimListQuery } from "@/lib/validation/filters";
import { StatusBadge } from "@/app/_components/badges";
import { ClaimTitle } from "@/app/_components/claim-title";
import { FilterSelect } from "@/app/_components/filter-select";
import { MarkedText } from "@/app/_components/marked-text";

export const metadata: Metadata = { title: "Claims" };

type Search = Record<string, string | string[] | undefined>;

function hrefWith(query: TClaimListQuery, change: Partial<TClaimListQuery>) {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status) params.set("status", next.status);
  if (next.assignee) params.set("assignee", next.assignee);
  if (next.rating) params.set("rating", String(next.rating));
  if (next.speaker) params.set("speaker", String(next.speaker));
  if (next.article) params.set("article", String(next.article));
  if (next.q) params.set("q", next.q);
  if (next.unit) params.set("unit", next.unit);
  if (next.min !== undefined) params.set("min", String(next.min));
  if (next.max !== undefined) params.set("max", String(next.max));
  if (next.sort !== (next.q ? "relevance" : "updated")) params.set("sort", next.sort);
  if (next.dir !== "desc") params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  const qs = params.toString();
  return qs ? `/claims?${qs}` : "/claims";
}

function SortHeader({ query, sort, label }: { query: TClaimListQuery; sort: TClaimListQuery["sort"]; label: string }) {
  const active = query.sort === sort;
  const dir = active && query.dir === "desc" ? "asc" : "desc";
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={hrefWith(query, { sort, dir, page: 1 })}>
        {label} {active ? (query.dir === "asc" ? "▲" : "▼") : ""}
      </Link>
    </th>
  );
}

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const raw = await resolvePickedNames(actor, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const query = ZClaimListQuery.parse(Object.fromEntries(["status", "assignee", "rating", "speaker", "article", "q", "unit", "min", "max", "sort", "dir", "page"].map((k) => [k, raw[k]])));
  const [{ rows, total, totalCapped, rankedAmongNewest, pageCount }, speaker, article, people, ratings, units] = await Promise.all([
    listClaims(actor, query),
    getSpeakerOption(actor, query.speaker),
    getArticleOption(actor, query.article),
    listAssignees(actor),
    listRatingChoices(actor, { includeRetired: true }),
    listClaimUnits(actor),
  ]);
  const today = new Date();

  return (
    <>
      <div className="page-head">
        <h1>Claims</h1>
        <span className="muted">{formatCount(total, totalCapped)} {total === 1 && !totalCapped ? "claim" : "claims"}</span>
        {query.q && query.sort !== "relevance" && <Link href={hrefWith(query, { sort: "relevance", page: 1 })}>Best matches first</Link>}
      </div>
      {rankedAmongNewest !== null && (
        <p className="panel small" id="ranked-newest">
          More than {formatCount(rankedAmongNewest, false)} claims match: these are the best matches among the newest {formatCount(rankedAmongNewest, false)}.
          Add a word to narrow the search, or <Link href={hrefWith(query, { sort: "created", dir: "asc", page: 1 })}>list every match oldest first</Link>.
        </p>
      )}
      <form className="filters" aria-label="Filter claims">
        <div className="field">
          <label htmlFor="f-q">Search</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} aria-describedby="f-q-hint" />
          <span id="f-q-hint" className="hint">Words (best matches first), a &quot;phrase&quot;, a prefix*, or a number as written: 20000, 20,000 or 20k</span>
        </div>
        <FilterSelect name="unit" label="What is counted" anyLabel="Anything" value={query.unit} options={units.map((u) => ({ value: u, label: pluralize(u) }))} />
        <div className="field">
          <label htmlFor="f-min">Figure from</label>
          <input id="f-min" name="min" inputMode="decimal" size={8} defaultValue={query.min ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-max">Figure up to</label>
          <input id="f-max" name="max" inputMode="decimal" size={8} defaultValue={query.max ?? ""} />
        </div>
        <FilterSelect name="status" label="State" anyLabel="Any state" value={query.status} options={WORKFLOW_STATES.map((s) => ({ value: s, label: WORKFLOW_STATE_LABELS[s] }))} />
        <FilterSelect
          name="assignee"
          label="Assignee"
          anyLabel="Anyone"
          value={query.assignee}
          extra={[{ value: "none", label: "Nobody" }]}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
        <FilterSelect name="rating" label="Verdict" anyLabel="Any verdict" value={query.rating} options={ratings.map((r) => ({ value: r.id, label: r.name }))} />
        <LookupPicker name="speaker" label="Speaker" source="speakers" value={speaker} placeholder="Any speaker: type a name" />
        <LookupPicker name="article" label="Article" source="articles" value={article} placeholder="Any article: type a title" />
        {/* A sort chosen by a column heading is kept; otherwise a search lists the best matches first. */}
        {query.sort !== "relevance" && query.sort !== "updated" && <input type="hidden" name="sort" value={query.sort} />}
        {query.sort !== "relevance" && query.sort !== "updated" && <input type="hidden" name="dir" value={query.dir} />}
        <button type="submit">Apply filters</button>
        <Link href="/claims" className="button secondary">Clear</Link>
      </form>
      {rows.length === 0 ? (
        <p className="empty">No claims match these filters.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <SortHeader query={query} sort="statement" label="Claim" />
              <SortHeader query={query} sort="speaker" label="Speaker" />
              <SortHeader query={query} sort="status" label="State" />
              <th scope="col">Assignee</th>
              <th scope="col">Article</th>
              <SortHeader query={query} sort="updated" label="Updated" />
            </tr>
          </thead>
          <tbody>
            {/* Plain links in the rows (see ClaimTitle): fifty rows of next/link cost more to render than the query. */}
            {rows.map((claim) => (
              <tr key={claim.id}>
                <td data-label="Claim">
                  <ClaimTitle claim={claim} marked={claim.highlight?.statement} />
                  {claim.highlight?.excerpt && (
                    <div className="small muted search-snippet">
                      <MarkedText pieces={claim.highlight.excerpt} />
                    </div>
                  )}
                </td>
                <td data-label="Speaker">
                  {claim.speaker ? (
                    <a href={`/speakers/${claim.speaker.id}`}>{claim.highlight?.speaker ? <MarkedText pieces={claim.highlight.speaker} /> : claim.speaker.name}</a>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label="State"><StatusBadge status={claim.status} /> <RatingBadge rating={claim.rating} /></td>
                <td data-label="Assignee" className="small">
                  {claim.assignee?.name ?? <span className="muted">—</span>}
                  {claim.dueAt && claim.status !== "published" && (
                    <div className={claim.dueAt < today ? "overdue" : "muted"}>{`due ${formatDate(claim.dueAt)}${claim.dueAt < today ? " (overdue)" : ""}`}</div>
                  )}
                </td>
                <td data-label="Article">{claim.article ? <a href={`/articles/${claim.article.id}`}>{claim.article.title}</a> : <span className="muted">—</span>}</td>
                <td data-label="Updated" className="small">{formatDate(claim.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pagination" aria-label="Pages">
        {query.page > 1 && <Link href={hrefWith(query, { page: query.page - 1 })}>← Previous</Link>}
        <span>Page {query.page} of {totalCapped ? "many" : pageCount}</span>
        {query.page < pageCount && <Link href={hrefWith(query, { page: query.page + 1 })}>Next →</Link>}
      </nav>
    </>
  );
}
