import Link from "next/link";
import type { ExternalFactCheckListItem } from "@/lib/data/external-fact-checks";
import { formatDate } from "@/lib/web/format";

/** Other organisations' fact-checks, each with the desk's claim it is linked to. */
export function ExternalFactCheckTable({ items }: { items: ExternalFactCheckListItem[] }) {
  if (!items.length) return <p className="empty">No fact-checks from other organisations yet.</p>;
  return (
    <table aria-label="External fact-checks">
      <thead>
        <tr>
          <th scope="col">Publisher</th>
          <th scope="col">Claim reviewed</th>
          <th scope="col">Rating</th>
          <th scope="col">Published</th>
          <th scope="col">Linked claim</th>
        </tr>
      </thead>
      <tbody>
        {items.map((f) => (
          <tr key={f.id}>
            <td data-label="Publisher">{f.publisher}</td>
            <td data-label="Claim reviewed">
              <a href={f.url} rel="noopener noreferrer nofollow">{f.claimReviewed}</a>
            </td>
            <td data-label="Rating">{f.ratingName}{f.ratingValue !== null && <span className="muted small"> ({f.ratingValue})</span>}</td>
            <td data-label="Published">{formatDate(f.datePublished) || <span className="muted">—</span>}</td>
            <td data-label="Linked claim">{f.claim ? <Link href={`/claims/${f.claim.id}`}>{f.claim.statement}</Link> : <span className="muted">Not linked</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
