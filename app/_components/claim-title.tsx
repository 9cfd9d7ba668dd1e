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
    <a href={`/claims/${claim.id}`} title={!marked && claim.statement.length > statement.length ? claim.statement : undefined}>
      {figure && <strong className="claim-figure">{figure}</strong>}
      {figure && " — "}
      {marked ? <MarkedText pieces={marked} /> : statement}
    </a>
  );
}
