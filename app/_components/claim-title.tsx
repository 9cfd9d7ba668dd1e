import { claimHeadline, type Figure } from "@/lib/figures/figure";
import type { MarkedPiece } from "@/lib/data/search-query";
import { MarkedText } from "./marked-text";

/**
 * A claim in a list: a link to it, its figure first, then its statement (shortened; the full one is the
 * tooltip). In search results the whole statement is shown with the matched words marked. A plain link, not
 * next/link: a list holds dozens, and each next/link is a client component to render, ship and hydrate, and
 * prefetches its page as it scrolls into view (a page of claims would ask the server for fifty more).
 */
export function ClaimTitle({ claim, max, marked }: { claim: Figure & { id: number; statement: string }; max?: number; marked?: MarkedPiece[] | null }) {
  const { figure, statement } = claimHeadline(claim, max);
  return (
    // No `title` prop at all unless there is one (an undefined prop is still written into the page's payload), and
    // the separator joined to the statement: one text node, not two with a marker between them in the HTML.
    <a href={`/claims/${claim.id}`} {...(!marked && claim.statement.length > statement.length ? { title: claim.statement } : {})}>
      {figure && <strong className="claim-figure">{figure}</strong>}
      {marked ? (
        <>
          {figure && " — "}
          <MarkedText pieces={marked} />
        </>
      ) : figure ? (
        ` — ${statement}`
      ) : (
        statement
      )}
    </a>
  );
}
